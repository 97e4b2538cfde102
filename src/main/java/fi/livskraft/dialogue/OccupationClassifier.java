package fi.livskraft.dialogue;

import fi.livskraft.dialogue.classifier.Classification;
import fi.livskraft.dialogue.classifier.LabelRecord;
import fi.livskraft.dialogue.classifier.OccupationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The product's occupation classifier: an {@link OccupationIndex} over the ISCO-08 unit group
 * names (isco_group) and every ESCO occupation label (esco_occupation, esco_label) the database
 * holds. Built at start-up ({@link ClassifierStartup}) and rebuilt off the request path: a
 * scheduled check ({@link ClassifierRefresh}) compares a fingerprint of those tables and rebuilds
 * in the background when they changed, while the old index keeps serving until the new one is
 * swapped in. A classification never rebuilds, except the very first one if it comes before the
 * start-up build.
 */
@Service
public class OccupationClassifier {

    private static final Logger log = LoggerFactory.getLogger(OccupationClassifier.class);

    private final JdbcClient jdbc;
    private final AtomicReference<Built> current = new AtomicReference<>();

    private record Built(OccupationIndex index, String fingerprint) {}

    OccupationClassifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Classifies a text (language fi, sv, en or null to detect). */
    public Classification classify(String text, String language) {
        return index().classify(text, language);
    }

    /** How many labels the current index holds. */
    public int labelCount() {
        return index().size();
    }

    /** Rebuilds the index from the database now; returns the number of labels. */
    public synchronized int rebuild() {
        String fingerprint = fingerprint();
        List<LabelRecord> labels = labels();
        long start = System.nanoTime();
        OccupationIndex index = OccupationIndex.of(labels);
        current.set(new Built(index, fingerprint));
        log.info(
                "Occupation classifier built from {} labels in {} ms",
                labels.size(),
                (System.nanoTime() - start) / 1_000_000);
        return labels.size();
    }

    /**
     * Rebuilds when the ISCO and ESCO tables changed since the last build (or nothing is built yet);
     * the current index serves classifications meanwhile. Returns whether it rebuilt.
     */
    public boolean refreshIfChanged() {
        Built built = current.get();
        if (built != null && fingerprint().equals(built.fingerprint())) {
            return false;
        }
        rebuild();
        return true;
    }

    private OccupationIndex index() {
        Built built = current.get();
        if (built == null) {
            rebuild();
            return current.get().index();
        }
        return built.index();
    }

    String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from isco_group where level = 4) || ':'
                    || (select count(*) from esco_occupation) || ':' || (select count(*) from esco_label)
                    || ':' || coalesce((select max(length(name_fi) + length(name_sv)) from isco_group), 0)
                """).query(String.class).single();
    }

    List<LabelRecord> labels() {
        List<LabelRecord> out = new ArrayList<>();
        jdbc.sql("select code, name_fi, name_sv, name_en from isco_group where level = 4 order by code")
                .query(rs -> {
                    String code = rs.getString("code");
                    add(out, code, null, "fi", rs.getString("name_fi"), null);
                    add(out, code, null, "sv", rs.getString("name_sv"), null);
                    add(out, code, null, "en", rs.getString("name_en"), null);
                });
        jdbc.sql("select uri, isco_code, name_fi, name_sv, name_en from esco_occupation order by uri")
                .query(rs -> {
                    String uri = rs.getString("uri");
                    String isco = rs.getString("isco_code");
                    add(out, isco, uri, "fi", rs.getString("name_fi"), null);
                    add(out, isco, uri, "sv", rs.getString("name_sv"), null);
                    add(out, isco, uri, "en", rs.getString("name_en"), null);
                });
        jdbc.sql("""
                select l.uri, o.isco_code, l.language, l.label,
                       case l.language when 'fi' then o.name_fi when 'sv' then o.name_sv else o.name_en end as display
                from esco_label l join esco_occupation o on o.uri = l.uri
                where l.kind <> 'PREFERRED'
                order by l.uri, l.language, l.label
                """).query(rs -> {
            add(
                    out,
                    rs.getString("isco_code"),
                    rs.getString("uri"),
                    rs.getString("language"),
                    rs.getString("label"),
                    rs.getString("display"));
        });
        return out;
    }

    private static void add(List<LabelRecord> out, String isco, String uri, String lang, String label, String display) {
        if (label != null && !label.isBlank() && isco != null && isco.matches("[0-9]{4}")) {
            out.add(new LabelRecord(isco, uri, lang, label, display));
        }
    }
}
