package fi.livskraft.classification;

import fi.livskraft.common.ReferenceData;
import fi.livskraft.common.StartupTask;
import fi.livskraft.referencedata.ImportHistory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped ISCO-08 groups and vocational qualifications into an empty database, in one
 * transaction; afterwards the coordinator refreshes them with the importers.
 */
@Component
class ClassificationReferenceData implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ClassificationReferenceData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportHistory history;

    ClassificationReferenceData(JdbcClient jdbc, TransactionTemplate tx, ImportHistory history) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 1;
    }

    @Override
    public void run() {
        if (jdbc.sql("select count(*) from isco_group").query(Long.class).single() == 0) {
            tx.executeWithoutResult(status -> loadIsco());
        }
        if (jdbc.sql("select count(*) from qualification").query(Long.class).single() == 0) {
            tx.executeWithoutResult(status -> loadQualifications());
        }
    }

    private void loadIsco() {
        var groups = ReferenceData.read(
                "isco.csv",
                List.of("code", "level", "parent_code", "name_fi", "name_sv", "name_en"),
                r -> new Object[] {
                    r.get("code"),
                    Integer.valueOf(r.get("level")),
                    ReferenceData.emptyToNull(r.get("parent_code")),
                    r.get("name_fi"),
                    r.get("name_sv"),
                    r.get("name_en")
                });
        // Parents come before children in the file (ordered by code length, then code).
        groups.stream()
                .sorted((a, b) -> Integer.compare((Integer) a[1], (Integer) b[1]))
                .forEach(r -> jdbc.sql("insert into isco_group (code, level, parent_code, name_fi, name_sv, name_en)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(r)
                        .update());
        record(
                "isco",
                "isco.csv",
                "ESCO v1.1.1 ISCO-08 groups, © European Union (Decision 2011/833/EU)",
                groups.size());
        log.info("Loaded {} ISCO-08 groups", groups.size());
    }

    private void loadQualifications() {
        var rows = ReferenceData.read(
                "qualifications.csv",
                List.of("code", "type", "name_fi", "name_sv", "name_en"),
                r -> List.of(r.get("code"), r.get("type"), r.get("name_fi"), r.get("name_sv"), r.get("name_en")));
        rows.forEach(r -> jdbc.sql(
                        "insert into qualification (code, type, name_fi, name_sv, name_en) values (?, ?, ?, ?, ?)")
                .params(r)
                .update());
        record(
                "qualifications",
                "qualifications.csv",
                "Opetushallitus Koodistopalvelu, code list koulutus",
                rows.size());
        log.info("Loaded {} vocational qualifications", rows.size());
    }

    private void record(String dataset, String file, String source, int rows) {
        history.record(dataset, "livskraft-csv", "referencedata/" + file, source, rows, rows);
    }
}
