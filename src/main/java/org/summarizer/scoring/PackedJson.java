package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a JSON value into a tree of nodes as Jackson's {@code readValueAsTree} does, except that a non-empty array of
 * numbers becomes one node holding a {@code double[]} ({@link #numbers}) instead of a node per number: the model
 * file's trees are some 170,000 numbers in arrays of a few dozen, and a node per number was most of their read time.
 * The numbers are the parser's doubles, as the per-number nodes held them.
 */
final class PackedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PackedJson() {}

    /** Reads the value at the parser's current token (its last token consumed). */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, read(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            return array(parser);
        }
        return parser.readValueAsTree();
    }

    /** The numbers of a node {@link #read} packed, or {@code null} when it is not such a node. */
    static double[] numbers(JsonNode node) {
        return node instanceof POJONode pojo && pojo.getPojo() instanceof double[] values ? values : null;
    }

    /**
     * The numbers of an array node, packed or not.
     *
     * @throws IllegalArgumentException naming the first element that is not a number
     */
    static double[] doubles(JsonNode node) {
        double[] packed = numbers(node);
        if (packed != null) {
            return packed.clone();
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = node.get(i);
            if (!element.isNumber()) {
                throw new IllegalArgumentException("expected a number, got " + element);
            }
            values[i] = element.doubleValue();
        }
        return values;
    }

    /** {@link #doubles} as floats, as the trainer wrote the thresholds. */
    static float[] floats(JsonNode node) {
        double[] doubles = doubles(node);
        float[] values = new float[doubles.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) doubles[i];
        }
        return values;
    }

    /** {@link #doubles} as ints (node indices). */
    static int[] ints(JsonNode node) {
        double[] doubles = doubles(node);
        int[] values = new int[doubles.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) doubles[i];
        }
        return values;
    }

    private static JsonNode array(JsonParser parser) throws IOException {
        double[] numbers = new double[16];
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = parser.getDoubleValue();
        }
        if (token == JsonToken.END_ARRAY) {
            return count == 0 ? NODES.arrayNode() : NODES.pojoNode(Arrays.copyOf(numbers, count));
        }
        // not only numbers: the numbers read so far, then the rest, as nodes
        List<JsonNode> elements = new ArrayList<>(count + 8);
        for (int i = 0; i < count; i++) {
            elements.add(NODES.numberNode(numbers[i]));
        }
        for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(read(parser));
        }
        ArrayNode array = NODES.arrayNode(elements.size());
        array.addAll(elements);
        return array;
    }
}
