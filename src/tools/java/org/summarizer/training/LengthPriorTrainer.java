package org.summarizer.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.scoring.LengthPrior;

/**
 * Trains the {@link LengthPrior}'s shortness trees with XGBoost: one row per article, its document-level features
 * only, labelled 1 when the article's reference summary has at most {@code shortWords} words. The result is the
 * model file's {@code lengthPrior} object.
 */
public final class LengthPriorTrainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The prior's settings.
     *
     * @param strength   the penalty strength written to the file (see {@link LengthPrior})
     * @param pivotWords the sentence length that is neither penalized nor favoured
     * @param shortWords a reference of at most this many words makes its article a positive example
     * @param rounds     boosting rounds
     * @param depth      the trees' maximum depth
     * @param seed       XGBoost's seed
     */
    public record Settings(double strength, double pivotWords, int shortWords, int rounds, int depth, long seed) {}

    /**
     * One training article.
     *
     * @param features       the features of any of its sentences (only the document-level ones are read)
     * @param referenceWords the number of words in its reference summary
     * @param weight         the row's weight
     */
    public record Example(FeatureVector features, int referenceWords, double weight) {}

    private final Settings settings;

    /** A trainer with these settings. */
    public LengthPriorTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains the shortness trees and returns the ranker with them as its length prior. */
    public Trainer.Trained addTo(Trainer.Trained ranker, List<Example> examples) {
        ObjectNode file = ranker.file().deepCopy();
        file.set("lengthPrior", train(examples));
        return new Trainer.Trained(file, TreeExport.read(file));
    }

    /** Trains the shortness trees and returns the {@code lengthPrior} object of the model file. */
    public ObjectNode train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no article to train the length prior on");
        }
        int columns = Feature.values().length;
        float[] x = new float[examples.size() * columns];
        float[] y = new float[examples.size()];
        float[] weights = new float[examples.size()];
        for (int row = 0; row < examples.size(); row++) {
            Example example = examples.get(row);
            double[] values = example.features().toArray();
            for (Feature feature : Feature.values()) {
                x[row * columns + feature.ordinal()] = feature.documentLevel() ? (float) values[feature.ordinal()] : 0f;
            }
            y[row] = example.referenceWords() <= settings.shortWords() ? 1 : 0;
            weights[row] = (float) example.weight();
        }
        try {
            DMatrix matrix = new DMatrix(x, examples.size(), columns, Float.NaN);
            matrix.setLabel(y);
            matrix.setWeight(weights);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("max_depth", settings.depth());
            params.put("eta", 0.1);
            params.put("min_child_weight", 5);
            params.put("tree_method", "hist");
            params.put("seed", settings.seed());
            params.put("nthread", Runtime.getRuntime().availableProcessors());
            params.put("verbosity", 1);
            Booster booster = XGBoost.train(matrix, params, settings.rounds(), Map.of(), null, null);
            JsonNode model = JSON.readTree(booster.toByteArray("json"));
            ArrayNode trees = TreeExport.trees(model);
            float[][] margins = booster.predict(matrix, true, 0);
            ObjectNode prior = JSON.createObjectNode();
            prior.put("strength", settings.strength());
            prior.put("pivotWords", settings.pivotWords());
            prior.put("shortWords", settings.shortWords());
            prior.put("baseMargin", 0.0);
            prior.set("trees", trees);
            LengthPrior uncalibrated = read(prior);
            double base =
                    margins[0][0] - uncalibrated.shortnessMargin(examples.get(0).features());
            prior.put("baseMargin", base);
            check(read(prior), examples, margins);
            matrix.dispose();
            booster.dispose();
            return prior;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exported trees must give XGBoost's margins on every row (up to float rounding). */
    private static void check(LengthPrior prior, List<Example> examples, float[][] margins) {
        double worst = 0;
        for (int row = 0; row < margins.length; row++) {
            double margin = prior.shortnessMargin(examples.get(row).features());
            worst = Math.max(worst, Math.abs(margin - margins[row][0]));
        }
        if (worst > 1e-4) {
            throw new IllegalStateException("exported length prior differs from XGBoost by up to " + worst);
        }
    }

    private static LengthPrior read(ObjectNode prior) {
        return TreeExport.read(withPrior(prior)).lengthPrior();
    }

    /** A minimal model file around the prior, to read it the way the service does. */
    private static ObjectNode withPrior(ObjectNode prior) {
        ObjectNode file = JSON.createObjectNode();
        file.put("format", org.summarizer.scoring.TreeModelFile.FORMAT);
        file.put("formatVersion", org.summarizer.scoring.TreeModelFile.FORMAT_VERSION);
        ArrayNode features = file.putArray("features");
        for (Feature feature : Feature.values()) {
            features.add(feature.key());
        }
        file.put("baseMargin", 0.0);
        ObjectNode leaf = file.putArray("trees").addObject();
        leaf.putArray("feature").add(0);
        leaf.putArray("threshold").add(0);
        leaf.putArray("left").add(-1);
        leaf.putArray("right").add(-1);
        leaf.putArray("value").add(0.0);
        file.set("lengthPrior", prior);
        return file;
    }
}
