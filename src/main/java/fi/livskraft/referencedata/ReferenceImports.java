package fi.livskraft.referencedata;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.ReferenceImporter;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every reference importer the modules provide, how to run one, and the history of imports. */
@Service
class ReferenceImports {

    static final int HISTORY_LIMIT = 200;

    private final List<ReferenceImporter> importers;
    private final JdbcClient jdbc;

    ReferenceImports(List<ReferenceImporter> importers, JdbcClient jdbc) {
        this.importers = importers.stream()
                .sorted(Comparator.comparing(ReferenceImporter::id))
                .toList();
        this.jdbc = jdbc;
    }

    List<ReferenceImporter> importers() {
        return importers;
    }

    Optional<ReferenceImporter> importer(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Runs the importer of the format on the file. An unknown format or a missing file is refused
     * naming the field; a refused file throws the importer's ImportFailedException (nothing stored).
     */
    ImportReport run(String format, String fileName, InputStream content, boolean fileGiven) {
        ReferenceImporter importer = importer(format == null ? "" : format.strip())
                .orElseThrow(() -> new InvalidInputException(FieldError.of(
                        "format",
                        "referencedata.error.unknown-format",
                        format == null ? "" : format,
                        importers.stream().map(ReferenceImporter::id).collect(Collectors.joining(", ")))));
        if (!fileGiven) {
            throw new InvalidInputException(FieldError.of("file", "referencedata.error.no-file"));
        }
        return importer.importFile(fileName, content);
    }

    List<ImportHistoryEntry> history() {
        return jdbc.sql("""
                select id, dataset, format, file_name, source, rows_read, rows_stored, imported_at, imported_by
                from reference_import order by imported_at desc, id desc limit :limit
                """)
                .param("limit", HISTORY_LIMIT)
                .query((rs, n) -> new ImportHistoryEntry(
                        rs.getLong("id"),
                        rs.getString("dataset"),
                        rs.getString("format"),
                        rs.getString("file_name"),
                        rs.getString("source"),
                        rs.getInt("rows_read"),
                        rs.getInt("rows_stored"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by")))
                .list();
    }

    /** The name of an uploaded file without any client path, or a neutral name when absent. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
