package fi.livskraft.meeting.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.meeting.Actions;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.meeting.MeetingKind;
import fi.livskraft.meeting.Meetings;
import fi.livskraft.meeting.NewMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The meetings list (upcoming with their next occurrences, past) and the form to create or change one. */
@Controller
class MeetingListPages {

    /** A meeting in the list with its next dates. */
    record Row(Meeting meeting, List<LocalDate> next, LocalDate sortDate) {}

    private final Meetings meetings;
    private final Actions actions;
    private final MessageSource messages;

    MeetingListPages(Meetings meetings, Actions actions, MessageSource messages) {
        this.meetings = meetings;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/meetings")
    ModelAndView list(@RequestParam(required = false) Long need) {
        LocalDate today = actions.today();
        List<Row> upcoming = new ArrayList<>();
        List<Row> past = new ArrayList<>();
        for (Meeting m : meetings.visible(MeetingApi.actor())) {
            List<LocalDate> next = m.dates(today, 3);
            if (next.isEmpty()) {
                List<LocalDate> all = m.dates(m.start().toLocalDate(), 500);
                past.add(new Row(m, List.of(), all.isEmpty() ? m.start().toLocalDate() : all.get(all.size() - 1)));
            } else {
                upcoming.add(new Row(m, next, next.get(0)));
            }
        }
        upcoming.sort(Comparator.comparing(Row::sortDate));
        past.sort(Comparator.comparing(Row::sortDate).reversed());
        ModelAndView page = new ModelAndView("meeting/meetings");
        page.addObject("upcoming", upcoming);
        page.addObject("past", past);
        page.addObject("need", need);
        return page;
    }

    @GetMapping("/meetings/new")
    ModelAndView form(Locale locale) {
        return form(null, Form.empty(), Map.of(), HttpStatus.OK, locale);
    }

    @PostMapping("/meetings/new")
    ModelAndView create(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        Form form = Form.of(params);
        try {
            Meeting created = meetings.create(form.toNew(), MeetingApi.actor(), false);
            return new ModelAndView("redirect:/meetings/" + created.id() + "?created");
        } catch (InvalidInputException e) {
            return form(null, form, PageErrors.of(e, messages, locale), HttpStatus.BAD_REQUEST, locale);
        }
    }

    @GetMapping("/meetings/{id}/edit")
    ModelAndView edit(@PathVariable long id, Locale locale) {
        Meeting m = meetings.get(id, MeetingApi.actor());
        return form(m, Form.from(m), Map.of(), HttpStatus.OK, locale);
    }

    @PostMapping("/meetings/{id}/edit")
    ModelAndView update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Locale locale) {
        Meeting m = meetings.get(id, MeetingApi.actor());
        Form form = Form.of(params);
        try {
            meetings.update(id, form.toNew(), form.version(), MeetingApi.actor());
            return new ModelAndView("redirect:/meetings/" + id + "?saved");
        } catch (InvalidInputException e) {
            return form(m, form, PageErrors.of(e, messages, locale), HttpStatus.BAD_REQUEST, locale);
        }
    }

    private ModelAndView form(
            Meeting meeting, Form form, Map<String, String> errors, HttpStatus status, Locale locale) {
        Actor actor = MeetingApi.actor();
        if (meeting != null && !meetings.mayEdit(actor, meeting)) {
            throw new org.springframework.security.access.AccessDeniedException("organiser or coordinator");
        }
        ModelAndView page = new ModelAndView("meeting/meeting-form", status);
        page.addObject("meeting", meeting);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("kinds", MeetingKind.values());
        page.addObject("organisers", meetings.organiserOptions(actor));
        Map<String, String> options = meetings.participantOptions(locale);
        page.addObject("participantOptions", options);
        page.addObject(
                "organiserNames",
                meetings.organiserOptions(actor).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                k -> k, k -> options.getOrDefault(k, k), (a, b) -> a, java.util.LinkedHashMap::new)));
        return page;
    }

    /** The form's values as entered. */
    record Form(
            String kind,
            String title,
            String description,
            String organiser,
            String startDate,
            String startTime,
            String endTime,
            String place,
            String onlineLink,
            boolean visibleToAll,
            List<String> participants,
            String frequency,
            String interval,
            String until,
            String count,
            int version) {

        static Form empty() {
            return new Form(
                    "PARTNERSHIP_DIALOGUE",
                    "",
                    "",
                    "",
                    "",
                    "09:00",
                    "10:00",
                    "",
                    "",
                    false,
                    List.of(),
                    "",
                    "1",
                    "",
                    "",
                    0);
        }

        static Form from(Meeting m) {
            return new Form(
                    m.kind().name(),
                    m.title(),
                    m.description(),
                    m.organiser(),
                    m.start().toLocalDate().toString(),
                    m.start().toLocalTime().toString(),
                    m.start().toLocalTime().plusMinutes(m.durationMinutes()).toString(),
                    m.place(),
                    m.onlineLink() == null ? "" : m.onlineLink(),
                    m.visibleToAll(),
                    m.participants().stream()
                            .map(Meeting.Participant::organisation)
                            .toList(),
                    m.recurrence() == null ? "" : m.recurrence().frequency().name(),
                    m.recurrence() == null ? "1" : String.valueOf(m.recurrence().interval()),
                    m.recurrence() == null || m.recurrence().until() == null
                            ? ""
                            : m.recurrence().until().toString(),
                    m.recurrence() == null || m.recurrence().count() == null
                            ? ""
                            : String.valueOf(m.recurrence().count()),
                    m.version());
        }

        static Form of(MultiValueMap<String, String> p) {
            return new Form(
                    one(p, "kind"),
                    one(p, "title"),
                    one(p, "description"),
                    one(p, "organiser"),
                    one(p, "startDate"),
                    one(p, "startTime"),
                    one(p, "endTime"),
                    one(p, "place"),
                    one(p, "onlineLink"),
                    "true".equals(one(p, "visibleToAll")),
                    p.getOrDefault("participants", List.of()),
                    one(p, "frequency"),
                    one(p, "interval"),
                    one(p, "until"),
                    one(p, "count"),
                    number(one(p, "version"), 0));
        }

        NewMeeting toNew() {
            return new NewMeeting(
                    kind,
                    title,
                    description,
                    organiser,
                    startDate,
                    startTime,
                    null,
                    endTime.isBlank() ? "-" : endTime,
                    place,
                    onlineLink,
                    visibleToAll,
                    participants,
                    frequency,
                    interval.isBlank() ? null : number(interval, -1),
                    until,
                    count.isBlank() ? null : number(count, -1));
        }

        private static String one(MultiValueMap<String, String> p, String key) {
            String v = p.getFirst(key);
            return v == null ? "" : v;
        }

        static int number(String text, int otherwise) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }
}
