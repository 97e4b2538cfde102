package fi.livskraft.referencedata;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportReport;
import java.io.Serializable;
import java.util.List;

/**
 * What the upload form shows after the redirect: the report of a stored import, the problems of
 * a refused one, or the form's own errors. Serializable, as it travels in the session.
 */
record UploadOutcome(
        Kind kind, String format, String dataset, String file, int rowsRead, int rowsStored, List<Line> lines)
        implements Serializable {

    enum Kind {
        STORED,
        REFUSED,
        FORM_ERROR
    }

    /** A warning, a problem or a form error: where (file, row, field) and a message key. */
    record Line(String file, int row, String field, String messageKey, List<Object> arguments) implements Serializable {

        Line {
            arguments = List.copyOf(arguments);
        }

        static Line from(ImportProblem p) {
            return new Line(p.file(), p.row(), p.field(), p.messageKey(), p.arguments());
        }

        static Line from(FieldError e) {
            return new Line("", 0, e.field(), e.messageKey(), e.arguments());
        }
    }

    UploadOutcome {
        lines = List.copyOf(lines);
    }

    static UploadOutcome stored(String format, ImportReport report) {
        return new UploadOutcome(
                Kind.STORED,
                format,
                report.dataset(),
                report.file(),
                report.rowsRead(),
                report.rowsStored(),
                report.warnings().stream().map(Line::from).toList());
    }

    static UploadOutcome refused(String format, String file, List<ImportProblem> problems) {
        return new UploadOutcome(
                Kind.REFUSED,
                format,
                "",
                file,
                0,
                0,
                problems.stream().map(Line::from).toList());
    }

    static UploadOutcome formError(String format, List<FieldError> errors) {
        return new UploadOutcome(
                Kind.FORM_ERROR,
                format,
                "",
                "",
                0,
                0,
                errors.stream().map(Line::from).toList());
    }

    public boolean hasError(String field) {
        return kind == Kind.FORM_ERROR && line(field) != null;
    }

    /** The first line about a field, or null. */
    public Line line(String field) {
        return lines.stream().filter(l -> l.field().equals(field)).findFirst().orElse(null);
    }
}
