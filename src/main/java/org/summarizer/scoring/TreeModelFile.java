package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summarizer.features.Feature;
import org.summarizer.features.WordPriors;

/**
 * Reads the versioned model file of the {@code features} ranker, strictly: the file must name exactly the features
 * this code computes (an unknown or a missing feature is an error), so a model and the code cannot drift apart
 * unnoticed. The format:
 *
 * <pre>
 * {"format": "summarizer-trees", "formatVersion": 3, "version": "...", "trainingData": "...",
 *  "features": ["firstSentence", ...], "baseMargin": -1.2,
 *  "trees": [{"feature": [..], "threshold": [..], "left": [..], "right": [..], "value": [..]}, ...],
 *  "lengthPrior": {"strength": 1.0, "pivotWords": 20, "baseMargin": 0.3, "trees": [...]},
 *  "wordPriors": {"base": 0.2, "smoothing": 5, "words": [...], "articles": [...], "inReference": [...]},
 *  ...provenance fields...}
 * </pre>
 *
 * Tree feature indices point into the file's {@code features} list, whose order need not match the code's. The
 * {@code lengthPrior} (see {@link LengthPrior}) is required; strength 0 with no trees turns it off. The optional
 * {@code wordPriors} are described in {@link WordPriorsReader}; format version 3 stores them as parallel lists, where
 * version 2 had one field per word.
 */
public final class TreeModelFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "summarizer-trees";

    /** The format version this code reads. */
    public static final int FORMAT_VERSION = 3;

    /** The file stores word-prior counts as whole numbers of this fraction of an article (thousandths). */
    public static final int PRIOR_COUNT_UNITS = 1000;

    // The word priors' tens of thousands of words are field names seen once each: neither interned (they would
    // fill the JVM's string table) nor kept in the parser's symbol table. Their numbers go through Jackson's fast
    // double parser (the JDK's parseDouble was the largest cost of a read).
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build());

    private TreeModelFile() {}

    /**
     * Reads a model from a class path resource or, when there is none of that name, from a file.
     *
     * @throws IllegalStateException naming the resource when it is missing or invalid
     */
    public static TreeModel readResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream found = loader.getResourceAsStream(resource);
        try (InputStream in = found != null ? found : openFile(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "model '" + resource + "' is neither a class path resource nor a readable file");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource '" + resource + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("model resource '" + resource + "' is invalid: " + e.getMessage(), e);
        }
    }

    private static InputStream openFile(String path) throws IOException {
        Path file = Path.of(path);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    /**
     * Reads a model from JSON.
     *
     * @throws IllegalArgumentException when the file is not a model this code can apply
     */
    public static TreeModel read(InputStream in) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        WordPriors priors = WordPriors.NONE;
        IllegalArgumentException priorsProblem = null;
        // streamed, so the word priors' tens of thousands of entries never become a tree of nodes
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a '" + FORMAT + "' file");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonStreamContext top = parser.getParsingContext();
                parser.nextToken();
                if (!name.equals("wordPriors")) {
                    root.set(name, parser.readValueAsTree());
                } else {
                    try {
                        priors = WordPriorsReader.read(parser);
                    } catch (IllegalArgumentException e) {
                        // reported after the checks of the format and the trees, as a whole-file read would
                        priorsProblem = e;
                        while (parser.getParsingContext() != top && parser.nextToken() != null) {
                            // skip the rest of the wordPriors value
                        }
                    }
                }
            }
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a '" + FORMAT + "' file");
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "format version " + root.path("formatVersion") + ", expected " + FORMAT_VERSION);
        }
        int[] ordinals = featureOrdinals(root.path("features"));
        List<RegressionTree> trees = trees(root.path("trees"), ordinals);
        if (!root.path("baseMargin").isNumber()) {
            throw new IllegalArgumentException("baseMargin is missing");
        }
        if (priorsProblem != null) {
            throw priorsProblem;
        }
        if (priors.isEmpty()) {
            for (Feature feature : Feature.values()) {
                if (!feature.fromWordPriors()) {
                    continue;
                }
                for (RegressionTree tree : trees) {
                    if (!tree.splitsOnlyOn(ordinal -> ordinal != feature.ordinal())) {
                        throw new IllegalArgumentException(
                                "the trees split on '" + feature.key() + "' but the file has no wordPriors");
                    }
                }
            }
        }
        return new TreeModel(
                root.path("version").asText("unversioned"),
                root.path("trainingData").asText(""),
                root.path("baseMargin").asDouble(),
                trees,
                lengthPrior(root.path("lengthPrior"), ordinals),
                priors);
    }

    private static LengthPrior lengthPrior(JsonNode prior, int[] ordinals) {
        if (!prior.isObject()) {
            throw new IllegalArgumentException("lengthPrior is missing");
        }
        for (String key : List.of("strength", "pivotWords", "baseMargin")) {
            if (!prior.path(key).isNumber()) {
                throw new IllegalArgumentException("lengthPrior." + key + " is missing");
            }
        }
        if (!prior.path("trees").isArray()) {
            throw new IllegalArgumentException("lengthPrior.trees is missing");
        }
        return new LengthPrior(
                prior.path("strength").asDouble(),
                prior.path("pivotWords").asDouble(),
                prior.path("baseMargin").asDouble(),
                trees(prior.path("trees"), ordinals));
    }

    private static List<RegressionTree> trees(JsonNode list, int[] ordinals) {
        List<RegressionTree> trees = new ArrayList<>();
        for (JsonNode tree : list) {
            int[] feature = ints(tree.path("feature"));
            int[] mapped = new int[feature.length];
            for (int i = 0; i < feature.length; i++) {
                mapped[i] = feature[i] >= 0 && feature[i] < ordinals.length ? ordinals[feature[i]] : -1;
            }
            int[] left = ints(tree.path("left"));
            for (int i = 0; i < left.length; i++) {
                if (left[i] == -1) {
                    mapped[i] = 0; // leaves test nothing
                }
            }
            trees.add(new RegressionTree(
                    mapped,
                    floats(tree.path("threshold")),
                    left,
                    ints(tree.path("right")),
                    doubles(tree.path("value")),
                    Feature.values().length));
        }
        return trees;
    }

    private static int[] featureOrdinals(JsonNode features) {
        if (!features.isArray()) {
            throw new IllegalArgumentException("features must be a list of feature names");
        }
        int[] ordinals = new int[features.size()];
        Set<Feature> seen = new HashSet<>();
        for (int i = 0; i < ordinals.length; i++) {
            Feature feature = Feature.fromKey(features.get(i).asText());
            if (!seen.add(feature)) {
                throw new IllegalArgumentException("feature '" + feature.key() + "' is listed twice");
            }
            ordinals[i] = feature.ordinal();
        }
        for (Feature feature : Feature.values()) {
            if (!seen.contains(feature)) {
                throw new IllegalArgumentException("feature '" + feature.key() + "' is missing from the model");
            }
        }
        return ordinals;
    }

    private static int[] ints(JsonNode node) {
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = checkedNumber(node.get(i)).intValue();
        }
        return values;
    }

    private static float[] floats(JsonNode node) {
        float[] values = new float[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = checkedNumber(node.get(i)).floatValue();
        }
        return values;
    }

    private static double[] doubles(JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = checkedNumber(node.get(i)).doubleValue();
        }
        return values;
    }

    private static JsonNode checkedNumber(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + node);
        }
        return node;
    }
}
