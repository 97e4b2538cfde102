package fi.livskraft.meeting.web;

import fi.livskraft.meeting.ActionItem;
import fi.livskraft.meeting.ActionStatus;
import fi.livskraft.meeting.Actions;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The actions of the meetings the user sees, with filters, and the status change. */
@Controller
class ActionPages {

    private final Actions actions;

    ActionPages(Actions actions) {
        this.actions = actions;
    }

    @GetMapping("/actions")
    ModelAndView list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String organisation) {
        ActionStatus chosen = MeetingApi.status(status);
        Boolean late = "true".equals(overdue) ? Boolean.TRUE : null;
        var actor = MeetingApi.actor();
        List<ActionItem> all = actions.visible(actor, Actions.Filter.all());
        ModelAndView page = new ModelAndView("meeting/actions");
        List<ActionItem> shown =
                actions.visible(actor, new Actions.Filter(chosen, late, null, blankToNull(organisation)));
        page.addObject("actions", shown);
        page.addObject("changeable", actions.changeable(shown, actor));
        page.addObject("today", actions.today());
        page.addObject("statuses", ActionStatus.values());
        page.addObject("status", chosen == null ? "" : chosen.name());
        page.addObject("overdue", late != null);
        page.addObject("organisation", organisation == null ? "" : organisation);
        page.addObject(
                "organisations",
                all.stream()
                        .map(a -> new String[] {a.ownerOrganisation(), a.ownerOrganisationName()})
                        .filter(Objects::nonNull)
                        .collect(java.util.stream.Collectors.toMap(
                                a -> a[0], a -> a[1], (x, y) -> x, java.util.TreeMap::new)));
        return page;
    }

    @PostMapping("/actions/{id}/status")
    ModelAndView status(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String back) {
        ActionStatus next = MeetingApi.status(status);
        if (next == null) {
            throw new fi.livskraft.common.InvalidInputException(
                    fi.livskraft.common.FieldError.of("status", "meeting.error.action-status"));
        }
        ActionItem after = actions.changeStatus(id, next, version, MeetingApi.actor());
        if ("meeting".equals(back)) {
            return new ModelAndView(
                    "redirect:/meetings/" + after.meetingId() + "?on=" + after.meetingDate() + "&saved#actions");
        }
        return new ModelAndView("redirect:/actions?saved");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
