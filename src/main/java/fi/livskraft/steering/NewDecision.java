package fi.livskraft.steering;

import java.util.List;

/** A decision recorded with its whole vote list (the minutes of an owner meeting). */
public record NewDecision(Long meetingId, String title, String proposal, List<Ballot> votes) {

    public NewDecision {
        title = title == null ? "" : title.strip();
        proposal = proposal == null ? "" : proposal.strip();
        votes = votes == null ? List.of() : List.copyOf(votes);
    }
}
