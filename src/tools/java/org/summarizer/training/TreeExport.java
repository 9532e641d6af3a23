package org.summarizer.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeMap;
import org.summarizer.features.Feature;
import org.summarizer.features.WordPriors;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;

/**
 * Converts an XGBoost JSON model ({@code Booster.toByteArray("json")}) into the service's model file: per tree the
 * split feature, threshold, children and node values. XGBoost stores a leaf's output in {@code split_conditions};
 * an internal node's value here is the hessian-weighted mean of its children ({@code sum_hessian}), which the
 * service's explanations attribute along the path. The base margin is left at 0 for the caller to calibrate, and the
 * length prior is off until {@link LengthPriorTrainer} fills it in. It also writes the word priors' section and reads a
 * file's content back as the service reads the file.
 */
final class TreeExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeExport() {}

    static ObjectNode export(JsonNode xgboost, String version, String trainingData) {
        ObjectNode file = JSON.createObjectNode();
        file.put("format", TreeModelFile.FORMAT);
        file.put("formatVersion", TreeModelFile.FORMAT_VERSION);
        file.put("version", version);
        file.put("trainingData", trainingData);
        ArrayNode features = file.putArray("features");
        for (Feature feature : Feature.values()) {
            features.add(feature.key());
        }
        file.put("baseMargin", 0.0);
        file.set("trees", trees(xgboost));
        ObjectNode prior = file.putObject("lengthPrior");
        prior.put("strength", 0.0);
        prior.put("pivotWords", 20.0);
        prior.put("baseMargin", 0.0);
        prior.putArray("trees");
        return file;
    }

    /** The trees of an XGBoost JSON model in the service's format, feature indices by {@link Feature#ordinal()}. */
    static ArrayNode trees(JsonNode xgboost) {
        ArrayNode trees = JSON.createArrayNode();
        for (JsonNode tree :
                xgboost.path("learner").path("gradient_booster").path("model").path("trees")) {
            trees.add(tree(tree));
        }
        if (trees.isEmpty()) {
            throw new IllegalStateException("no trees in the XGBoost model");
        }
        return trees;
    }

    private static ObjectNode tree(JsonNode tree) {
        JsonNode left = tree.path("left_children");
        JsonNode right = tree.path("right_children");
        JsonNode split = tree.path("split_indices");
        JsonNode condition = tree.path("split_conditions");
        JsonNode hessian = tree.path("sum_hessian");
        int n = left.size();
        double[] value = new double[n];
        double[] cover = new double[n];
        for (int node = n - 1; node >= 0; node--) { // children come after their parent
            cover[node] = hessian.get(node).asDouble();
            if (left.get(node).asInt() == -1) {
                value[node] = condition.get(node).asDouble();
            } else {
                int l = left.get(node).asInt();
                int r = right.get(node).asInt();
                double total = cover[l] + cover[r];
                value[node] = total > 0 ? (cover[l] * value[l] + cover[r] * value[r]) / total : 0;
            }
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode features = out.putArray("feature");
        ArrayNode thresholds = out.putArray("threshold");
        ArrayNode lefts = out.putArray("left");
        ArrayNode rights = out.putArray("right");
        ArrayNode values = out.putArray("value");
        for (int node = 0; node < n; node++) {
            boolean leaf = left.get(node).asInt() == -1;
            features.add(leaf ? 0 : split.get(node).asInt());
            thresholds.add(leaf ? 0f : (float) condition.get(node).asDouble());
            lefts.add(left.get(node).asInt());
            rights.add(right.get(node).asInt());
            values.add(value[node]);
        }
        return out;
    }

    /** Reads a model file's content the way the service reads the file. */
    static TreeModel read(ObjectNode file) {
        try {
            return TreeModelFile.read(new ByteArrayInputStream(JSON.writeValueAsBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model file's {@code wordPriors} object: words in alphabetical order, their counts in thousandths of an
     * article (the counts are rounded to three decimals when they are built).
     */
    static ObjectNode wordPriors(WordPriors priors) {
        ObjectNode node = JSON.createObjectNode();
        node.put("base", priors.base());
        node.put("smoothing", priors.smoothing());
        ArrayNode words = node.putArray("words");
        ArrayNode articles = node.putArray("articles");
        ArrayNode inReference = node.putArray("inReference");
        new TreeMap<>(priors.counts()).forEach((word, c) -> {
            words.add(word);
            articles.add(Math.round(c.articles() * TreeModelFile.PRIOR_COUNT_UNITS));
            inReference.add(Math.round(c.inReference() * TreeModelFile.PRIOR_COUNT_UNITS));
        });
        return node;
    }
}
