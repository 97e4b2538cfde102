package fi.livskraft.area;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.referencedata.ImportHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records an area import in {@code reference_import} and in the audit log, in the import's transaction. */
@Component
class ImportLog {

    private final ImportHistory history;
    private final AuditLog audit;

    ImportLog(ImportHistory history, AuditLog audit) {
        this.history = history;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(String dataset, String format, String fileName, String source, int rowsRead, int rowsStored) {
        long id = history.record(dataset, format, fileName, source, rowsRead, rowsStored);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("dataset", dataset);
        counts.put("format", format);
        counts.put("file", fileName);
        counts.put("rowsRead", rowsRead);
        counts.put("rowsChanged", rowsStored);
        audit.record("IMPORT", "reference_import", id, format + " " + fileName, null, counts);
        return id;
    }

    /** One changed row: its values before and after, under the file's name. */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(String entityType, String code, String fileName, Object before, Object after) {
        audit.record("UPDATE", entityType, code, "import " + fileName, before, after);
    }
}
