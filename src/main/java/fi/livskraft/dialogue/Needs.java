package fi.livskraft.dialogue;

import fi.livskraft.account.Actor;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.dialogue.classifier.Classification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workforce needs: raise one, list and read what the caller may see, move its status. Every change audited. */
@Service
public class Needs {

    static final String ENTITY = "workforce-need";

    private final JdbcClient jdbc;
    private final OccupationClassifier classifier;
    private final Places places;
    private final AuditLog audit;

    Needs(JdbcClient jdbc, OccupationClassifier classifier, Places places, AuditLog audit) {
        this.jdbc = jdbc;
        this.classifier = classifier;
        this.places = places;
        this.audit = audit;
    }

    /** Raises a need on behalf of one of the actor's organisations; all checks first, nothing stored on error. */
    @Transactional
    public Need create(NewNeed input, Actor actor, boolean demo) {
        List<FieldError> errors = new ArrayList<>(NeedChecks.check(input));
        String language = null;
        try {
            Classification c = classifier.classify(input.text(), null);
            language = c.language();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        List<String> options = NeedAccess.raiserOptions(actor);
        if (options.isEmpty()) {
            throw new AccessDeniedException("only employers, owners, employment areas and the coordinator raise needs");
        }
        String raisedFor = input.raisedFor().isEmpty() ? options.get(0) : input.raisedFor();
        if (!options.contains(raisedFor)) {
            errors.add(FieldError.of("raisedFor", "dialogue.need.error.raised-for"));
        }
        Places.Area area = null;
        AreaKind kind = parseKind(input.areaKind());
        if (kind == null) {
            errors.add(FieldError.of("area", "dialogue.need.error.area"));
        } else {
            area = places.area(kind, input.areaCode()).orElse(null);
            if (area == null) {
                errors.add(FieldError.of("area", "dialogue.need.error.area"));
            }
        }
        List<NeedOccupation> occupations = new ArrayList<>();
        for (NewNeed.ConfirmedOccupation o : input.occupations()) {
            if (o.iscoCode() == null || !o.iscoCode().matches("[0-9]{4}")) {
                continue;
            }
            var names = places.iscoUnitGroup(o.iscoCode());
            if (names.isEmpty()) {
                errors.add(FieldError.of("occupations", "dialogue.need.error.occupations.unknown", o.iscoCode()));
                continue;
            }
            String label = o.label() == null || o.label().isBlank()
                    ? names.get().in(java.util.Locale.forLanguageTag(language == null ? "fi" : language))
                    : o.label().strip();
            Double score = o.score() == null ? null : Math.max(0, Math.min(1, o.score()));
            occupations.add(new NeedOccupation(o.iscoCode(), blankToNull(o.escoUri()), label, score, actor.username()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String[] raiser = raisedFor.split(":", 2);
        RaiserKind raiserKind = RaiserKind.valueOf(raiser[0]);
        String raiserRef = raiser.length > 1 ? raiser[1] : "";
        long id = jdbc.sql("""
                insert into workforce_need (text, text_language, head_count, area_kind, area_code, employment_area_id,
                    horizon, language_requirement, international, raised_by_kind, raised_by_ref, raised_by_name,
                    created_by, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        input.text(),
                        language,
                        input.headCount(),
                        area.kind().name(),
                        area.code(),
                        area.employmentAreaId(),
                        input.horizon(),
                        input.languageRequirement(),
                        input.international(),
                        raiserKind.name(),
                        raiserRef,
                        raiserName(raiserKind, raiserRef),
                        actor.username(),
                        demo)
                .query(Long.class)
                .single();
        for (NeedOccupation o : occupations) {
            jdbc.sql("""
                    insert into workforce_need_occupation (need_id, isco_code, esco_uri, label, score, confirmed_by)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, o.iscoCode(), o.escoUri(), o.label(), o.score(), o.confirmedBy())
                    .update();
        }
        Need created = load(id);
        audit.record(
                "CREATE", ENTITY, id, "Workforce need raised by " + created.raisedByName(), null, created.auditState());
        return created;
    }

    /** The needs the actor may see, newest first; optionally only those it may review and still open. */
    public List<Need> visible(Actor actor, boolean reviewQueue) {
        Map<Long, Set<Long>> offering = offeringProviders();
        return loadAll().stream()
                .filter(n -> NeedAccess.maySee(actor, n, offering.getOrDefault(n.id(), Set.of())))
                .filter(n -> !reviewQueue
                        || (NeedAccess.mayReview(actor, n)
                                && (n.status() == NeedStatus.NEW || n.status() == NeedStatus.IN_REVIEW)))
                .toList();
    }

    /**
     * Every need that is not closed and has at least one occupation a person confirmed, newest first,
     * regardless of who asks: for the published analyses, which show them only as aggregates with
     * small cells suppressed (individual needs only through {@link #visible}).
     */
    public List<Need> confirmedOpen() {
        return query(
                        "where n.status <> 'CLOSED' and exists (select 1 from workforce_need_occupation o"
                                + " where o.need_id = n.id)",
                        Map.of())
                .stream()
                .filter(n -> !n.occupations().isEmpty())
                .toList();
    }

    /** One need, when the actor may see it (otherwise not found, so its existence is not revealed). */
    public Need get(long id, Actor actor) {
        Need need = find(id).orElseThrow(() -> new NotFoundException("workforce need", String.valueOf(id)));
        if (!NeedAccess.maySee(actor, need, offeringProviders(id))) {
            throw new NotFoundException("workforce need", String.valueOf(id));
        }
        return need;
    }

    public boolean mayReview(Actor actor, Need need) {
        return NeedAccess.mayReview(actor, need);
    }

    public boolean mayChangeStatus(Actor actor, Need need, NeedStatus next) {
        return need.status().mayMoveTo(next) && NeedAccess.mayChangeStatus(actor, need, next);
    }

    public boolean mayOffer(Actor actor, Need need) {
        return need.status().open() && NeedAccess.mayOffer(actor, need, offeringProviders(need.id()));
    }

    public List<String> raiserOptions(Actor actor) {
        return NeedAccess.raiserOptions(actor);
    }

    /** Moves a need to another status (optimistic lock on version). */
    @Transactional
    public Need changeStatus(long id, NeedStatus next, int version, Actor actor) {
        Need before = get(id, actor);
        if (!NeedAccess.mayChangeStatus(actor, before, next)) {
            throw new AccessDeniedException("may not move need " + id + " to " + next);
        }
        if (!before.status().mayMoveTo(next)) {
            throw new InvalidInputException(FieldError.of(
                    "status", "dialogue.need.error.transition", before.status().name(), next.name()));
        }
        updateStatus(id, next, version);
        Need after = load(id);
        audit.record("STATUS", ENTITY, id, before.status() + " -> " + next, before.auditState(), after.auditState());
        return after;
    }

    /** Called by {@link Offers} inside its transaction: the need is answered (version moves on). */
    Need markAnswered(Need need) {
        if (need.status() == NeedStatus.ANSWERED) {
            jdbc.sql("update workforce_need set version = version + 1, updated_at = now() where id = ?")
                    .param(need.id())
                    .update();
        } else {
            updateStatus(need.id(), NeedStatus.ANSWERED, need.version());
        }
        Need after = load(need.id());
        audit.record(
                "STATUS",
                ENTITY,
                need.id(),
                need.status() + " -> ANSWERED (offer)",
                need.auditState(),
                after.auditState());
        return after;
    }

    private void updateStatus(long id, NeedStatus next, int version) {
        int updated = jdbc.sql("""
                update workforce_need set status = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""").params(next.name(), id, version).update();
        if (updated == 0) {
            throw new ConcurrentEditException(ENTITY, id);
        }
    }

    Need load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("workforce need", String.valueOf(id)));
    }

    java.util.Optional<Need> find(long id) {
        List<Need> found = query("where n.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    private List<Need> loadAll() {
        return query("", Map.of());
    }

    private List<Need> query(String where, Map<String, Object> params) {
        Map<Long, List<NeedOccupation>> occupations = new HashMap<>();
        jdbc.sql("select need_id, isco_code, esco_uri, label, score, confirmed_by from workforce_need_occupation"
                        + " order by need_id, score desc nulls last, isco_code")
                .query(rs -> {
                    java.math.BigDecimal score = rs.getBigDecimal("score");
                    occupations
                            .computeIfAbsent(rs.getLong("need_id"), k -> new ArrayList<>())
                            .add(new NeedOccupation(
                                    rs.getString("isco_code"),
                                    rs.getString("esco_uri"),
                                    rs.getString("label"),
                                    score == null ? null : score.doubleValue(),
                                    rs.getString("confirmed_by")));
                });
        return jdbc.sql("""
                        select n.*, coalesce(m.name_fi, e.name_fi, r.name_fi, n.area_code) as area_fi,
                               coalesce(m.name_sv, e.name_sv, r.name_sv, '') as area_sv,
                               coalesce(m.name_en, e.name_en, r.name_en, '') as area_en
                        from workforce_need n
                        left join municipality m on n.area_kind = 'MUNICIPALITY' and m.code = n.area_code
                        left join employment_area e on n.area_kind = 'EMPLOYMENT_AREA' and e.id = n.area_code
                        left join region r on n.area_kind = 'REGION' and r.code = n.area_code
                        """ + where + " order by n.created_at desc, n.id desc")
                .params(params)
                .query((rs, i) -> map(rs, occupations.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private Map<Long, Set<Long>> offeringProviders() {
        Map<Long, Set<Long>> out = new HashMap<>();
        jdbc.sql("select distinct need_id, provider_id from need_offer").query(rs -> {
            out.computeIfAbsent(rs.getLong("need_id"), k -> new java.util.HashSet<>())
                    .add(rs.getLong("provider_id"));
        });
        return out;
    }

    private Set<Long> offeringProviders(long needId) {
        return Set.copyOf(jdbc.sql("select distinct provider_id from need_offer where need_id = ?")
                .param(needId)
                .query(Long.class)
                .list());
    }

    private static Need map(ResultSet rs, List<NeedOccupation> occupations) throws SQLException {
        return new Need(
                rs.getLong("id"),
                rs.getString("text"),
                rs.getString("text_language"),
                rs.getInt("head_count"),
                AreaKind.valueOf(rs.getString("area_kind")),
                rs.getString("area_code"),
                new Names(rs.getString("area_fi"), rs.getString("area_sv"), rs.getString("area_en")),
                rs.getString("employment_area_id"),
                rs.getString("horizon"),
                rs.getString("language_requirement"),
                rs.getBoolean("international"),
                NeedStatus.valueOf(rs.getString("status")),
                RaiserKind.valueOf(rs.getString("raised_by_kind")),
                rs.getString("raised_by_ref"),
                rs.getString("raised_by_name"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                occupations);
    }

    private String raiserName(RaiserKind kind, String ref) {
        return switch (kind) {
            case EMPLOYER -> places.employerName(ref).orElse("employer " + ref);
            case OWNER ->
                places.area(AreaKind.MUNICIPALITY, ref)
                        .map(a -> a.names().bilingual(java.util.Locale.forLanguageTag("fi")))
                        .orElse(ref);
            case EMPLOYMENT_AREA ->
                places.area(AreaKind.EMPLOYMENT_AREA, ref)
                        .map(a -> a.names().bilingual(java.util.Locale.forLanguageTag("fi")))
                        .orElse(ref);
            case COORDINATOR -> "Livskraft";
        };
    }

    private static AreaKind parseKind(String kind) {
        try {
            return AreaKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
