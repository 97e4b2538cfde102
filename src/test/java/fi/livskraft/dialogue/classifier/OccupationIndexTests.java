package fi.livskraft.dialogue.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.livskraft.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationIndexTests {

    static final List<LabelRecord> LABELS = List.of(
            new LabelRecord("7212", null, "fi", "Hitsaajat ja kaasuleikkaajat"),
            new LabelRecord("7212", null, "sv", "Svetsare och gasskärare"),
            new LabelRecord("7212", null, "en", "Welders and flamecutters"),
            new LabelRecord("7212", "esco:welder", "fi", "hitsaaja"),
            new LabelRecord("7212", "esco:welder", "sv", "svetsare"),
            new LabelRecord("7212", "esco:welder", "en", "welder"),
            new LabelRecord("7211", null, "fi", "Valumallien ja valukeernojen tekijät"),
            new LabelRecord("7211", null, "sv", "Formare och gjutare"),
            new LabelRecord("7211", null, "en", "Metal moulders and coremakers"),
            new LabelRecord("5321", null, "fi", "Lähihoitajat"),
            new LabelRecord("5321", null, "sv", "Närvårdare"),
            new LabelRecord("5321", null, "en", "Health care assistants"),
            new LabelRecord("5321", "esco:home-care", "fi", "kotihoidon lähihoitaja", "kotihoidon lähihoitaja"),
            new LabelRecord("2221", null, "fi", "Sairaanhoitajat"),
            new LabelRecord("2221", null, "sv", "Sjuksköterskor"),
            new LabelRecord("2221", null, "en", "Nursing professionals"),
            new LabelRecord("2221", "esco:nurse", "sv", "barnsjuksköterska"),
            new LabelRecord("8322", null, "fi", "Henkilö- ja pakettiautonkuljettajat"),
            new LabelRecord("8322", null, "sv", "Person- och paketbilsförare"),
            new LabelRecord("8322", null, "en", "Car, taxi and van drivers"));

    final OccupationIndex index = OccupationIndex.of(LABELS);

    @Test
    void suggestsWeldersForFinnishSwedishAndEnglishWords() {
        assertThat(index.classify("hitsaaja", "fi").suggestions().get(0).iscoCode())
                .isEqualTo("7212");
        assertThat(index.classify("svetsare", "sv").suggestions().get(0).iscoCode())
                .isEqualTo("7212");
        assertThat(index.classify("welder", "en").suggestions().get(0).iscoCode())
                .isEqualTo("7212");
    }

    @Test
    void stemsInflectedFormsAndFindsCompoundParts() {
        assertThat(index.classify("tarvitsemme hitsaajia", "fi")
                        .suggestions()
                        .get(0)
                        .iscoCode())
                .isEqualTo("7212");
        assertThat(index.classify("svetsarna", "sv").suggestions().get(0).iscoCode())
                .isEqualTo("7212");
        // "sköterska" is only a part of the compounds in the labels
        assertThat(index.classify("sjuksköterska", "sv").suggestions().get(0).iscoCode())
                .isEqualTo("2221");
        assertThat(index.classify("lähihoitaja", "fi").suggestions().get(0).iscoCode())
                .isEqualTo("5321");
    }

    @Test
    void classifiesASwedishNeedSentenceWithoutALanguage() {
        Classification c = index.classify("vi behöver fem svetsare som talar svenska till hösten", null);
        assertThat(c.language()).isEqualTo("sv");
        assertThat(c.languageDetected()).isTrue();
        assertThat(c.suggestions().get(0).iscoCode()).isEqualTo("7212");
        assertThat(c.suggestions().get(0).label()).isEqualTo("svetsare");
        assertThat(c.suggestions().get(0).escoUri()).isEqualTo("esco:welder");
    }

    @Test
    void answersAtMostFiveBestFirstWithScoresThatShareTheEvidence() {
        List<Suggestion> s = index.classify("hitsaajat kaasuleikkaajat lähihoitajat sairaanhoitajat", "fi")
                .suggestions();
        assertThat(s).hasSizeLessThanOrEqualTo(5);
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.get(i).score()).isLessThanOrEqualTo(s.get(i - 1).score());
        }
        assertThat(s.stream().mapToDouble(Suggestion::score).sum()).isBetween(0.99, 1.01);
    }

    @Test
    void groupNameMatchHasNoEscoUriAndLabelInTheTextLanguage() {
        Suggestion best = index.classify("paketbilsförare", "sv").suggestions().get(0);
        assertThat(best.iscoCode()).isEqualTo("8322");
        assertThat(best.escoUri()).isNull();
        assertThat(best.label()).isEqualTo("Person- och paketbilsförare");
    }

    @Test
    void detectsTheLanguageOfShortTexts() {
        assertThat(index.detectLanguage("hitsaaja")).contains("fi");
        assertThat(index.detectLanguage("svetsare")).contains("sv");
        assertThat(index.detectLanguage("we need two welders")).contains("en");
        assertThat(index.detectLanguage("tarvitsemme kolme lähihoitajaa syksyllä"))
                .contains("fi");
    }

    @Test
    void refusesTextInAnotherLanguage() {
        assertThatThrownBy(() -> index.classify("Wir brauchen dringend fünf Schweißer für unsere Werkstatt", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("dialogue.classify.error.language"));
    }

    @Test
    void refusesEmptyOversizedAndWordlessTextAndUnknownLanguageCodes() {
        assertThatThrownBy(() -> index.classify("  ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0)).satisfies(f -> {
                            assertThat(f.field()).isEqualTo("text");
                            assertThat(f.messageKey()).isEqualTo("dialogue.classify.error.empty");
                        }));
        assertThatThrownBy(() -> index.classify("a".repeat(OccupationIndex.MAX_TEXT_LENGTH + 1), "fi"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("dialogue.classify.error.too-long"));
        assertThatThrownBy(() -> index.classify("12 345 !!", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("dialogue.classify.error.no-words"));
        assertThatThrownBy(() -> index.classify("svetsare", "de"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("lang"));
    }

    @Test
    void anEmptyIndexSuggestsNothing() {
        assertThat(OccupationIndex.of(List.of()).classify("svetsare", "sv").suggestions())
                .isEmpty();
    }
}
