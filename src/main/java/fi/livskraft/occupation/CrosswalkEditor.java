package fi.livskraft.occupation;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.classification.Classifications;
import fi.livskraft.classification.IscoGroup;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's corrections of the crosswalk. A qualification's rows are replaced as a whole:
 * a row that stays the same is kept, a changed row is closed and a new one opened, a row left out
 * is closed. Nothing is ever deleted, so the history shows who changed what and when.
 */
@Service
class CrosswalkEditor {

    private final JdbcClient jdbc;
    private final Crosswalk crosswalk;
    private final Classifications classifications;
    private final AuditLog audit;

    CrosswalkEditor(JdbcClient jdbc, Crosswalk crosswalk, Classifications classifications, AuditLog audit) {
        this.jdbc = jdbc;
        this.crosswalk = crosswalk;
        this.classifications = classifications;
        this.audit = audit;
    }

    /**
     * Makes {@code rows} the current crosswalk of a qualification.
     *
     * @param expectedVersion the {@link Crosswalk#version} the change was made from; another value
     *     means someone else changed the qualification's rows meanwhile (409)
     * @return the current rows after the change
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<CrosswalkRow> replace(String qualificationCode, Long expectedVersion, List<CrosswalkEntry> rows) {
        if (classifications.qualification(qualificationCode).isEmpty()) {
            throw new NotFoundException("qualification", qualificationCode);
        }
        if (expectedVersion == null) {
            throw new InvalidInputException(FieldError.of("expectedVersion", "occupation.crosswalk.error.version"));
        }
        List<FieldError> errors = CrosswalkRules.check(rows, unitGroups());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // one editor of a qualification's crosswalk at a time; the version then tells who was first
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("crosswalk:" + qualificationCode)
                .query((rs, n) -> 1)
                .list();
        if (crosswalk.version(qualificationCode) != expectedVersion) {
            throw new ConcurrentEditException("crosswalk", qualificationCode);
        }
        List<CrosswalkRow> before = crosswalk.byQualification(qualificationCode);
        Map<String, CrosswalkRow> current = new HashMap<>();
        before.forEach(r -> current.put(r.iscoCode(), r));
        String by = Actor.current().map(Actor::username).orElse("system");
        int changes = 0;
        for (CrosswalkRow row : before) {
            boolean kept = rows.stream().anyMatch(e -> e.sameAs(row));
            if (!kept) {
                close(row, by);
                changes++;
            }
        }
        for (CrosswalkEntry entry : rows) {
            CrosswalkRow existing = current.get(entry.iscoCode());
            if (existing == null || !entry.sameAs(existing)) {
                open(qualificationCode, entry, by);
                changes++;
            }
        }
        List<CrosswalkRow> after = crosswalk.byQualification(qualificationCode);
        if (changes > 0) {
            audit.record(
                    "UPDATE",
                    "qualification_occupation",
                    qualificationCode,
                    "crosswalk " + qualificationCode + ": " + summary(after),
                    entries(before),
                    entries(after));
        }
        return after;
    }

    private void close(CrosswalkRow row, String by) {
        int updated = jdbc.sql("update qualification_occupation set valid_to = now(), closed_by = ?,"
                        + " version = version + 1 where id = ? and version = ? and valid_to is null")
                .params(by, row.id(), row.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("crosswalk", row.qualificationCode());
        }
    }

    private void open(String qualificationCode, CrosswalkEntry entry, String by) {
        jdbc.sql("insert into qualification_occupation (qualification_code, isco_code, weight, source, confidence,"
                        + " note, valid_from, changed_by) values (?, ?, ?, ?, ?, ?, now(), ?)")
                .params(
                        qualificationCode,
                        entry.iscoCode(),
                        entry.weight(),
                        entry.source(),
                        entry.confidence().name(),
                        entry.note(),
                        by)
                .update();
    }

    private Set<String> unitGroups() {
        return classifications.iscoGroups(4).stream().map(IscoGroup::code).collect(Collectors.toSet());
    }

    private static List<CrosswalkEntry> entries(List<CrosswalkRow> rows) {
        return rows.stream().map(CrosswalkEntry::of).toList();
    }

    private static String summary(List<CrosswalkRow> rows) {
        return rows.isEmpty()
                ? "no occupations"
                : rows.stream()
                        .map(r -> r.iscoCode() + " "
                                + r.weight().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(", "));
    }
}
