package fi.livskraft.economypages;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.economy.ScenarioInputs;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved provision scenarios. The inputs are stored as JSON under names of this module's own (not
 * the core record's), so a saved link keeps working when the calculation gains a field; the token
 * is 128 random bits, so a link is shareable but not guessable.
 */
@Service
class ScenarioStore {

    static final String ENTITY = "economy_scenario";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The stored JSON of the inputs. */
    record StoredInputs(
            String qualificationCode,
            String area,
            int extraStartPlaces,
            int startYear,
            int studyYears,
            BigDecimal completionRate,
            BigDecimal employedShare,
            BigDecimal counterfactualUnemployedShare,
            int avoidedDaysPerYear,
            int startAccumulatedDays,
            BigDecimal unitPricePerStudentYear,
            int horizonYears) {

        static StoredInputs from(ScenarioInputs in) {
            return new StoredInputs(
                    in.qualificationCode(),
                    in.area(),
                    in.extraStartPlaces(),
                    in.startYear(),
                    in.studyYears(),
                    in.completionRate(),
                    in.employedShare(),
                    in.counterfactualUnemployedShare(),
                    in.avoidedDaysPerYear(),
                    in.startAccumulatedDays(),
                    in.unitPricePerStudentYear(),
                    in.horizonYears());
        }

        ScenarioInputs toInputs() {
            return new ScenarioInputs(
                    qualificationCode,
                    area,
                    extraStartPlaces,
                    startYear,
                    studyYears,
                    completionRate,
                    employedShare,
                    counterfactualUnemployedShare,
                    avoidedDaysPerYear,
                    startAccumulatedDays,
                    unitPricePerStudentYear,
                    horizonYears);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    ScenarioStore(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /** Saves the scenario and returns its token; the title is trimmed and at most 200 characters. */
    @Transactional
    String save(String title, ScenarioInputs inputs, boolean demo) {
        String by = Actor.current().map(Actor::username).orElse("system");
        String token = newToken();
        String name = title == null ? "" : title.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        String body = json.writeValueAsString(StoredInputs.from(inputs));
        jdbc.sql(
                        "insert into economy_scenario (token, title, inputs, created_by, demo) values (?, ?, cast(? as jsonb), ?, ?)")
                .params(token, name, body, by, demo)
                .update();
        audit.record("CREATE", ENTITY, token, "provision scenario saved: " + name, null, StoredInputs.from(inputs));
        return token;
    }

    Optional<SavedScenario> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{8,32}")) {
            return Optional.empty();
        }
        return jdbc.sql("select token, title, inputs::text as inputs, created_by, created_at, demo"
                        + " from economy_scenario where token = ?")
                .param(token)
                .query((rs, n) -> new SavedScenario(
                        rs.getString("token"),
                        rs.getString("title"),
                        json.readValue(rs.getString("inputs"), StoredInputs.class)
                                .toInputs(),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("demo")))
                .optional();
    }

    /** The scenarios a user saved, newest first (at most {@code limit}). */
    List<SavedScenario> savedBy(String username, int limit) {
        return jdbc
                .sql("select token from economy_scenario where created_by = ? order by created_at desc, token limit ?")
                .params(username, limit)
                .query(String.class)
                .list()
                .stream()
                .map(t -> find(t).orElseThrow())
                .toList();
    }

    Optional<String> demoToken() {
        return jdbc.sql("select token from economy_scenario where demo order by created_at limit 1")
                .query(String.class)
                .optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
