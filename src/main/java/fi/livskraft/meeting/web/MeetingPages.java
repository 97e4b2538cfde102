package fi.livskraft.meeting.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.meeting.ActionItem;
import fi.livskraft.meeting.ActionStatus;
import fi.livskraft.meeting.Actions;
import fi.livskraft.meeting.Agenda;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.meeting.Meetings;
import fi.livskraft.meeting.Minutes;
import fi.livskraft.meeting.NewAction;
import fi.livskraft.meeting.NewAgendaItem;
import fi.livskraft.meeting.Occurrence;
import fi.livskraft.steering.GoalView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A meeting's page, for one occurrence: details, the agenda with the current figures of what it
 * cites, open actions carried over, minutes, decisions and actions, with the forms to add to them.
 */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final Agenda agenda;
    private final Minutes minutes;
    private final Actions actions;
    private final MeetingChoices choices;
    private final MessageSource messages;

    MeetingPages(
            Meetings meetings,
            Agenda agenda,
            Minutes minutes,
            Actions actions,
            MeetingChoices choices,
            MessageSource messages) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.minutes = minutes;
        this.actions = actions;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/meetings/{id}")
    ModelAndView show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) Long need) {
        // need: preselected in the agenda form (the "put on an agenda" link of a need's page)
        return page(id, on, Map.of(), need == null ? Map.of() : Map.of("needId", need.toString()), HttpStatus.OK);
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/agenda")
    ModelAndView addAgenda(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MultiValueMap<String, String> p,
            Locale locale) {
        NewAgendaItem item = new NewAgendaItem(
                p.getFirst("kind"),
                p.getFirst("title"),
                p.getFirst("note"),
                number(p.getFirst("needId")),
                number(p.getFirst("goalId")),
                p.getFirst("gapArea"),
                p.getFirst("gapIsco"),
                p.getFirst("gapLanguage"));
        return act(id, date, p, locale, "agenda", () -> agenda.add(id, date, item, MeetingApi.actor()));
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/agenda/{item}/remove")
    ModelAndView removeAgenda(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable long item) {
        agenda.remove(id, date, item, MeetingApi.actor());
        return redirect(id, date, "agenda");
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/minutes")
    ModelAndView writeMinutes(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MultiValueMap<String, String> p,
            Locale locale) {
        int version = MeetingListPages.Form.number(String.valueOf(p.getFirst("version")), 0);
        return act(
                id,
                date,
                p,
                locale,
                "minutes",
                () -> minutes.write(id, date, p.getFirst("minutes"), version, MeetingApi.actor()));
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/decisions")
    ModelAndView decide(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MultiValueMap<String, String> p,
            Locale locale) {
        return act(
                id,
                date,
                p,
                locale,
                "decisions",
                () -> minutes.decide(id, date, p.getFirst("decision"), MeetingApi.actor()));
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/actions")
    ModelAndView addAction(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MultiValueMap<String, String> p,
            Locale locale) {
        NewAction action = new NewAction(
                p.getFirst("description"),
                p.getFirst("ownerName"),
                p.getFirst("ownerOrganisation"),
                p.getFirst("dueOn"),
                number(p.getFirst("actionNeedId")),
                number(p.getFirst("actionGoalId")));
        return act(id, date, p, locale, "actions", () -> actions.create(id, date, action, MeetingApi.actor(), false));
    }

    @PostMapping("/meetings/{id}/occurrences/{date}/cancel")
    ModelAndView cancel(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "true") boolean cancelled) {
        meetings.cancel(id, date, cancelled, MeetingApi.actor());
        return redirect(id, date, "top");
    }

    private ModelAndView act(
            long id, LocalDate date, MultiValueMap<String, String> p, Locale locale, String anchor, Runnable work) {
        try {
            work.run();
            return redirect(id, date, anchor);
        } catch (InvalidInputException e) {
            return page(id, date, PageErrors.of(e, messages, locale), p.toSingleValueMap(), HttpStatus.BAD_REQUEST);
        }
    }

    private static ModelAndView redirect(long id, LocalDate date, String anchor) {
        return new ModelAndView("redirect:/meetings/" + id + "?on=" + date + "&saved#" + anchor);
    }

    private ModelAndView page(
            long id, LocalDate on, Map<String, String> errors, Map<String, String> values, HttpStatus status) {
        Actor actor = MeetingApi.actor();
        Meeting meeting = meetings.get(id, actor);
        LocalDate today = actions.today();
        LocalDate date = on != null && meeting.occursOn(on) ? on : defaultDate(meeting, today);
        Occurrence occurrence = meetings.occurrence(meeting, date);
        ModelAndView page = new ModelAndView("meeting/meeting", status);
        page.addObject("meeting", meeting);
        page.addObject("occurrence", occurrence);
        page.addObject("date", date);
        page.addObject("today", today);
        page.addObject("start", meeting.startsOn(date));
        page.addObject("end", meeting.endsOn(date));
        TreeSet<LocalDate> dates = new TreeSet<>(meeting.dates(today, 6));
        meetings.storedDates(meeting).forEach(dates::add);
        dates.add(date);
        page.addObject("dates", new ArrayList<>(dates));
        page.addObject("cancelledDates", meetings.cancelledDates(meeting));
        page.addObject("agenda", agenda.entries(occurrence, actor));
        List<ActionItem> carried = actions.carriedOver(meeting, date, actor);
        List<ActionItem> taken = actions.of(occurrence);
        page.addObject("carried", carried);
        page.addObject("decisions", minutes.decisions(occurrence));
        page.addObject("actions", taken);
        Set<Long> changeable = new HashSet<>(actions.changeable(carried, actor));
        changeable.addAll(actions.changeable(taken, actor));
        page.addObject("changeable", changeable);
        page.addObject("statuses", ActionStatus.values());
        page.addObject("mayEdit", meetings.mayEdit(actor, meeting));
        boolean contribute = meetings.mayContribute(actor, meeting);
        page.addObject("mayContribute", contribute);
        if (contribute) {
            page.addObject("needs", choices.needs(actor));
            page.addObject("goals", choices.goals(meeting));
            page.addObject("regions", choices.regions());
        } else {
            page.addObject("needs", List.of());
            page.addObject("goals", List.<GoalView>of());
            page.addObject("regions", List.of());
        }
        page.addObject("errors", errors);
        page.addObject("values", new HashMap<>(values));
        return page;
    }

    /** The next occurrence from today, or else the last one. */
    static LocalDate defaultDate(Meeting meeting, LocalDate today) {
        List<LocalDate> next = meeting.dates(today, 1);
        if (!next.isEmpty()) {
            return next.get(0);
        }
        List<LocalDate> all = meeting.dates(meeting.start().toLocalDate(), 500);
        return all.isEmpty() ? meeting.start().toLocalDate() : all.get(all.size() - 1);
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
