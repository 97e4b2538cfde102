package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** The iCalendar feeds: every meeting the caller may see, or those of one organisation. */
@Service
public class MeetingCalendar {

    private final Meetings meetings;
    private final Clock clock;

    MeetingCalendar(Meetings meetings, @Qualifier("meetingClock") Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public String feed(Actor actor, String baseUrl) {
        return write("Livskraft", meetings.visible(actor), baseUrl);
    }

    /** The meetings of one organisation (organiser or participant) that the caller may see. */
    public String organisationFeed(Actor actor, String organisation, String baseUrl) {
        List<Meeting> of = meetings.visible(actor).stream()
                .filter(m -> m.organisations().contains(organisation))
                .toList();
        return write("Livskraft " + organisation, of, baseUrl);
    }

    /** One meeting (or series), for "add to my calendar". */
    public String meetingFeed(Actor actor, long meetingId, String baseUrl) {
        Meeting m = meetings.get(meetingId, actor);
        return write(m.title(), List.of(m), baseUrl);
    }

    private String write(String name, List<Meeting> list, String baseUrl) {
        List<IcsWriter.Event> events = list.stream()
                .map(m -> new IcsWriter.Event(
                        m.uid(),
                        m.start(),
                        m.duration(),
                        m.demo() ? "Demo: " + strip(m.title()) : m.title(),
                        description(m, baseUrl),
                        location(m),
                        m.onlineLink() != null ? m.onlineLink() : baseUrl + "/meetings/" + m.id(),
                        m.rrule(),
                        m.series() ? IcsWriter.exdates(m.start(), meetings.cancelledDates(m)) : List.of()))
                .toList();
        return IcsWriter.write(name, events, clock.instant());
    }

    private static String strip(String title) {
        return title.startsWith("Demo: ") ? title.substring(6) : title;
    }

    private static String description(Meeting m, String baseUrl) {
        StringBuilder d = new StringBuilder();
        if (!m.description().isEmpty()) {
            d.append(m.description()).append("\n\n");
        }
        if (m.onlineLink() != null) {
            d.append(m.onlineLink()).append("\n");
        }
        d.append(baseUrl).append("/meetings/").append(m.id());
        return d.toString();
    }

    private static String location(Meeting m) {
        if (!m.place().isEmpty()) {
            return m.place();
        }
        return m.onlineLink() == null ? "" : m.onlineLink();
    }
}
