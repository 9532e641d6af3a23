package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a model file from Jackson's streaming parser straight into strings, doubles and arrays,
 * without a tree of nodes and without Jackson's data-binding classes: the file's trees are some 170,000 numbers in
 * arrays of a few dozen, and reading without those classes and nodes took a fresh JVM's first read from a median
 * of 455 to 318 ms (the service has loaded the data-binding classes before it reads the model, so its read did not
 * change; see docs/performance.md). Each method reads the value at the parser's current token (its first token
 * consumed) and leaves the parser at that value's last token.
 */
final class ModelJson {

    private ModelJson() {}

    /** The text of a scalar (a string, a number, a boolean), or {@code null} for null, an object or a list. */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    /** A number, or {@code null} for anything else. */
    static Double number(JsonParser parser) throws IOException {
        if (parser.currentToken().isNumeric()) {
            return parser.getDoubleValue();
        }
        parser.skipChildren();
        return null;
    }

    /**
     * A list of names (scalars, read as text), or {@code null} when the value is not a list.
     *
     * @throws IllegalArgumentException naming {@code field} when an element is an object or a list
     */
    static List<String> names(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (!token.isScalarValue()) {
                throw new IllegalArgumentException(field + " must be a list of names");
            }
            names.add(parser.getText());
        }
        return names;
    }

    /**
     * A list of numbers.
     *
     * @throws IllegalArgumentException naming {@code field} and the first value that is not a number
     */
    static double[] numbers(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(field + " must be a list of numbers");
        }
        double[] numbers = new double[16];
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = parser.getDoubleValue();
        }
        if (token != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException(field + " must be a list of numbers, got " + parser.getText());
        }
        return Arrays.copyOf(numbers, count);
    }

    /**
     * A list of trees, each an object of five lists of numbers ({@link TreeArrays}; other fields are skipped), or
     * an empty list when the value is not a list.
     *
     * @throws IllegalArgumentException naming {@code field} when an element is not such an object
     */
    static List<TreeArrays> trees(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return List.of();
        }
        List<TreeArrays> trees = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String tree = field + "[" + trees.size() + "]";
            if (token != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(tree + " must be an object");
            }
            Map<String, double[]> lists = new HashMap<>(8);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "feature", "threshold", "left", "right", "value" ->
                        lists.put(name, numbers(parser, tree + "." + name));
                    default -> parser.skipChildren();
                }
            }
            double[] none = new double[0];
            trees.add(new TreeArrays(
                    lists.getOrDefault("feature", none),
                    lists.getOrDefault("threshold", none),
                    lists.getOrDefault("left", none),
                    lists.getOrDefault("right", none),
                    lists.getOrDefault("value", none)));
        }
        return trees;
    }

    /**
     * An object of numbers, a {@code features} list of names and a list of {@code trees} (the length prior and the
     * word model); its other fields are skipped. {@code null} when the value is not an object.
     *
     * @throws IllegalArgumentException naming {@code field} when its features or trees are malformed
     */
    static TreeSection section(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, Double> numbers = new HashMap<>();
        List<String> features = null;
        List<TreeArrays> trees = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "features" -> features = names(parser, field + ".features");
                case "trees" ->
                    trees = parser.currentToken() == JsonToken.START_ARRAY
                            ? ModelJson.trees(parser, field + ".trees")
                            : null;
                default -> {
                    Double number = number(parser);
                    if (number != null) {
                        numbers.put(name, number);
                    }
                }
            }
        }
        return new TreeSection(numbers, features, trees);
    }

    /** Skips what is left of the value that began at {@code context} (after a problem in the middle of it). */
    static void skipRest(JsonParser parser, JsonStreamContext context) throws IOException {
        while (parser.getParsingContext() != context && parser.nextToken() != null) {
            // the rest of the value
        }
    }
}
