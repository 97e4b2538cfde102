package fi.livskraft.dialogue.classifier;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells Finnish, Swedish and English apart, built from the labels themselves. Each word of the
 * text scores 1 in a language when it is a function word of the language (Lucene's stop words plus
 * a few words of need phrasing and the numbers to ten) or its stem is in that language's label
 * vocabulary; otherwise the share of its character 4-grams found in that language's labels
 * (so unseen compounds still count), times 0.8. The language with the best mean wins; when no
 * language reaches {@link #MIN_SCORE} the text is taken to be in another language.
 */
final class LanguageDetector {

    static final double MIN_SCORE = 0.45;

    private static final Map<String, Set<String>> PHRASING = Map.of(
            "sv",
            Set.of(
                    "vi",
                    "behöver",
                    "söker",
                    "anställa",
                    "rekrytera",
                    "talar",
                    "svenska",
                    "finska",
                    "hösten",
                    "våren",
                    "sommaren",
                    "till",
                    "st",
                    "personer",
                    "en",
                    "ett",
                    "två",
                    "tre",
                    "fyra",
                    "fem",
                    "sex",
                    "sju",
                    "åtta",
                    "nio",
                    "tio",
                    "nya",
                    "erfarna",
                    "flera"),
            "fi",
            Set.of(
                    "tarvitsemme",
                    "tarvitaan",
                    "haemme",
                    "etsimme",
                    "rekrytoida",
                    "palkata",
                    "puhuu",
                    "puhuvia",
                    "ruotsia",
                    "suomea",
                    "ruotsinkielisiä",
                    "syksyllä",
                    "keväällä",
                    "kesällä",
                    "mennessä",
                    "henkilöä",
                    "yksi",
                    "kaksi",
                    "kolme",
                    "neljä",
                    "viisi",
                    "kuusi",
                    "seitsemän",
                    "kahdeksan",
                    "yhdeksän",
                    "kymmenen",
                    "uutta",
                    "kokeneita",
                    "useita",
                    "kpl"),
            "en",
            Set.of(
                    "we",
                    "need",
                    "needs",
                    "looking",
                    "hire",
                    "recruit",
                    "speak",
                    "speaking",
                    "swedish",
                    "finnish",
                    "autumn",
                    "spring",
                    "summer",
                    "by",
                    "people",
                    "persons",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "new",
                    "experienced",
                    "several"));

    private final TextAnalysis analysis;
    private final Map<String, Set<String>> stems = new HashMap<>();
    private final Map<String, Set<String>> grams = new HashMap<>();

    LanguageDetector(TextAnalysis analysis, Collection<LabelRecord> labels) {
        this.analysis = analysis;
        for (String lang : ClassifierLanguage.ALL) {
            stems.put(lang, new HashSet<>());
            grams.put(lang, new HashSet<>());
        }
        for (LabelRecord label : labels) {
            stems.get(label.language()).addAll(analysis.stems(label.language(), label.label()));
            grams.get(label.language()).addAll(analysis.grams(label.language(), label.label()));
        }
    }

    /** The language of the text, or empty when it is none of fi, sv, en (or has no words). */
    Optional<String> detect(String text) {
        Map<String, Double> scores = scores(text);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SCORE)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    /** Mean word score per language (0 for a text without words). */
    Map<String, Double> scores(String text) {
        List<String> words = words(text);
        Map<String, Double> out = new HashMap<>();
        for (String lang : ClassifierLanguage.ALL) {
            double sum = 0;
            for (String word : words) {
                sum += wordScore(lang, word);
            }
            out.put(lang, words.isEmpty() ? 0 : sum / words.size());
        }
        return out;
    }

    private double wordScore(String lang, String word) {
        if (PHRASING.get(lang).contains(word) || analysis.stopWords(lang).contains(word)) {
            return 1;
        }
        List<String> wordStems = analysis.stems(lang, word);
        if (!wordStems.isEmpty() && stems.get(lang).containsAll(wordStems)) {
            return 1;
        }
        if (word.length() < TextAnalysis.GRAM) {
            return 0;
        }
        int found = 0;
        int total = 0;
        for (int i = 0; i + TextAnalysis.GRAM <= word.length(); i++) {
            total++;
            if (grams.get(lang).contains(word.substring(i, i + TextAnalysis.GRAM))) {
                found++;
            }
        }
        return 0.8 * found / total;
    }

    static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
