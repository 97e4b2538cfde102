package fi.livskraft.dialogue.web;

import fi.livskraft.dialogue.OccupationClassifier;
import fi.livskraft.dialogue.classifier.Classification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/classify}: occupation suggestions for a free text. Signed-in users only:
 * need texts can carry an organisation's plans, and each call costs CPU, so the public does not
 * get an open endpoint to run it in bulk.
 */
@RestController
@Tag(name = "Dialogue", description = "Workforce needs, the occupation classifier and providers' offers")
class ClassifyApi {

    private final OccupationClassifier classifier;

    ClassifyApi(OccupationClassifier classifier) {
        this.classifier = classifier;
    }

    /** Body of POST /api/v1/classify. */
    record ClassifyBody(String text, String lang) {}

    /** One suggestion. */
    record SuggestionJson(String iscoCode, String escoUri, String label, double score) {}

    /** The answer: the language used, whether it was detected, and at most five suggestions, best first. */
    record ClassifyJson(String language, boolean languageDetected, List<SuggestionJson> suggestions) {

        static ClassifyJson from(Classification c) {
            return new ClassifyJson(
                    c.language(),
                    c.languageDetected(),
                    c.suggestions().stream()
                            .map(s -> new SuggestionJson(s.iscoCode(), s.escoUri(), s.label(), s.score()))
                            .toList());
        }
    }

    @PostMapping("/api/v1/classify")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Suggest occupations for a text",
            description = "Text in Swedish, Finnish or English, at most 2000 characters; lang (sv, fi, en) is"
                    + " optional and detected when absent. Answers at most five ISCO-08 unit groups, best first;"
                    + " escoUri is null when the ISCO group itself matched best; label is in the text's language;"
                    + " score (0-1) is the suggestion's share of the evidence for the five. An empty, oversized or"
                    + " other-language text is answered 400 naming the field.")
    ClassifyJson classify(@RequestBody ClassifyBody body) {
        return ClassifyJson.from(classifier.classify(body.text(), body.lang()));
    }
}
