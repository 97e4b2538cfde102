package fi.livskraft.steering;

import fi.livskraft.partnership.VotingRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The counted result of a vote: whether it passed under the rule, the share of the provider (of its
 * 100 %) held by the owners voting yes, members voting yes of all members, and for the population rule
 * the population of the yes members of all members' population with the year and source it used.
 * Owners that did not vote are listed with a null vote; they, like abstentions, are not yes.
 */
public record VoteOutcome(
        VotingRule rule,
        boolean passed,
        BigDecimal yesSharePercent,
        BigDecimal noSharePercent,
        BigDecimal abstainSharePercent,
        int yesMembers,
        int members,
        Long yesPopulation,
        Long population,
        Integer populationYear,
        String populationSource,
        List<Counted> votes) {

    public VoteOutcome {
        votes = List.copyOf(votes);
    }

    /** A member with its vote (null when it did not vote). */
    public record Counted(Member member, Vote vote) {}
}
