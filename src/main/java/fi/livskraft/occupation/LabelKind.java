package fi.livskraft.occupation;

/** ESCO's kinds of label: the preferred label, alternative labels and hidden labels (search terms). */
public enum LabelKind {
    PREFERRED,
    ALTERNATIVE,
    HIDDEN
}
