package fi.livskraft.common;

import java.util.List;

/** The outcome of a successful import: what was read and stored, and what deserves a look. */
public record ImportReport(String dataset, String file, int rowsRead, int rowsStored, List<ImportProblem> warnings) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
