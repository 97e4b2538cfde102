package fi.livskraft.meeting.web;

import fi.livskraft.common.PublicUrl;
import fi.livskraft.meeting.CalendarTokens;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page where a user makes, renews or revokes the secret address of their calendar feed. */
@Controller
class CalendarPage {

    private final CalendarTokens tokens;
    private final PublicUrl publicUrl;

    CalendarPage(CalendarTokens tokens, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.tokens = tokens;
    }

    @GetMapping("/meetings/calendar")
    ModelAndView page() {
        return view(null);
    }

    @PostMapping("/meetings/calendar")
    ModelAndView rotate() {
        String token = tokens.rotate(MeetingApi.actor());
        return view(publicUrl.of("/calendar/" + token + ".ics"));
    }

    @PostMapping("/meetings/calendar/revoke")
    ModelAndView revoke() {
        tokens.revoke(MeetingApi.actor());
        return new ModelAndView("redirect:/meetings/calendar?revoked");
    }

    private ModelAndView view(String address) {
        ModelAndView page = new ModelAndView("meeting/calendar");
        page.addObject("address", address);
        page.addObject("hasToken", tokens.exists(MeetingApi.actor()));
        page.addObject("apiFeed", publicUrl.of("/api/v1/meetings.ics"));
        return page;
    }
}
