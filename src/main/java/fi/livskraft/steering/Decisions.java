package fi.livskraft.steering;

import fi.livskraft.audit.AuditLog;
import fi.livskraft.common.ConcurrentEditException;
import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.partnership.ProviderDetail;
import fi.livskraft.partnership.VotingRule;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner meetings and decisions. A proposal is taken at a meeting under the provider's rule; each owner
 * votes (an owner representative for its own municipalities, the coordinator for any owner, as in the
 * minutes); closing counts the votes with {@link VoteCounter} and records the outcome with the vote
 * list. A whole decision can also be recorded at once with its vote list. Refused input changes nothing.
 */
@Service
public class Decisions {

    private final DecisionStore store;
    private final SteeringAccess access;
    private final Members members;
    private final AuditLog audit;

    Decisions(DecisionStore store, SteeringAccess access, Members members, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.members = members;
        this.audit = audit;
    }

    /** Counts votes without storing anything; {@code rule} null means the provider's own rule. */
    public VoteOutcome preview(long providerId, VotingRule rule, List<Ballot> ballots) {
        ProviderDetail provider = access.readable(providerId);
        Members.Roll roll = members.of(provider);
        return VoteCounter.count(
                rule == null ? provider.votingRule() : rule,
                roll.members(),
                ballots,
                roll.census().year(),
                roll.census().source());
    }

    public List<DecisionView> forProvider(long providerId) {
        access.readable(providerId);
        return store.forProvider(providerId);
    }

    public DecisionView get(long id) {
        DecisionView decision = store.find(id);
        access.readable(decision.providerId());
        return decision;
    }

    public List<Meeting> meetings(long providerId) {
        access.readable(providerId);
        return store.meetings(providerId);
    }

    /** Owner codes the signed-in user may vote for in this provider's decisions. */
    public List<String> voters(long providerId) {
        return SteeringAccess.voters(access.actor(), access.readable(providerId));
    }

    @Transactional
    public Meeting addMeeting(long providerId, java.time.LocalDate heldOn, String title) {
        access.steerable(providerId);
        List<FieldError> errors = new ArrayList<>();
        if (heldOn == null) {
            errors.add(FieldError.of("heldOn", "steering.error.date"));
        }
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "steering.error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Meeting meeting = store.insertMeeting(providerId, heldOn, title.strip(), false);
        audit.record("CREATE", "steering-meeting", meeting.id(), meeting.title(), null, meeting);
        return meeting;
    }

    @Transactional
    public DecisionView propose(long providerId, Long meetingId, String title, String proposal) {
        ProviderDetail provider = access.steerable(providerId);
        checkProposal(providerId, meetingId, title, proposal);
        long id = store.insertDecision(
                providerId, meetingId, title.strip(), proposal.strip(), provider.votingRule(), actor(), false);
        DecisionView created = store.find(id);
        audit.record("CREATE", "steering-decision", id, created.title(), null, created);
        return created;
    }

    /** One owner's vote on an open proposal; a second vote by the same owner is refused. */
    @Transactional
    public DecisionView vote(long decisionId, Ballot ballot) {
        DecisionView before = store.find(decisionId);
        ProviderDetail provider = access.readable(before.providerId());
        if (!before.open()) {
            throw new InvalidInputException(FieldError.of("vote", "steering.error.decision-closed"));
        }
        List<String> voters = SteeringAccess.voters(access.actor(), provider);
        if (!voters.contains(ballot.ownerCode())) {
            throw new InvalidInputException(
                    FieldError.of("ownerCode", "steering.error.not-your-vote", ballot.ownerCode()));
        }
        if (ballot.vote() == null) {
            throw new InvalidInputException(FieldError.of("vote", "steering.error.vote-required", ballot.ownerCode()));
        }
        if (before.votes().stream().anyMatch(v -> v.ownerCode().equals(ballot.ownerCode()))) {
            throw new InvalidInputException(
                    FieldError.of("ownerCode", "steering.error.duplicate-vote", ballot.ownerCode()));
        }
        store.insertVote(decisionId, ballot, actor());
        DecisionView after = store.find(decisionId);
        audit.record("VOTE", "steering-decision", decisionId, ballot.ownerCode() + " " + ballot.vote(), null, ballot);
        return after;
    }

    /** Counts the recorded votes under the decision's rule and records the outcome. */
    @Transactional
    public DecisionView close(long decisionId, int version) {
        DecisionView before = store.find(decisionId);
        ProviderDetail provider = access.steerable(before.providerId());
        if (!before.open()) {
            throw new InvalidInputException(FieldError.of("vote", "steering.error.decision-closed"));
        }
        List<Ballot> ballots = before.votes().stream()
                .map(v -> new Ballot(v.ownerCode(), v.vote()))
                .toList();
        Members.Roll roll = members.of(provider);
        VoteOutcome outcome = VoteCounter.count(
                before.rule(),
                roll.members(),
                ballots,
                roll.census().year(),
                roll.census().source());
        if (!store.decide(decisionId, version, outcome, actor())) {
            throw new ConcurrentEditException("steering_decision", decisionId);
        }
        DecisionView after = store.find(decisionId);
        audit.record("DECIDE", "steering-decision", decisionId, after.title(), before, after);
        return after;
    }

    /** Records a decision with its whole vote list and counts it at once. */
    @Transactional
    public DecisionView record(long providerId, NewDecision decision) {
        ProviderDetail provider = access.steerable(providerId);
        checkProposal(providerId, decision.meetingId(), decision.title(), decision.proposal());
        Members.Roll roll = members.of(provider);
        VoteOutcome outcome = VoteCounter.count(
                provider.votingRule(),
                roll.members(),
                decision.votes(),
                roll.census().year(),
                roll.census().source());
        List<String> voters = SteeringAccess.voters(access.actor(), provider);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < decision.votes().size(); i++) {
            String code = decision.votes().get(i).ownerCode();
            if (!voters.contains(code)) {
                errors.add(FieldError.of("votes[" + i + "].ownerCode", "steering.error.not-your-vote", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insertDecision(
                providerId,
                decision.meetingId(),
                decision.title(),
                decision.proposal(),
                provider.votingRule(),
                actor(),
                false);
        decision.votes().forEach(b -> store.insertVote(id, b, actor()));
        store.decide(id, 0, outcome, actor());
        DecisionView created = store.find(id);
        audit.record("CREATE", "steering-decision", id, created.title(), null, created);
        return created;
    }

    private void checkProposal(long providerId, Long meetingId, String title, String proposal) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "steering.error.required"));
        }
        if (proposal == null || proposal.isBlank()) {
            errors.add(FieldError.of("proposal", "steering.error.required"));
        }
        if (meetingId != null && store.meetings(providerId).stream().noneMatch(m -> m.id() == meetingId)) {
            errors.add(FieldError.of("meetingId", "steering.error.unknown-meeting", meetingId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String actor() {
        return access.actor().username();
    }
}
