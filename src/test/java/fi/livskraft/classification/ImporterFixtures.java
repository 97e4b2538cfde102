package fi.livskraft.classification;

import java.io.InputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture files of the importer tests and a fingerprint of the classification tables. */
final class ImporterFixtures {

    private ImporterFixtures() {}

    static InputStream fixture(String name) {
        InputStream in = ImporterFixtures.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return in;
    }

    /** A digest of every row of the table, to show that a refused import changed nothing. */
    static String fingerprint(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from " + table + " t")
                .query(String.class)
                .single();
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
