package fi.livskraft.steering.web;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import fi.livskraft.steering.Decisions;
import fi.livskraft.steering.Goals;
import fi.livskraft.steering.NewDecision;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Steering API (signed-in owners, provider staff and the coordinator; nothing of it is public): goals
 * with KPI values, reports, decisions, and the vote-outcome preview, which stores nothing.
 */
@RestController
@RequestMapping("/api/v1/steering")
class SteeringApi {

    private final Goals goals;
    private final Decisions decisions;

    SteeringApi(Goals goals, Decisions decisions) {
        this.goals = goals;
        this.decisions = decisions;
    }

    @PostMapping("/vote-outcome")
    Map<String, Object> voteOutcome(@RequestBody SteeringJson.OutcomeRequest request) {
        if (request.providerId() == null) {
            throw new InvalidInputException(FieldError.of("providerId", "steering.error.required"));
        }
        return SteeringJson.outcome(decisions.preview(
                request.providerId(), SteeringJson.rule(request.rule()), SteeringJson.ballots(request.votes())));
    }

    @GetMapping("/providers/{id}/goals")
    List<Map<String, Object>> goals(@PathVariable long id) {
        return goals.forProvider(id).stream().map(SteeringJson::goal).toList();
    }

    @PostMapping("/providers/{id}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createGoal(@PathVariable long id, @RequestBody SteeringJson.GoalRequest request) {
        return SteeringJson.goal(goals.create(id, SteeringJson.goal(request)));
    }

    @GetMapping("/goals/{id}")
    Map<String, Object> goal(@PathVariable long id) {
        return SteeringJson.followUp(goals.followUp(id));
    }

    @PutMapping("/goals/{id}")
    Map<String, Object> updateGoal(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestBody SteeringJson.GoalRequest request) {
        return SteeringJson.goal(goals.update(id, version, SteeringJson.goal(request)));
    }

    @PostMapping("/goals/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Object report(@PathVariable long id, @RequestBody SteeringJson.ReportRequest request) {
        return goals.report(id, request.year(), request.actual(), request.comment());
    }

    @GetMapping("/providers/{id}/decisions")
    List<Map<String, Object>> decisions(@PathVariable long id) {
        return decisions.forProvider(id).stream().map(SteeringJson::decision).toList();
    }

    @PostMapping("/providers/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recordDecision(@PathVariable long id, @RequestBody SteeringJson.DecisionRequest request) {
        return SteeringJson.decision(decisions.record(
                id,
                new NewDecision(
                        request.meetingId(),
                        request.title(),
                        request.proposal(),
                        SteeringJson.ballots(request.votes()))));
    }

    @GetMapping("/decisions/{id}")
    Map<String, Object> decision(@PathVariable long id) {
        return SteeringJson.decision(decisions.get(id));
    }
}
