package fi.livskraft.steering;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.VotingRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts owners' votes under a provider's rule, exactly (BigDecimal shares, whole populations):
 *
 * <ul>
 *   <li>{@code SHARE_MAJORITY}: passes when the owners voting yes hold more than half of the shares
 *       (50 % exactly fails, 50.0001 % passes).
 *   <li>{@code TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION}: passes when at least two thirds of the
 *       member municipalities vote yes (2 of 3 passes) and they have at least half of the members'
 *       population (exactly half passes). Every member must be a municipality with a population.
 *   <li>{@code UNANIMOUS}: every owner votes yes.
 * </ul>
 *
 * Abstentions and owners that do not vote are not yes votes. A vote by a non-owner, two votes by one
 * owner or a vote without a value refuse the whole count (nothing is recorded).
 */
public final class VoteCounter {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private VoteCounter() {}

    public static VoteOutcome count(
            VotingRule rule, List<Member> members, List<Ballot> ballots, Integer populationYear, String source) {
        if (rule == null) {
            throw new InvalidInputException(FieldError.of("rule", "steering.error.rule-required"));
        }
        if (members.isEmpty()) {
            throw new InvalidInputException(FieldError.of("providerId", "steering.error.no-owners"));
        }
        Map<String, Member> byCode = new LinkedHashMap<>();
        members.forEach(m -> byCode.put(m.ownerCode(), m));
        Map<String, Vote> votes = checkedVotes(byCode, ballots);
        boolean populationRule = rule == VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION;
        if (populationRule) {
            checkPopulations(members, populationYear);
        }

        BigDecimal total = BigDecimal.ZERO;
        Map<Vote, BigDecimal> shares = new HashMap<>();
        int yesMembers = 0;
        long yesPopulation = 0;
        long population = 0;
        List<VoteOutcome.Counted> counted = new ArrayList<>();
        for (Member m : members) {
            Vote vote = votes.get(m.ownerCode());
            total = total.add(m.share());
            if (vote != null) {
                shares.merge(vote, m.share(), BigDecimal::add);
            }
            if (m.population() != null) {
                population += m.population();
            }
            if (vote == Vote.YES) {
                yesMembers++;
                if (m.population() != null) {
                    yesPopulation += m.population();
                }
            }
            counted.add(new VoteOutcome.Counted(m, vote));
        }
        BigDecimal yesShare = shares.getOrDefault(Vote.YES, BigDecimal.ZERO);
        int n = members.size();
        boolean passed = switch (rule) {
            case SHARE_MAJORITY -> yesShare.multiply(BigDecimal.valueOf(2)).compareTo(total) > 0;
            case TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION ->
                3L * yesMembers >= 2L * n && 2 * yesPopulation >= population;
            case UNANIMOUS -> yesMembers == n;
        };
        return new VoteOutcome(
                rule,
                passed,
                percent(yesShare, total),
                percent(shares.getOrDefault(Vote.NO, BigDecimal.ZERO), total),
                percent(shares.getOrDefault(Vote.ABSTAIN, BigDecimal.ZERO), total),
                yesMembers,
                n,
                populationRule ? yesPopulation : null,
                populationRule ? population : null,
                populationRule ? populationYear : null,
                populationRule ? source : null,
                counted);
    }

    private static Map<String, Vote> checkedVotes(Map<String, Member> members, List<Ballot> ballots) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Vote> votes = new HashMap<>();
        for (int i = 0; i < ballots.size(); i++) {
            Ballot b = ballots.get(i);
            String field = "votes[" + i + "]";
            if (!members.containsKey(b.ownerCode())) {
                errors.add(FieldError.of(field + ".ownerCode", "steering.error.not-owner", b.ownerCode()));
            } else if (votes.containsKey(b.ownerCode())) {
                errors.add(FieldError.of(field + ".ownerCode", "steering.error.duplicate-vote", b.ownerCode()));
            } else if (b.vote() == null) {
                errors.add(FieldError.of(field + ".vote", "steering.error.vote-required", b.ownerCode()));
            } else {
                votes.put(b.ownerCode(), b.vote());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return votes;
    }

    private static void checkPopulations(List<Member> members, Integer year) {
        List<FieldError> errors = new ArrayList<>();
        for (Member m : members) {
            if (!m.municipality()) {
                errors.add(FieldError.of("rule", "steering.error.population-rule-members", m.ownerCode()));
            } else if (m.population() == null) {
                errors.add(FieldError.of(
                        "rule",
                        "steering.error.population-missing",
                        m.names().bilingual(Locale.forLanguageTag("fi")),
                        m.municipalityCode(),
                        year == null ? "-" : String.valueOf(year)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A part of the total in percent: exact when the total is 100, else to four decimals (half even). */
    static BigDecimal percent(BigDecimal part, BigDecimal total) {
        BigDecimal value =
                total.compareTo(HUNDRED) == 0 ? part : part.multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_EVEN);
        return plain(value);
    }

    /** Without trailing zeros or exponent: {@code 100}, {@code 50.0001}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
