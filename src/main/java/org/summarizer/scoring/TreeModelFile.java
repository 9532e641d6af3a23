package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
    // double parser (the JDK's parseDouble was the largest cost of a read). Only the streaming parser is used.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

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
        Fields file = new Fields();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a '" + FORMAT + "' file");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonStreamContext top = parser.getParsingContext();
                parser.nextToken();
                try {
                    file.read(name, parser);
                } catch (IllegalArgumentException e) {
                    // reported in the order of the checks below, as a whole-file read would
                    file.problems.putIfAbsent(name, e);
                    ModelJson.skipRest(parser, top);
                }
            }
        }
        return file.model();
    }

    /** A parser over JSON text with this reader's settings. */
    static JsonParser parser(String json) throws IOException {
        return JSON.createParser(json);
    }

    /** The top-level fields of a model file as they were streamed, and their checks. */
    private static final class Fields {

        private final Map<String, IllegalArgumentException> problems = new HashMap<>();
        private String format;
        private String formatVersion;
        private String version;
        private String trainingData;
        private List<String> features;
        private Double baseMargin;
        private List<TreeArrays> trees = List.of();
        private TreeSection lengthPrior;
        private WordPriors priors = WordPriors.NONE;
        private boolean hasWordModel;
        private TreeSection wordModel;

        void read(String name, JsonParser parser) throws IOException {
            switch (name) {
                case "format" -> format = ModelJson.text(parser);
                case "formatVersion" -> formatVersion = ModelJson.text(parser);
                case "version" -> version = ModelJson.text(parser);
                case "trainingData" -> trainingData = ModelJson.text(parser);
                case "features" -> features = ModelJson.names(parser, "features");
                case "baseMargin" -> baseMargin = ModelJson.number(parser);
                case "trees" -> trees = ModelJson.trees(parser, "trees");
                case "lengthPrior" -> lengthPrior = ModelJson.section(parser, "lengthPrior");
                case "wordPriors" -> priors = WordPriorsReader.read(parser);
                case "wordModel" -> {
                    hasWordModel = true;
                    wordModel = ModelJson.section(parser, "wordModel");
                }
                default -> parser.skipChildren(); // provenance
            }
        }

        TreeModel model() {
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException("not a '" + FORMAT + "' file");
            }
            if (!String.valueOf(FORMAT_VERSION).equals(formatVersion)) {
                throw new IllegalArgumentException("format version "
                        + (formatVersion == null ? "missing" : formatVersion) + ", expected " + FORMAT_VERSION);
            }
            rethrow("features");
            int[] ordinals = featureOrdinals(features);
            rethrow("trees");
            List<RegressionTree> rankingTrees = trees(trees, ordinals, Feature.values().length);
            if (baseMargin == null) {
                throw new IllegalArgumentException("baseMargin is missing");
            }
            rethrow("wordPriors");
            if (priors.isEmpty()) {
                requireNoSplitOn(rankingTrees, Feature::fromWordPriors, "wordPriors");
            }
            WordModel words = WordModel.NONE;
            if (hasWordModel) {
                if (priors.isEmpty()) {
                    throw new IllegalArgumentException("a wordModel needs the wordPriors it reads");
                }
                rethrow("wordModel");
                words = TreeWordModel.read(wordModel);
            } else {
                requireNoSplitOn(rankingTrees, Feature::fromWordModel, "wordModel");
            }
            rethrow("lengthPrior");
            return new TreeModel(
                    version == null ? "unversioned" : version,
                    trainingData == null ? "" : trainingData,
                    baseMargin,
                    rankingTrees,
                    lengthPrior(lengthPrior, ordinals),
                    priors,
                    words);
        }

        private void rethrow(String field) {
            IllegalArgumentException problem = problems.get(field);
            if (problem != null) {
                throw problem;
            }
        }
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

    private static LengthPrior lengthPrior(TreeSection prior, int[] ordinals) {
        if (prior == null) {
            throw new IllegalArgumentException("lengthPrior is missing");
        }
        for (String key : List.of("strength", "pivotWords", "baseMargin")) {
            if (!prior.numbers().containsKey(key)) {
                throw new IllegalArgumentException("lengthPrior." + key + " is missing");
            }
        }
        if (prior.trees() == null) {
            throw new IllegalArgumentException("lengthPrior.trees is missing");
        }
        return new LengthPrior(
                prior.numbers().get("strength"),
                prior.numbers().get("pivotWords"),
                prior.numbers().get("baseMargin"),
                trees(prior.trees(), ordinals, Feature.values().length));
    }

    /**
     * The trees of a model file, their feature indices mapped through {@code ordinals} (the file's order to the
     * code's).
     *
     * @param features how many features the code has
     */
    static List<RegressionTree> trees(List<TreeArrays> trees, int[] ordinals, int features) {
        List<RegressionTree> checked = new ArrayList<>(trees.size());
        for (TreeArrays tree : trees) {
            checked.add(tree.toTree(ordinals, features));
        }
        return checked;
    }

    private static int[] featureOrdinals(List<String> features) {
        if (features == null) {
            throw new IllegalArgumentException("features must be a list of feature names");
        }
        return ordinals(features, Feature.values(), Feature::fromKey, Feature::key, "feature");
    }

    /**
     * The code's ordinal of each name a file lists, in the file's order; every constant must be listed once.
     *
     * @param what what a name is, for the messages ("feature", "word feature")
     * @throws IllegalArgumentException when a name is unknown ({@code fromKey}'s message), listed twice or missing
     */
    static <E extends Enum<E>> int[] ordinals(
            List<String> names, E[] all, Function<String, E> fromKey, Function<E, String> key, String what) {
        int[] ordinals = new int[names.size()];
        Set<E> seen = new HashSet<>();
        for (int i = 0; i < ordinals.length; i++) {
            E constant = fromKey.apply(names.get(i));
            if (!seen.add(constant)) {
                throw new IllegalArgumentException(what + " '" + key.apply(constant) + "' is listed twice");
            }
            ordinals[i] = constant.ordinal();
        }
        for (E constant : all) {
            if (!seen.contains(constant)) {
                throw new IllegalArgumentException(what + " '" + key.apply(constant) + "' is missing from the model");
            }
        }
        return ordinals;
    }
}
