package fi.livskraft.occupation;

import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.IscoGroup;
import fi.livskraft.classification.Qualification;
import fi.livskraft.common.StartupTask;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the shipped crosswalk into an empty {@code qualification_occupation} table at start-up. */
@Component
class CrosswalkReferenceData implements StartupTask {

    static final String SEEDED_BY = "livskraft-seed";
    private static final Logger log = LoggerFactory.getLogger(CrosswalkReferenceData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Classifications classifications;
    private final TransactionTemplate tx;

    CrosswalkReferenceData(
            JdbcClient jdbc, JdbcTemplate jdbcTemplate, Classifications classifications, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.classifications = classifications;
        this.tx = tx;
    }

    @Override
    public int getOrder() {
        return REFERENCE_DATA + 60;
    }

    @Override
    public void run() {
        if (jdbc.sql("select count(*) from qualification_occupation")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Map<String, List<CrosswalkEntry>> seed = CrosswalkSeed.read(
                classifications.qualifications(null, null).stream()
                        .map(Qualification::code)
                        .collect(Collectors.toSet()),
                classifications.iscoGroups(4).stream().map(IscoGroup::code).collect(Collectors.toSet()));
        List<Object[]> rows = seed.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(r -> new Object[] {
                    e.getKey(),
                    r.iscoCode(),
                    r.weight(),
                    r.source(),
                    r.confidence().name(),
                    r.note(),
                    SEEDED_BY
                }))
                .toList();
        tx.executeWithoutResult(status -> jdbcTemplate.batchUpdate(
                "insert into qualification_occupation (qualification_code, isco_code, weight, source, confidence,"
                        + " note, changed_by) values (?, ?, ?, ?, ?, ?, ?)",
                rows));
        log.info("Seeded the crosswalk: {} rows for {} qualifications", rows.size(), seed.size());
    }
}
