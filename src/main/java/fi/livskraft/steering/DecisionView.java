package fi.livskraft.steering;

import fi.livskraft.partnership.VotingRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A decision of the owners: the proposal, the meeting, the rule, the recorded votes and, once decided,
 * the outcome as counted then (share and population of each vote as they were at the count).
 */
public record DecisionView(
        long id,
        long providerId,
        Meeting meeting,
        String title,
        String proposal,
        VotingRule rule,
        String status,
        Boolean passed,
        BigDecimal yesSharePercent,
        Integer yesMembers,
        Integer members,
        Long yesPopulation,
        Long population,
        Integer populationYear,
        String populationSource,
        Instant decidedAt,
        String decidedBy,
        String createdBy,
        boolean demo,
        int version,
        List<VoteRow> votes) {

    public DecisionView {
        votes = List.copyOf(votes);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** A recorded vote. */
    public record VoteRow(String ownerCode, Vote vote, BigDecimal share, Integer population, String castBy) {}
}
