package fi.livskraft.occupation;

import java.util.List;

/** An ESCO occupation as read from a file: the occupation and every label to store for it. */
record EscoEntry(EscoOccupation occupation, List<EscoLabel> labels) {

    EscoEntry {
        labels = List.copyOf(labels);
    }
}
