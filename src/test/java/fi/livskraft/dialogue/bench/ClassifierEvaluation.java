package fi.livskraft.dialogue.bench;

import fi.livskraft.dialogue.classifier.Classification;
import fi.livskraft.dialogue.classifier.LabelRecord;
import fi.livskraft.dialogue.classifier.OccupationIndex;
import fi.livskraft.dialogue.classifier.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Held-out evaluation of the occupation classifier on the shared ESCO v1.1.1 file (3,007 ESCO
 * occupations under ISCO-08 unit groups, preferred labels fi/sv/en, no alternative labels).
 * Per language a seeded share of the ESCO occupation labels is held out: the index holds the
 * ISCO-08 unit group names and the remaining ESCO labels, and each held-out label is classified
 * (once with its language given, once with the language detected). Reports top-1 and top-5
 * accuracy at ISCO 4-digit and 1-digit level, language detection accuracy, throughput and latency.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fi.livskraft.dialogue.bench.ClassifierEvaluation -Dexec.args="0.2 42"}
 * (held-out share, seed; optional third argument: path of the ESCO file).
 */
public final class ClassifierEvaluation {

    public static final Path ESCO_FILE =
            Path.of("..", "shared", "data", "occupations", "esco", "esco_v1_1_1_occupations_isco_fi_sv_en.json");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** One ESCO or ISCO entry of the file. */
    record Entry(String uri, String isco, boolean group, Map<String, String> labels) {}

    /** Counts for one language. */
    public record LanguageResult(
            String language,
            int queries,
            int top1,
            int top5,
            int top1Major,
            int top5Major,
            int detectedRight,
            int detectedOther,
            int noSuggestion) {

        public double rate(int count) {
            return queries == 0 ? 0 : (double) count / queries;
        }
    }

    /** The whole report. */
    public record Report(
            int indexed,
            List<LanguageResult> languages,
            double perSecond,
            double p50Millis,
            double p95Millis,
            double maxMillis,
            long buildMillis) {}

    private ClassifierEvaluation() {}

    public static void main(String[] args) throws IOException {
        double share = args.length > 0 ? Double.parseDouble(args[0]) : 0.2;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path file = args.length > 2 ? Path.of(args[2]) : ESCO_FILE;
        Report report = run(file, share, seed);
        System.out.println(format(report, share, seed));
    }

    public static Report run(Path file, double share, long seed) throws IOException {
        List<Entry> entries = read(file);
        Random random = new Random(seed);
        List<LabelRecord> indexed = new ArrayList<>();
        Map<String, List<Entry>> heldOut = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            heldOut.put(lang, new ArrayList<>());
        }
        for (Entry e : entries) {
            for (String lang : LANGUAGES) {
                String label = e.labels().get(lang);
                if (label == null || label.isBlank()) {
                    continue;
                }
                if (!e.group() && random.nextDouble() < share) {
                    heldOut.get(lang).add(e);
                } else {
                    indexed.add(new LabelRecord(e.isco(), e.group() ? null : e.uri(), lang, label));
                }
            }
        }
        long start = System.nanoTime();
        OccupationIndex index = OccupationIndex.of(indexed);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;

        // warm up
        for (int i = 0; i < 200; i++) {
            Entry e = heldOut.get("fi").get(i % heldOut.get("fi").size());
            index.classify(e.labels().get("fi"), "fi");
        }
        List<Long> nanos = new ArrayList<>();
        List<LanguageResult> results = new ArrayList<>();
        long measuredStart = System.nanoTime();
        for (String lang : LANGUAGES) {
            int top1 = 0, top5 = 0, top1Major = 0, top5Major = 0, detectedRight = 0, detectedOther = 0, none = 0;
            for (Entry e : heldOut.get(lang)) {
                String text = e.labels().get(lang);
                long t0 = System.nanoTime();
                Classification c = index.classify(text, lang);
                nanos.add(System.nanoTime() - t0);
                List<Suggestion> s = c.suggestions();
                if (s.isEmpty()) {
                    none++;
                }
                if (!s.isEmpty() && s.get(0).iscoCode().equals(e.isco())) {
                    top1++;
                }
                if (s.stream().anyMatch(x -> x.iscoCode().equals(e.isco()))) {
                    top5++;
                }
                char major = e.isco().charAt(0);
                if (!s.isEmpty() && s.get(0).iscoCode().charAt(0) == major) {
                    top1Major++;
                }
                if (s.stream().anyMatch(x -> x.iscoCode().charAt(0) == major)) {
                    top5Major++;
                }
                var detected = index.detectLanguage(text);
                if (detected.isEmpty()) {
                    detectedOther++;
                } else if (detected.get().equals(lang)) {
                    detectedRight++;
                }
            }
            results.add(new LanguageResult(
                    lang,
                    heldOut.get(lang).size(),
                    top1,
                    top5,
                    top1Major,
                    top5Major,
                    detectedRight,
                    detectedOther,
                    none));
        }
        double seconds = (System.nanoTime() - measuredStart) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Report(
                indexed.size(),
                results,
                sorted.length / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                sorted[sorted.length - 1] / 1e6,
                buildMillis);
    }

    static List<Entry> read(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Entry> out = new ArrayList<>();
        for (JsonNode node : root) {
            String uri = node.get("uri").asString();
            String notation = node.get("notation").asString();
            boolean group = uri.contains("/isco/");
            if (group && notation.length() != 4) {
                continue;
            }
            if (!group && (notation.length() < 4 || !notation.substring(0, 4).matches("[0-9]{4}"))) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                JsonNode label = node.path("prefLabel").path(lang);
                labels.put(lang, label.isMissingNode() || label.isNull() ? null : label.asString());
            }
            out.add(new Entry(uri, notation.substring(0, 4), group, labels));
        }
        return out;
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    static String format(Report r, double share, long seed) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Held-out %.0f %% of ESCO occupation labels per language (seed %d); index %d labels, built in %d ms%n",
                share * 100,
                seed,
                r.indexed(),
                r.buildMillis()));
        sb.append("lang  queries  top1-4d  top5-4d  top1-1d  top5-1d  lang-detected  detected-other  no-suggestion\n");
        for (LanguageResult l : r.languages()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-4s  %7d  %6.1f%%  %6.1f%%  %6.1f%%  %6.1f%%  %12.1f%%  %13.1f%%  %12d%n",
                    l.language(),
                    l.queries(),
                    100 * l.rate(l.top1()),
                    100 * l.rate(l.top5()),
                    100 * l.rate(l.top1Major()),
                    100 * l.rate(l.top5Major()),
                    100 * l.rate(l.detectedRight()),
                    100 * l.rate(l.detectedOther()),
                    l.noSuggestion()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "throughput %.0f classifications/s (one thread); latency p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                r.perSecond(),
                r.p50Millis(),
                r.p95Millis(),
                r.maxMillis()));
        return sb.toString();
    }

    static String describe(List<LanguageResult> results) {
        return Arrays.toString(results.toArray());
    }
}
