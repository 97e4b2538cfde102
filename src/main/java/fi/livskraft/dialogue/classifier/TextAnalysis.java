package fi.livskraft.dialogue.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis per language. Two fields per language: {@code stem_xx} with Lucene's language
 * analyzer (lower case, stop words, Snowball stemming for Finnish and Swedish, Porter for
 * English), so that "hitsaajat" and "hitsaaja" or "svetsare" and "svetsarna" meet; and
 * {@code gram_xx} with the words cut into character 4-grams (the whole word kept as well), so that
 * the parts of Finnish and Swedish compounds ("lähihoitaja" in "kotihoidon lähihoitaja",
 * "sköterska" in "sjuksköterska") still match.
 */
final class TextAnalysis {

    static final int GRAM = 4;

    private final Map<String, Analyzer> stemmers = new HashMap<>();
    private final Map<String, CharArraySet> stopWords = new HashMap<>();
    private final Analyzer perField;

    TextAnalysis() {
        stopWords.put("fi", FinnishAnalyzer.getDefaultStopSet());
        stopWords.put("sv", SwedishAnalyzer.getDefaultStopSet());
        stopWords.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stemmers.put("fi", new FinnishAnalyzer());
        stemmers.put("sv", new SwedishAnalyzer());
        stemmers.put("en", new EnglishAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        for (String lang : ClassifierLanguage.ALL) {
            fields.put(stemField(lang), stemmers.get(lang));
            fields.put(gramField(lang), grams(stopWords.get(lang)));
        }
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    static String stemField(String lang) {
        return "stem_" + lang;
    }

    static String gramField(String lang) {
        return "gram_" + lang;
    }

    Analyzer analyzer() {
        return perField;
    }

    CharArraySet stopWords(String lang) {
        return stopWords.get(lang);
    }

    /** The stemmed terms of a text in a language (stop words removed). */
    List<String> stems(String lang, String text) {
        return terms(stemmers.get(lang), stemField(lang), text);
    }

    /** The character 4-grams of the words of a text (stop words removed; short words whole). */
    List<String> grams(String lang, String text) {
        return terms(perField, gramField(lang), text);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer grams(CharArraySet stop) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stop);
                stream = new NGramTokenFilter(stream, GRAM, GRAM, true);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
