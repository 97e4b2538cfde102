package fi.livskraft.meeting.web;

import fi.livskraft.account.Actor;
import fi.livskraft.common.NotFoundException;
import fi.livskraft.dialogue.Need;
import fi.livskraft.dialogue.Needs;
import fi.livskraft.meeting.Meeting;
import fi.livskraft.steering.GoalView;
import fi.livskraft.steering.Goals;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What the agenda form offers to cite: the needs the user sees, the goals of participating providers, regions. */
@Component
class MeetingChoices {

    /** A region to choose for a gap row (area code MKnn as in the evidence). */
    record RegionChoice(String code, String nameSv, String nameFi) {}

    private final Needs needs;
    private final Goals goals;
    private final JdbcClient jdbc;

    MeetingChoices(Needs needs, Goals goals, JdbcClient jdbc) {
        this.needs = needs;
        this.goals = goals;
        this.jdbc = jdbc;
    }

    List<Need> needs(Actor actor) {
        return needs.visible(actor, false);
    }

    List<GoalView> goals(Meeting meeting) {
        List<GoalView> out = new ArrayList<>();
        for (String org : meeting.organisations()) {
            if (org.startsWith("PROVIDER:")) {
                try {
                    out.addAll(goals.forProvider(Long.parseLong(org.substring(9))));
                } catch (AccessDeniedException | NotFoundException | NumberFormatException e) {
                    // not readable by this user: not offered
                }
            }
        }
        return out;
    }

    List<RegionChoice> regions() {
        return jdbc.sql("select 'MK' || code, name_sv, name_fi from region order by name_sv")
                .query((rs, n) -> new RegionChoice(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
