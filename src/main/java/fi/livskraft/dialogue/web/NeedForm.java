package fi.livskraft.dialogue.web;

import fi.livskraft.dialogue.NewNeed;
import fi.livskraft.dialogue.classifier.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The need form as typed (strings, so that nothing typed is lost when the page is shown again). */
public record NeedForm(
        String text,
        String headCount,
        String area,
        String horizon,
        String languageRequirement,
        boolean international,
        String raisedFor,
        List<String> occupations,
        String otherCode) {

    public NeedForm {
        text = Objects.requireNonNullElse(text, "");
        headCount = Objects.requireNonNullElse(headCount, "").strip();
        area = Objects.requireNonNullElse(area, "");
        horizon = Objects.requireNonNullElse(horizon, "");
        languageRequirement = Objects.requireNonNullElse(languageRequirement, "any");
        raisedFor = Objects.requireNonNullElse(raisedFor, "");
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        otherCode = Objects.requireNonNullElse(otherCode, "").strip();
    }

    static NeedForm empty() {
        return new NeedForm("", "1", "", "", "any", false, "", List.of(), "");
    }

    public boolean confirmed(String isco) {
        return occupations.contains(isco);
    }

    /** The need to create: the ticked occupations, with the classifier's label and score where it suggested them. */
    NewNeed toNewNeed(List<Suggestion> suggestions) {
        List<NewNeed.ConfirmedOccupation> confirmed = new ArrayList<>();
        List<String> codes = new ArrayList<>(occupations);
        if (!otherCode.isEmpty() && !codes.contains(otherCode)) {
            codes.add(otherCode);
        }
        for (String code : codes) {
            Suggestion s = suggestions.stream()
                    .filter(x -> x.iscoCode().equals(code))
                    .findFirst()
                    .orElse(null);
            confirmed.add(
                    s == null
                            ? new NewNeed.ConfirmedOccupation(code, null, null, null)
                            : new NewNeed.ConfirmedOccupation(code, s.escoUri(), s.label(), s.score()));
        }
        String[] areaParts = area.split(":", 2);
        Integer count;
        try {
            count = headCount.isEmpty() ? null : Integer.valueOf(headCount);
        } catch (NumberFormatException e) {
            count = -1;
        }
        return new NewNeed(
                text,
                count,
                areaParts[0],
                areaParts.length > 1 ? areaParts[1] : "",
                horizon,
                languageRequirement,
                international,
                raisedFor,
                confirmed);
    }
}
