package fi.livskraft.dialogue.web;

import fi.livskraft.dialogue.LeadingQualification;
import fi.livskraft.dialogue.QualificationsByOccupation;
import fi.livskraft.dialogue.classifier.Suggestion;
import java.util.List;
import java.util.Map;

/** A suggestion on the need form: the occupation, its score in per cent, and the qualifications that lead to it. */
public record SuggestionView(Suggestion suggestion, int percent, List<LeadingQualification> qualifications) {

    static List<SuggestionView> of(List<Suggestion> suggestions, QualificationsByOccupation crosswalk) {
        Map<String, List<LeadingQualification>> leading = crosswalk.leadingTo(
                suggestions.stream().map(Suggestion::iscoCode).toList(), 3);
        return suggestions.stream()
                .map(s -> new SuggestionView(
                        s, (int) Math.round(s.score() * 100), leading.getOrDefault(s.iscoCode(), List.of())))
                .toList();
    }
}
