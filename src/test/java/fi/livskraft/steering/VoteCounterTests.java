package fi.livskraft.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.common.Names;
import fi.livskraft.partnership.VotingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteCounterTests {

    static final VotingRule SHARES = VotingRule.SHARE_MAJORITY;
    static final VotingRule POPULATION = VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION;

    static Member member(String code, String share, Integer population) {
        return new Member(code, new Names("K" + code, "K" + code, ""), new BigDecimal(share), code, population);
    }

    static Ballot yes(String code) {
        return new Ballot(code, Vote.YES);
    }

    static Ballot no(String code) {
        return new Ballot(code, Vote.NO);
    }

    static Ballot abstain(String code) {
        return new Ballot(code, Vote.ABSTAIN);
    }

    static VoteOutcome count(VotingRule rule, List<Member> members, Ballot... ballots) {
        return VoteCounter.count(rule, members, List.of(ballots), 2024, "test figures");
    }

    @Test
    void shareMajorityOfExactlyHalfFails() {
        List<Member> m = List.of(member("905", "50", 1), member("499", "50", 1));
        VoteOutcome outcome = count(SHARES, m, yes("905"), no("499"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.yesSharePercent()).isEqualByComparingTo("50");
        assertThat(outcome.noSharePercent()).isEqualByComparingTo("50");
    }

    @Test
    void shareMajorityJustOverHalfPasses() {
        List<Member> m = List.of(member("905", "50.0001", 1), member("499", "49.9999", 1));
        VoteOutcome outcome = count(SHARES, m, yes("905"), no("499"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.yesSharePercent()).isEqualByComparingTo("50.0001");
        assertThat(outcome.yesSharePercent().toPlainString()).isEqualTo("50.0001");
    }

    @Test
    void sharesWeighVotesByOwnershipNotByHeadcount() {
        List<Member> m = List.of(member("905", "64", 1), member("399", "12", 1), member("152", "24", 1));
        assertThat(count(SHARES, m, yes("905"), no("399"), no("152")).passed()).isTrue();
        assertThat(count(SHARES, m, no("905"), yes("399"), yes("152")).passed()).isFalse();
        assertThat(count(SHARES, m, no("905"), yes("399"), yes("152")).yesMembers())
                .isEqualTo(2);
    }

    @Test
    void abstentionsAndMissingVotesAreNotYes() {
        List<Member> m = List.of(member("905", "40", 1), member("499", "35", 1), member("545", "25", 1));
        VoteOutcome outcome = count(SHARES, m, yes("905"), abstain("499"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.yesSharePercent()).isEqualByComparingTo("40");
        assertThat(outcome.abstainSharePercent()).isEqualByComparingTo("35");
        assertThat(outcome.votes()).extracting(VoteOutcome.Counted::vote).containsExactly(Vote.YES, Vote.ABSTAIN, null);
        // the same yes votes pass once the abstaining owner votes yes
        assertThat(count(SHARES, m, yes("905"), yes("499")).passed()).isTrue();
    }

    @Test
    void aTieOfSharesAndOfMembersFails() {
        List<Member> m = List.of(
                member("905", "25", 100), member("499", "25", 100), member("545", "25", 100), member("475", "25", 100));
        assertThat(count(SHARES, m, yes("905"), yes("499"), no("545"), no("475"))
                        .passed())
                .isFalse();
        assertThat(count(POPULATION, m, yes("905"), yes("499"), no("545"), no("475"))
                        .passed())
                .as("2 of 4 members is less than two thirds")
                .isFalse();
    }

    @Test
    void populationRuleExactlyTwoThirdsOfMembersAndExactlyHalfOfPopulationPasses() {
        List<Member> m = List.of(member("905", "10", 500), member("499", "10", 0 + 500), member("545", "80", 1000));
        VoteOutcome outcome = count(POPULATION, m, yes("905"), yes("499"), no("545"));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.yesMembers()).isEqualTo(2);
        assertThat(outcome.members()).isEqualTo(3);
        assertThat(outcome.yesPopulation()).isEqualTo(1000L);
        assertThat(outcome.population()).isEqualTo(2000L);
        assertThat(outcome.populationYear()).isEqualTo(2024);
        assertThat(outcome.populationSource()).isEqualTo("test figures");
        assertThat(outcome.yesSharePercent()).isEqualByComparingTo("20");
    }

    @Test
    void populationRuleFailsJustUnderHalfOfPopulationOrUnderTwoThirds() {
        List<Member> m = List.of(member("905", "10", 500), member("499", "10", 499), member("545", "80", 1000));
        assertThat(count(POPULATION, m, yes("905"), yes("499"), no("545")).passed())
                .as("999 of 1999 is under half")
                .isFalse();
        List<Member> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(member("10" + i, i == 0 ? "50" : "10", 100));
        }
        assertThat(count(POPULATION, six, yes("100"), yes("101"), yes("102"), yes("103"))
                        .passed())
                .as("4 of 6 is exactly two thirds")
                .isTrue();
        assertThat(count(POPULATION, six, yes("100"), yes("101"), yes("102"), abstain("103"))
                        .passed())
                .as("3 of 6 is under two thirds")
                .isFalse();
    }

    @Test
    void populationRuleRefusesAMemberWithoutPopulation() {
        List<Member> m = List.of(member("905", "50", 500), member("499", "50", null));
        assertThatThrownBy(() -> count(POPULATION, m, yes("905")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::messageKey)
                                .containsExactly("steering.error.population-missing"));
        // share majority does not need population
        assertThat(count(SHARES, m, yes("905")).passed()).isFalse();
    }

    @Test
    void refusesVotesFromANonOwnerAndDuplicateVotesNamingEach() {
        List<Member> m = List.of(member("905", "60", 1), member("499", "40", 1));
        assertThatThrownBy(() -> count(SHARES, m, yes("905"), yes("091"), no("905")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "votes[1].ownerCode", "steering.error.not-owner"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "votes[2].ownerCode", "steering.error.duplicate-vote")));
    }

    @Test
    void unanimousNeedsEveryOwner() {
        List<Member> m = List.of(member("905", "99", 1), member("499", "1", 1));
        assertThat(count(VotingRule.UNANIMOUS, m, yes("905"), yes("499")).passed())
                .isTrue();
        assertThat(count(VotingRule.UNANIMOUS, m, yes("905"), abstain("499")).passed())
                .isFalse();
    }

    @Test
    void goalStatusFollowsTheStatedRule() {
        BigDecimal target = new BigDecimal("80");
        assertThat(GoalStatus.of(Direction.UP, target, new BigDecimal("80"))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(GoalStatus.of(Direction.UP, target, new BigDecimal("76"))).isEqualTo(GoalStatus.AT_RISK);
        assertThat(GoalStatus.of(Direction.UP, target, new BigDecimal("75.9"))).isEqualTo(GoalStatus.OFF_TRACK);
        assertThat(GoalStatus.of(Direction.DOWN, target, new BigDecimal("84"))).isEqualTo(GoalStatus.AT_RISK);
        assertThat(GoalStatus.of(Direction.DOWN, target, new BigDecimal("70"))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(GoalStatus.of(Direction.UP, null, new BigDecimal("70"))).isEqualTo(GoalStatus.NO_DATA);
    }
}
