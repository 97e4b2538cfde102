package fi.livskraft.area;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records an area import in {@code reference_import} and in the audit log, in the import's transaction. */
@Component
class ImportLog {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ImportLog(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(String dataset, String format, String fileName, String source, int rowsRead, int rowsStored) {
        String by = Actor.current().map(Actor::username).orElse("system");
        long id = jdbc.sql("insert into reference_import (dataset, format, file_name, source, rows_read, rows_stored,"
                        + " imported_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(dataset, format, fileName, source, rowsRead, rowsStored, by)
                .query(Long.class)
                .single();
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
