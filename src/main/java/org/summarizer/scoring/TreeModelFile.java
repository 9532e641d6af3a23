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
import java.util.function.Predicate;
import org.summarizer.features.Feature;
import org.summarizer.features.WordModel;
import org.summarizer.features.WordPriors;

/**
 * Reads the versioned model file of the {@code features} ranker, strictly: the file must name exactly the features
 * this code computes (an unknown or a missing feature is an error), so a model and the code cannot drift apart
 * unnoticed. The format:
 *
 * <pre>
 * {"format": "summarizer-trees", "formatVersion": 4, "version": "...", "trainingData": "...",
 *  "features": ["firstSentence", ...], "baseMargin": -1.2,
 *  "trees": [{"feature": [..], "threshold": [..], "left": [..], "right": [..], "value": [..]}, ...],
 *  "lengthPrior": {"strength": 1.0, "pivotWords": 20, "baseMargin": 0.3, "trees": [...]},
 *  "wordPriors": {"base": 0.2, "smoothing": 5, "words": [...], "articles": [...], "inReference": [...]},
 *  "wordModel": {"features": ["prior", ...], "baseMargin": -2.1, "trees": [...]},
 *  ...provenance fields...}
 * </pre>
 *
 * Tree feature indices point into the file's {@code features} list, whose order need not match the code's. The
 * {@code lengthPrior} (see {@link LengthPrior}) is required; strength 0 with no trees turns it off. The optional
 * {@code wordPriors} are described in {@link WordPriorsReader}; format version 3 stores them as parallel lists, where
 * version 2 had one field per word. The optional {@code wordModel} (format version 4) is described in {@link
 * TreeWordModel}; it needs the word priors, and trees that split on a {@code wordSalience*} feature need it.
 */
public final class TreeModelFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "summarizer-trees";

    /** The format version this code reads. */
    public static final int FORMAT_VERSION = 4;

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
                    root.set(name, PackedJson.read(parser));
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
            requireNoSplitOn(trees, Feature::fromWordPriors, "wordPriors");
        }
        WordModel wordModel = WordModel.NONE;
        if (root.has("wordModel")) {
            if (priors.isEmpty()) {
                throw new IllegalArgumentException("a wordModel needs the wordPriors it reads");
            }
            wordModel = TreeWordModel.read(root.path("wordModel"));
        } else {
            requireNoSplitOn(trees, Feature::fromWordModel, "wordModel");
        }
        return new TreeModel(
                root.path("version").asText("unversioned"),
                root.path("trainingData").asText(""),
                root.path("baseMargin").asDouble(),
                trees,
                lengthPrior(root.path("lengthPrior"), ordinals),
                priors,
                wordModel);
    }

    private static void requireNoSplitOn(List<RegressionTree> trees, Predicate<Feature> needing, String section) {
        for (Feature feature : Feature.values()) {
            if (!needing.test(feature)) {
                continue;
            }
            for (RegressionTree tree : trees) {
                if (!tree.splitsOnlyOn(ordinal -> ordinal != feature.ordinal())) {
                    throw new IllegalArgumentException(
                            "the trees split on '" + feature.key() + "' but the file has no " + section);
                }
            }
        }
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
        return trees(list, ordinals, Feature.values().length);
    }

    /**
     * The trees of a model file, their feature indices mapped through {@code ordinals} (the file's order to the
     * code's).
     *
     * @param features how many features the code has
     */
    static List<RegressionTree> trees(JsonNode list, int[] ordinals, int features) {
        List<RegressionTree> trees = new ArrayList<>();
        for (JsonNode tree : list) {
            int[] feature = PackedJson.ints(tree.path("feature"));
            int[] mapped = new int[feature.length];
            for (int i = 0; i < feature.length; i++) {
                mapped[i] = feature[i] >= 0 && feature[i] < ordinals.length ? ordinals[feature[i]] : -1;
            }
            int[] left = PackedJson.ints(tree.path("left"));
            for (int i = 0; i < left.length; i++) {
                if (left[i] == -1) {
                    mapped[i] = 0; // leaves test nothing
                }
            }
            trees.add(new RegressionTree(
                    mapped,
                    PackedJson.floats(tree.path("threshold")),
                    left,
                    PackedJson.ints(tree.path("right")),
                    PackedJson.doubles(tree.path("value")),
                    features));
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
}
