package fi.livskraft.dialogue;

import fi.livskraft.account.Actor;
import fi.livskraft.account.Role;
import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers' offers: answer a need that is not closed (the need becomes answered), list a need's offers. */
@Service
public class Offers {

    static final String ENTITY = "need-offer";
    static final int MAX_MESSAGE = 2000;

    private final JdbcClient jdbc;
    private final Needs needs;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Offers(JdbcClient jdbc, Needs needs, Places places, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.needs = needs;
        this.places = places;
        this.audit = audit;
        this.events = events;
    }

    /** Answers a need. A closed need is refused (field {@code need}); nothing is stored on any error. */
    @Transactional
    public Offer create(long needId, NewOffer input, Actor actor, boolean demo) {
        Need need = needs.get(needId, actor);
        if (!actor.has(Role.PROVIDER)) {
            throw new AccessDeniedException("only providers make offers");
        }
        List<FieldError> errors = new ArrayList<>();
        if (need.status() == NeedStatus.CLOSED) {
            throw new InvalidInputException(
                    FieldError.of("need", "dialogue.offer.error.closed", String.valueOf(needId)));
        }
        String providerId = input.providerId().isEmpty()
                ? actor.scopes(Role.PROVIDER).stream().findFirst().orElse("")
                : input.providerId();
        if (!actor.actsFor(Role.PROVIDER, providerId)) {
            errors.add(FieldError.of("providerId", "dialogue.offer.error.provider"));
        }
        OfferKind kind = null;
        try {
            kind = OfferKind.valueOf(input.kind());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("kind", "dialogue.offer.error.kind"));
        }
        if (!input.qualificationCode().isEmpty()
                && places.qualification(input.qualificationCode()).isEmpty()) {
            errors.add(FieldError.of(
                    "qualificationCode", "dialogue.offer.error.qualification", input.qualificationCode()));
        }
        if (kind == OfferKind.QUALIFICATION && input.qualificationCode().isEmpty()) {
            errors.add(FieldError.of("qualificationCode", "dialogue.offer.error.qualification.missing"));
        }
        if (input.places() != null && (input.places() < 1 || input.places() > 10_000)) {
            errors.add(FieldError.of("places", "dialogue.offer.error.places"));
        }
        if (kind == OfferKind.EXTRA_START_PLACES && input.places() == null) {
            errors.add(FieldError.of("places", "dialogue.offer.error.places"));
        }
        if (!List.of("fi", "sv", "en").contains(input.language())) {
            errors.add(FieldError.of("language", "dialogue.offer.error.language"));
        }
        LocalDate start = null;
        try {
            start = LocalDate.parse(input.startDate());
            if (start.getYear() < 2000 || start.getYear() > 2100) {
                errors.add(FieldError.of("startDate", "dialogue.offer.error.start"));
            }
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("startDate", "dialogue.offer.error.start"));
        }
        if (input.message().length() > MAX_MESSAGE) {
            errors.add(FieldError.of("message", "dialogue.offer.error.message", String.valueOf(MAX_MESSAGE)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into need_offer (need_id, provider_id, kind, qualification_code, places, language, start_date,
                    message, created_by, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        needId,
                        Long.parseLong(providerId),
                        kind.name(),
                        input.qualificationCode().isEmpty() ? null : input.qualificationCode(),
                        input.places(),
                        input.language(),
                        start,
                        input.message(),
                        actor.username(),
                        demo)
                .query(Long.class)
                .single();
        Offer offer =
                forNeed(needId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        audit.record(
                "CREATE",
                ENTITY,
                id,
                "Offer for workforce need " + needId + " by provider " + providerId,
                null,
                Map.of("need", needId, "provider", providerId, "kind", kind.name(), "start", start.toString()));
        needs.markAnswered(need);
        events.publishEvent(new OfferMade(needId, id));
        return offer;
    }

    /** The offers for a need, oldest first (the caller has already been allowed to see the need). */
    public List<Offer> forNeed(long needId) {
        return jdbc.sql("""
                select o.*, p.name_fi as p_fi, p.name_sv as p_sv, p.name_en as p_en,
                       q.name_fi as q_fi, q.name_sv as q_sv, q.name_en as q_en
                from need_offer o join provider p on p.id = o.provider_id
                left join qualification q on q.code = o.qualification_code
                where o.need_id = ? order by o.created_at, o.id""")
                .param(needId)
                .query((rs, n) -> new Offer(
                        rs.getLong("id"),
                        rs.getLong("need_id"),
                        rs.getLong("provider_id"),
                        new Names(rs.getString("p_fi"), rs.getString("p_sv"), rs.getString("p_en")),
                        OfferKind.valueOf(rs.getString("kind")),
                        rs.getString("qualification_code"),
                        rs.getString("q_fi") == null
                                ? null
                                : new Names(rs.getString("q_fi"), rs.getString("q_sv"), rs.getString("q_en")),
                        (Integer) rs.getObject("places"),
                        rs.getString("language"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getString("message"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("demo"),
                        rs.getInt("version")))
                .list();
    }
}
