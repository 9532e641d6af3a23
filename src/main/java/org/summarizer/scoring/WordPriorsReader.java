package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.summarizer.features.WordPriors;

/**
 * Reads a model file's optional {@code wordPriors} object, {@code {"base": 0.2, "smoothing": 5, "words": {"word":
 * [articles, inReference], ...}}}, from the streaming parser, strictly. Its tens of thousands of words are three
 * quarters of the file's tokens, so they are not built into a tree of nodes first: with field names not interned
 * either, a cold read of the shipped model went from 665 to 572 ms (medians of 6 JVM starts).
 */
final class WordPriorsReader {

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
        Map<String, WordPriors.Counts> counts = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "base" -> base = number(parser, value);
                case "smoothing" -> smoothing = number(parser, value);
                case "words" -> counts = words(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (base == null || smoothing == null) {
            throw new IllegalArgumentException("wordPriors needs base and smoothing");
        }
        if (counts == null) {
            throw new IllegalArgumentException("wordPriors.words is missing");
        }
        return new WordPriors(counts, base, smoothing);
    }

    private static Double number(JsonParser parser, JsonToken value) throws IOException {
        if (value.isNumeric()) {
            return parser.getDoubleValue();
        }
        parser.skipChildren();
        return null;
    }

    private static Map<String, WordPriors.Counts> words(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("wordPriors.words is missing");
        }
        Map<String, WordPriors.Counts> counts = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String word = parser.currentName();
            String shape = "wordPriors.words." + word + " must be [articles, inReference]";
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(shape);
            }
            double[] pair = new double[2];
            for (int i = 0; i < 2; i++) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    throw new IllegalArgumentException(shape);
                }
                if (!token.isNumeric()) {
                    throw new IllegalArgumentException(
                            "wordPriors.words." + word + ": expected a number, got " + parser.getText());
                }
                pair[i] = parser.getDoubleValue();
            }
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new IllegalArgumentException(shape);
            }
            try {
                counts.put(word, new WordPriors.Counts(pair[0], pair[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("wordPriors.words." + word + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }
}
