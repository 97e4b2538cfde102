package fi.livskraft.evidence;

import java.util.List;

/**
 * The report of a stored import as the API answers it and the job row keeps it: the format, the
 * source it registered, what was read and stored, warnings with their place, and how long it took.
 */
record ImportOutcome(
        String format,
        String file,
        SourceBody source,
        long cellsRead,
        long cellsStored,
        List<Problem> warnings,
        long durationMs) {

    ImportOutcome {
        warnings = List.copyOf(warnings);
    }

    /** The source of the imported facts. */
    record SourceBody(long id, String publisher, String dataset, String vintage, String licence, boolean demo) {

        static SourceBody from(Source s) {
            return new SourceBody(s.id(), s.publisher(), s.dataset(), s.vintage(), s.licence(), s.demo());
        }
    }

    /** A warning or error: where it is and what it says (a message key with arguments). */
    record Problem(String file, int row, String field, String messageKey, List<String> arguments) {

        Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem from(fi.livskraft.common.ImportProblem p) {
            return new Problem(
                    p.file(),
                    p.row(),
                    p.field(),
                    p.messageKey(),
                    p.arguments().stream().map(String::valueOf).toList());
        }
    }
}
