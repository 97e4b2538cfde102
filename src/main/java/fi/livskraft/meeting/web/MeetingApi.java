package fi.livskraft.meeting.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.meeting.ActionStatus;
import fi.livskraft.meeting.Actions;
import fi.livskraft.meeting.Agenda;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.meeting.Meetings;
import fi.livskraft.meeting.Minutes;
import fi.livskraft.meeting.NewAction;
import fi.livskraft.meeting.NewAgendaItem;
import fi.livskraft.meeting.NewMeeting;
import fi.livskraft.meeting.Occurrence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of meetings, agendas, minutes, decisions and actions; answers hold only what the caller may see. */
@RestController
@PreAuthorize("hasAnyRole('COORDINATOR','OWNER','PROVIDER','EMPLOYER','EMPLOYMENT_AREA')")
@Tag(name = "Meetings", description = "Meetings and series, agendas citing evidence, minutes, decisions and actions")
class MeetingApi {

    private final Meetings meetings;
    private final Agenda agenda;
    private final Minutes minutes;
    private final Actions actions;

    MeetingApi(Meetings meetings, Agenda agenda, Minutes minutes, Actions actions) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.minutes = minutes;
        this.actions = actions;
    }

    /** Body of POST and PUT /api/v1/meetings (version: for PUT, the version read). */
    record MeetingInput(
            String kind,
            String title,
            String description,
            String organiser,
            String startDate,
            String startTime,
            Integer durationMinutes,
            String endTime,
            String place,
            String onlineLink,
            Boolean visibleToAll,
            List<String> participants,
            String frequency,
            Integer interval,
            String until,
            Integer count,
            Integer version) {
        NewMeeting toNew() {
            return new NewMeeting(
                    kind,
                    title,
                    description,
                    organiser,
                    startDate,
                    startTime,
                    durationMinutes,
                    endTime,
                    place,
                    onlineLink,
                    Boolean.TRUE.equals(visibleToAll),
                    participants,
                    frequency,
                    interval,
                    until,
                    count);
        }
    }

    record MinutesInput(String text, Integer version) {}

    record DecisionInput(String text) {}

    record StatusInput(String status, Integer version) {}

    @GetMapping("/api/v1/meetings")
    @Operation(
            summary = "Meetings the caller may see, with their next occurrences",
            description =
                    "The coordinator sees all; others the meetings of their organisations and those visible to all.")
    List<MeetingJson.MeetingBody> list() {
        LocalDate today = actions.today();
        return meetings.visible(actor()).stream()
                .map(m -> MeetingJson.MeetingBody.from(m, today))
                .toList();
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One meeting (404 when the caller may not see it)")
    MeetingJson.MeetingBody one(@PathVariable long id) {
        return MeetingJson.MeetingBody.from(meetings.get(id, actor()), actions.today());
    }

    @PostMapping("/api/v1/meetings")
    @Operation(
            summary = "Create a meeting or a recurring series",
            description = "kind PARTNERSHIP_DIALOGUE, OWNER_MEETING, VIRTUAL_COFFEE, WORKSHOP or OTHER; startDate ISO,"
                    + " startTime HH:mm in Europe/Helsinki; durationMinutes or endTime; place and/or onlineLink (https"
                    + " only); organiser one of the caller's organisations (e.g. OWNER:905, default the first);"
                    + " participants: organisations that may see it; frequency WEEKLY, MONTHLY_WEEKDAY (e.g. the"
                    + " first Tuesday) or MONTHLY_DAY with interval and until or count.")
    ResponseEntity<MeetingJson.MeetingBody> create(@RequestBody MeetingInput body) {
        Meeting created = meetings.create(body.toNew(), actor(), false);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .body(MeetingJson.MeetingBody.from(created, actions.today()));
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Change a meeting (organiser or coordinator); version: the version read, 409 when stale")
    MeetingJson.MeetingBody update(@PathVariable long id, @RequestBody MeetingInput body) {
        if (body.version() == null) {
            throw new InvalidInputException(FieldError.of("version", "meeting.error.version"));
        }
        return MeetingJson.MeetingBody.from(
                meetings.update(id, body.toNew(), body.version(), actor()), actions.today());
    }

    @GetMapping("/api/v1/meetings/{id}/occurrences/{date}")
    @Operation(
            summary = "One occurrence: agenda with the current figures of what it cites, open actions carried over,"
                    + " minutes, decisions and actions")
    MeetingJson.OccurrenceJson occurrence(
            @PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Actor actor = actor();
        Meeting m = meetings.get(id, actor);
        if (!m.occursOn(date)) {
            throw new InvalidInputException(FieldError.of("date", "meeting.error.not-an-occurrence", date));
        }
        Occurrence o = meetings.occurrence(m, date);
        return MeetingJson.occurrence(
                m,
                o,
                agenda.entries(o, actor),
                actions.carriedOver(m, date, actor),
                minutes.decisions(o),
                actions.of(o),
                actions.today());
    }

    @PostMapping("/api/v1/meetings/{id}/occurrences/{date}/agenda")
    @Operation(
            summary = "Add an agenda item",
            description =
                    "kind TEXT (title), NEED (needId), GOAL (goalId) or GAP (gapArea e.g. MK15, gapIsco, gapLanguage"
                            + " all/fi/sv/en). The cited item must exist now; its label is kept as a snapshot.")
    ResponseEntity<MeetingJson.AgendaJson> addAgenda(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody NewAgendaItem body) {
        var entry = agenda.add(id, date, body, actor());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/occurrences/" + date))
                .body(MeetingJson.AgendaJson.from(entry));
    }

    @PutMapping("/api/v1/meetings/{id}/occurrences/{date}/minutes")
    @Operation(summary = "Write the minutes (every version kept); version: the occurrence version read, 409 when stale")
    MeetingJson.OccurrenceJson writeMinutes(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody MinutesInput body) {
        if (body.version() == null) {
            throw new InvalidInputException(FieldError.of("version", "meeting.error.version"));
        }
        minutes.write(id, date, body.text(), body.version(), actor());
        return occurrence(id, date);
    }

    @PostMapping("/api/v1/meetings/{id}/occurrences/{date}/decisions")
    @Operation(summary = "Record a decision in the minutes")
    ResponseEntity<Minutes.Decision> decide(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody DecisionInput body) {
        var d = minutes.decide(id, date, body.text(), actor());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/occurrences/" + date))
                .body(d);
    }

    @PostMapping("/api/v1/meetings/{id}/occurrences/{date}/actions")
    @Operation(
            summary = "Add an action from the minutes",
            description = "description; ownerName (a person) and ownerOrganisation (e.g. PROVIDER:12); dueOn ISO date;"
                    + " optionally needId or goalId.")
    ResponseEntity<MeetingJson.ActionJson> addAction(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody NewAction body) {
        var a = actions.create(id, date, body, actor(), false);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + a.id()))
                .body(MeetingJson.ActionJson.from(a, actions.today()));
    }

    @GetMapping("/api/v1/actions")
    @Operation(
            summary = "Actions of the meetings the caller may see",
            description = "Filters: status OPEN/IN_PROGRESS/DONE/CANCELLED, overdue true/false (due before today in"
                    + " Europe/Helsinki and not done or cancelled), meeting id, organisation (owner organisation).")
    List<MeetingJson.ActionJson> listActions(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) String organisation) {
        LocalDate today = actions.today();
        return actions.visible(actor(), new Actions.Filter(status(status), overdue, meeting, organisation)).stream()
                .map(a -> MeetingJson.ActionJson.from(a, today))
                .toList();
    }

    @PutMapping("/api/v1/actions/{id}/status")
    @Operation(summary = "Change an action's status; version: the version read, 409 when stale")
    MeetingJson.ActionJson actionStatus(@PathVariable long id, @RequestBody StatusInput body) {
        ActionStatus next = status(body.status());
        if (next == null) {
            throw new InvalidInputException(FieldError.of("status", "meeting.error.action-status"));
        }
        if (body.version() == null) {
            throw new InvalidInputException(FieldError.of("version", "meeting.error.version"));
        }
        return MeetingJson.ActionJson.from(actions.changeStatus(id, next, body.version(), actor()), actions.today());
    }

    static ActionStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ActionStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("status", "meeting.error.action-status"));
        }
    }

    static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
