package fi.livskraft.dialogue.classifier;

import fi.livskraft.common.FieldError;
import fi.livskraft.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The occupation classifier's core: an in-memory Lucene index of occupation labels in Finnish,
 * Swedish and English (see {@link TextAnalysis}), built from records, with no database and no
 * outside service. A text is searched in its language's fields (stems boosted over 4-grams); the
 * best labels are grouped by ISCO-08 unit group and the five best groups returned. Immutable and
 * safe to share between threads; rebuild a new one when the labels change.
 */
public final class OccupationIndex {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_SUGGESTIONS = 5;
    static final float STEM_BOOST = 2.0f;
    static final int MAX_GRAM_CLAUSES = 400;
    private static final int CANDIDATES = 60;

    private final TextAnalysis analysis = new TextAnalysis();
    private final LanguageDetector detector;
    private final IndexSearcher searcher;
    private final int size;

    private OccupationIndex(Collection<LabelRecord> labels) {
        this.detector = new LanguageDetector(analysis, labels);
        this.size = labels.size();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
            for (LabelRecord label : labels) {
                writer.addDocument(document(label));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index from labels (may be empty: every text then gets no suggestions). */
    public static OccupationIndex of(Collection<LabelRecord> labels) {
        return new OccupationIndex(labels);
    }

    /** How many labels the index holds. */
    public int size() {
        return size;
    }

    /**
     * Classifies a text. {@code language} may be null (then detected). Throws
     * {@link InvalidInputException} naming {@code text} for an empty, oversized or wordless text or
     * a text in none of the three languages, and naming {@code lang} for an unknown language code.
     */
    public Classification classify(String text, String language) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(FieldError.of("text", "dialogue.classify.error.empty"));
        }
        if (clean.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(FieldError.of(
                    "text",
                    "dialogue.classify.error.too-long",
                    String.valueOf(MAX_TEXT_LENGTH),
                    String.valueOf(clean.length())));
        }
        if (LanguageDetector.words(clean).isEmpty()) {
            throw new InvalidInputException(FieldError.of("text", "dialogue.classify.error.no-words"));
        }
        boolean detected = language == null || language.isBlank();
        String lang;
        if (detected) {
            lang = detectLanguage(clean)
                    .orElseThrow(
                            () -> new InvalidInputException(FieldError.of("text", "dialogue.classify.error.language")));
        } else if (ClassifierLanguage.isSupported(language.strip())) {
            lang = language.strip();
        } else {
            throw new InvalidInputException(FieldError.of("lang", "dialogue.classify.error.lang", language));
        }
        return new Classification(lang, detected, suggest(clean, lang));
    }

    /** The detected language of a text, or empty when it is not Finnish, Swedish or English. */
    public Optional<String> detectLanguage(String text) {
        return detector.detect(text);
    }

    List<Suggestion> suggest(String text, String lang) {
        Query query = query(text, lang);
        if (query == null) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(query, CANDIDATES).scoreDocs;
            Map<String, Group> groups = new LinkedHashMap<>();
            for (ScoreDoc hit : hits) {
                Document doc = searcher.storedFields().document(hit.doc);
                String isco = doc.get("isco");
                Group group = groups.get(isco);
                if (group == null) {
                    groups.put(isco, new Group(isco, doc.get("uri"), doc.get("display"), hit.score));
                } else {
                    group.add(hit.score);
                }
            }
            List<Group> best = groups.values().stream()
                    .sorted((a, b) -> Double.compare(b.score(), a.score()))
                    .limit(MAX_SUGGESTIONS)
                    .toList();
            double total = best.stream().mapToDouble(Group::score).sum();
            List<Suggestion> out = new ArrayList<>();
            for (Group g : best) {
                out.add(new Suggestion(g.isco, g.uri, g.display, Math.round(g.score() / total * 1000) / 1000.0));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String text, String lang) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (String stem : distinct(analysis.stems(lang, text))) {
            builder.add(
                    new BoostQuery(new TermQuery(new Term(TextAnalysis.stemField(lang), stem)), STEM_BOOST),
                    Occur.SHOULD);
            clauses++;
        }
        for (String gram : distinct(analysis.grams(lang, text))) {
            if (clauses >= MAX_GRAM_CLAUSES) {
                break;
            }
            builder.add(new TermQuery(new Term(TextAnalysis.gramField(lang), gram)), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(builder.build(), Occur.MUST)
                .add(new TermQuery(new Term("lang", lang)), Occur.FILTER)
                .build();
    }

    private static List<String> distinct(List<String> terms) {
        return terms.stream().distinct().toList();
    }

    private static Document document(LabelRecord label) {
        Document doc = new Document();
        doc.add(new StringField("lang", label.language(), Field.Store.NO));
        doc.add(new StoredField("isco", label.iscoCode()));
        if (label.escoUri() != null) {
            doc.add(new StoredField("uri", label.escoUri()));
        }
        doc.add(new StoredField("display", label.display()));
        doc.add(new TextField(TextAnalysis.stemField(label.language()), label.label(), Field.Store.NO));
        doc.add(new TextField(TextAnalysis.gramField(label.language()), label.label(), Field.Store.NO));
        return doc;
    }

    /** The labels of one ISCO group among the hits: its best label plus a little for each further one. */
    private static final class Group {
        private final String isco;
        private final String uri;
        private final String display;
        private final double best;
        private double more;

        Group(String isco, String uri, String display, double best) {
            this.isco = isco;
            this.uri = uri;
            this.display = display;
            this.best = best;
        }

        void add(double score) {
            more += score;
        }

        double score() {
            return best + Math.min(more * 0.1, best * 0.5);
        }
    }
}
