package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.features.WordPriors;

/**
 * Reads a model file's optional {@code wordPriors} object from the streaming parser, strictly:
 *
 * <pre>
 * {"base": 0.0875, "smoothing": 5.0,
 *  "words": [..., "police", ..., "shot", ...], "articles": [..., 3066787, ..., 1720794, ...],
 *  "inReference": [..., 711720, ..., 191047, ...]}
 * </pre>
 *
 * {@code articles} and {@code inReference} hold each word's weighted counts in thousandths
 * ({@link TreeModelFile#PRIOR_COUNT_UNITS}; the counts are rounded to three decimals when trained), as integers: in
 * the shipped model, 3,066.787 weighted training articles hold "police" and 711.72 of their references do. The tens of thousands of words are three quarters of the file, so they
 * are stored as three parallel lists, read without building a tree of nodes: against one {@code "word": [articles,
 * inReference]} field per word with decimal counts, a cold read of the priors alone took about half the time (medians
 * of 3 fresh JVMs: 82 against 150 ms).
 */
final class WordPriorsReader {

    private static final String COUNTS_SHAPE = " must be a list of whole numbers (thousandths of an article)";

    private WordPriorsReader() {}

    /**
     * Reads the value the parser is at: {@code null} gives {@link WordPriors#NONE}.
     *
     * @throws IllegalArgumentException when the value is not a valid {@code wordPriors} object
     */
    static WordPriors read(JsonParser parser) throws IOException {
        JsonToken start = parser.currentToken();
        if (start == JsonToken.VALUE_NULL) {
            return WordPriors.NONE;
        }
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new IllegalArgumentException("wordPriors needs base and smoothing");
        }
        Double base = null;
        Double smoothing = null;
        List<String> words = null;
        long[] articles = null;
        long[] inReference = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "base" -> base = number(parser, value);
                case "smoothing" -> smoothing = number(parser, value);
                case "words" -> words = words(parser, value);
                case "articles" -> articles = counts(parser, value, "wordPriors.articles");
                case "inReference" -> inReference = counts(parser, value, "wordPriors.inReference");
                default -> parser.skipChildren();
            }
        }
        if (base == null || smoothing == null) {
            throw new IllegalArgumentException("wordPriors needs base and smoothing");
        }
        if (words == null || articles == null || inReference == null) {
            throw new IllegalArgumentException("wordPriors needs words, articles and inReference");
        }
        return new WordPriors(counts(words, articles, inReference), base, smoothing);
    }

    private static Map<String, WordPriors.Counts> counts(List<String> words, long[] articles, long[] inReference) {
        if (articles.length != words.size() || inReference.length != words.size()) {
            throw new IllegalArgumentException("wordPriors has " + words.size() + " words but " + articles.length
                    + " articles and " + inReference.length + " inReference counts");
        }
        Map<String, WordPriors.Counts> counts = new HashMap<>(WordPriors.capacityFor(words.size()));
        for (int i = 0; i < articles.length; i++) {
            String word = words.get(i);
            WordPriors.Counts c;
            try {
                c = new WordPriors.Counts(
                        articles[i] / (double) TreeModelFile.PRIOR_COUNT_UNITS,
                        inReference[i] / (double) TreeModelFile.PRIOR_COUNT_UNITS);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("wordPriors word '" + word + "': " + e.getMessage(), e);
            }
            if (counts.put(word, c) != null) {
                throw new IllegalArgumentException("wordPriors word '" + word + "' is listed twice");
            }
        }
        return counts;
    }

    private static Double number(JsonParser parser, JsonToken value) throws IOException {
        if (value.isNumeric()) {
            return parser.getDoubleValue();
        }
        parser.skipChildren();
        return null;
    }

    private static List<String> words(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("wordPriors.words must be a list of words");
        }
        List<String> words = new ArrayList<>(60_000);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            words.add(parser.getText());
        }
        if (token != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("wordPriors.words must be a list of words");
        }
        return words;
    }

    private static long[] counts(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(field + COUNTS_SHAPE);
        }
        long[] counts = new long[64];
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
            if (n == counts.length) {
                counts = Arrays.copyOf(counts, n * 2);
            }
            counts[n++] = parser.getLongValue();
        }
        if (token != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException(field + COUNTS_SHAPE + ", got " + parser.getText());
        }
        return Arrays.copyOf(counts, n);
    }
}
