package fi.livskraft.occupation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of {@code esco_occupation} and {@code esco_label}: upserts occupations and
 * replaces all labels of each occupation written, in batches. Callers hold the transaction.
 */
@Component
class EscoStore {

    private static final String UPSERT = """
            insert into esco_occupation (uri, code, isco_code, name_fi, name_sv, name_en, source_id)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (uri) do update set code = excluded.code, isco_code = excluded.isco_code,
                name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en,
                source_id = excluded.source_id
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    EscoStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /** The ISCO-08 unit groups (level 4) an occupation may be placed under. */
    Set<String> unitGroups() {
        return new HashSet<>(jdbc.sql("select code from isco_group where level = 4")
                .query(String.class)
                .list());
    }

    long count() {
        return jdbc.sql("select count(*) from esco_occupation")
                .query(Long.class)
                .single();
    }

    /** Upserts the occupations and replaces their labels; returns how many occupations were written. */
    int write(List<EscoEntry> entries, Long sourceId) {
        if (entries.isEmpty()) {
            return 0;
        }
        jdbcTemplate.batchUpdate(
                UPSERT,
                entries.stream()
                        .map(EscoEntry::occupation)
                        .map(o -> new Object[] {
                            o.uri(),
                            o.code(),
                            o.iscoCode(),
                            o.names().fi(),
                            o.names().sv(),
                            o.names().en(),
                            sourceId
                        })
                        .toList());
        jdbcTemplate.batchUpdate(
                "delete from esco_label where uri = ?",
                entries.stream().map(e -> new Object[] {e.occupation().uri()}).toList());
        jdbcTemplate.batchUpdate(
                "insert into esco_label (uri, language, kind, label) values (?, ?, ?, ?) on conflict do nothing",
                entries.stream()
                        .flatMap(e -> e.labels().stream())
                        .map(l -> new Object[] {l.uri(), l.language(), l.kind().name(), l.label()})
                        .toList());
        return entries.size();
    }
}
