package org.summarizer.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.summarizer.eval.Oracle;
import org.summarizer.features.Feature;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.features.WordPriors;
import org.summarizer.scoring.TreeModel;

/**
 * Trains the gradient-boosted trees of the {@code features} ranker with XGBoost: each sentence is a row of feature
 * values labelled 1 when the greedy ROUGE oracle picks it for the reference, weighted so that each data set counts
 * as its share says however many articles it has. The trees are exported to the service's model format and checked
 * against XGBoost's own predictions before they are returned.
 */
public final class Trainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How far the exported trees may disagree with XGBoost on a training row's margin. */
    private static final double EXPORT_TOLERANCE = 1e-4;

    /**
     * XGBoost's settings for the ranker's trees.
     *
     * @param objective      an XGBoost objective: {@code binary:logistic} or a ranking objective such as
     *                       {@code rank:pairwise} (one query per article)
     * @param rounds         boosting rounds (trees)
     * @param depth          the trees' maximum depth
     * @param eta            the learning rate
     * @param subsample      the share of rows each tree sees
     * @param minChildWeight the least total weight (hessian) a leaf may hold
     * @param seed           the random seed for row subsampling
     */
    public record Trees(
            String objective, int rounds, int depth, double eta, double subsample, double minChildWeight, long seed) {

        /** Whether the objective ranks the sentences of an article against each other. */
        boolean ranking() {
            return objective.startsWith("rank:");
        }
    }

    /**
     * How training sentences are labelled.
     *
     * @param oracleSentences    the oracle summary length that defines the labels
     * @param graded             graded labels for a ranking objective: 3 for the oracle's sentences, else 0-2 by the
     *                           sentence's own ROUGE relative to the article's best; otherwise 1 for the oracle's
     * @param oracleRouge2Weight the weight of ROUGE-2 F1 beside ROUGE-1 F1 in the oracle that labels (0: ROUGE-1
     *                           only)
     * @param topSelections      0 for the greedy oracle's picks; otherwise each sentence's score-weighted share of
     *                           this many best selections ({@link Oracle#topSelectionShares})
     */
    public record Labels(int oracleSentences, boolean graded, double oracleRouge2Weight, int topSelections) {

        /** Labels from the greedy oracle's picks. */
        public Labels(int oracleSentences, boolean graded, double oracleRouge2Weight) {
            this(oracleSentences, graded, oracleRouge2Weight, 0);
        }
    }

    /**
     * The learner's settings.
     *
     * @param trees      the trees' settings
     * @param labels     how sentences are labelled
     * @param excluded   features held at 0 (for ablations)
     * @param increasing features whose effect the trees must keep non-decreasing (XGBoost's monotone constraints):
     *                   more of them never lowers a score
     */
    public record Settings(Trees trees, Labels labels, Set<Feature> excluded, Set<Feature> increasing) {

        public Settings {
            Objects.requireNonNull(trees, "trees");
            Objects.requireNonNull(labels, "labels");
            excluded = Set.copyOf(excluded);
            increasing = Set.copyOf(increasing);
        }

        Map<String, Object> params(int threads) {
            Map<String, Object> params = new HashMap<>();
            params.put("objective", trees.objective());
            params.put("max_depth", trees.depth());
            params.put("eta", trees.eta());
            params.put("subsample", trees.subsample());
            params.put("min_child_weight", trees.minChildWeight());
            params.put("tree_method", "hist");
            params.put("seed", trees.seed());
            params.put("nthread", threads);
            StringBuilder monotone = new StringBuilder("(");
            for (Feature feature : Feature.values()) {
                monotone.append(feature.ordinal() == 0 ? "" : ",").append(increasing.contains(feature) ? 1 : 0);
            }
            params.put("monotone_constraints", monotone.append(')').toString());
            params.put("verbosity", 1);
            return params;
        }
    }

    /**
     * One training article.
     *
     * @param document  its features
     * @param sentences its sentences, one line each
     * @param reference its reference sentences
     * @param weight    the weight of each of its rows
     */
    public record Example(FeaturedDocument document, List<String> sentences, List<String> reference, double weight) {}

    /**
     * A trained model.
     *
     * @param file  the model file's content, without provenance
     * @param model the same model as the service reads it
     */
    public record Trained(ObjectNode file, TreeModel model) {}

    private final Settings settings;

    /** A trainer with these settings. */
    public Trainer(Settings settings) {
        this.settings = settings;
    }

    /** Labels, trains, exports and checks the model. */
    public Trained train(List<Example> examples, String version, String trainingData) {
        return train(examples, version, trainingData, WordPriors.NONE);
    }

    /**
     * Labels, trains, exports and checks the model, whose file carries the given word priors (no {@code wordPriors}
     * object when they are empty): the priors the training features were computed with.
     */
    public Trained train(List<Example> examples, String version, String trainingData, WordPriors wordPriors) {
        return train(examples, version, trainingData, wordPriors, null);
    }

    /**
     * Labels, trains, exports and checks the model, whose file carries the given word priors and word model section
     * ({@link WordModelTrainer.Trained#section()}, or {@code null} for none): those the training features were
     * computed with.
     */
    public Trained train(
            List<Example> examples, String version, String trainingData, WordPriors wordPriors, JsonNode wordModel) {
        List<double[]> labels = OracleLabels.of(examples, settings.labels());
        int columns = Feature.values().length;
        int rows = examples.stream().mapToInt(e -> e.document().size()).sum();
        float[] x = new float[rows * columns];
        float[] y = new float[rows];
        float[] rowWeights = new float[rows];
        List<Integer> groups = new ArrayList<>();
        List<Float> groupWeights = new ArrayList<>();
        boolean ranking = settings.trees().ranking();
        int row = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            FeaturedDocument document = example.document();
            if (document.size() == 0) {
                continue;
            }
            groups.add(document.size());
            groupWeights.add((float) example.weight());
            for (int s = 0; s < document.size(); s++) {
                double[] values = document.features().get(s).toArray();
                for (Feature feature : settings.excluded()) {
                    values[feature.ordinal()] = 0;
                }
                for (int c = 0; c < columns; c++) {
                    x[row * columns + c] = (float) values[c];
                }
                double label = labels.get(i)[s];
                // binary:logistic takes graded labels as probabilities in [0, 1]
                y[row] = (float) (settings.labels().graded() && !ranking ? label / 3 : label);
                rowWeights[row] = (float) example.weight();
                row++;
            }
        }
        try {
            DMatrix matrix = new DMatrix(x, rows, columns, Float.NaN);
            matrix.setLabel(y);
            if (ranking) {
                matrix.setGroup(groups.stream().mapToInt(Integer::intValue).toArray());
                float[] weights = new float[groupWeights.size()];
                for (int g = 0; g < weights.length; g++) {
                    weights[g] = groupWeights.get(g);
                }
                matrix.setWeight(weights);
            } else {
                matrix.setWeight(rowWeights);
            }
            int threads = Runtime.getRuntime().availableProcessors();
            Booster booster = XGBoost.train(
                    matrix, settings.params(threads), settings.trees().rounds(), Map.of(), null, null);
            ObjectNode file = TreeExport.export(JSON.readTree(booster.toByteArray("json")), version, trainingData);
            if (!wordPriors.isEmpty()) {
                file.set("wordPriors", TreeExport.wordPriors(wordPriors));
            }
            if (wordModel != null) {
                file.set("wordModel", wordModel);
            }
            float[][] margins = booster.predict(matrix, true, 0);
            TreeModel model = TreeExport.read(file);
            double base = margins[0][0] - margin(model, x, 0, columns) + model.baseMargin();
            file.put("baseMargin", base);
            model = TreeExport.read(file);
            checkAgainstBooster(model, x, margins, columns);
            matrix.dispose();
            booster.dispose();
            return new Trained(file, model);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double margin(TreeModel model, float[] x, int row, int columns) {
        double[] values = new double[columns];
        for (int c = 0; c < columns; c++) {
            values[c] = x[row * columns + c];
        }
        return model.margin(org.summarizer.features.FeatureVector.of(values));
    }

    /** The exported trees must give XGBoost's margins on every training row (up to float rounding). */
    private static void checkAgainstBooster(TreeModel model, float[] x, float[][] margins, int columns) {
        double worst = 0;
        for (int row = 0; row < margins.length; row++) {
            worst = Math.max(worst, Math.abs(margin(model, x, row, columns) - margins[row][0]));
        }
        if (worst > EXPORT_TOLERANCE) {
            throw new IllegalStateException("exported trees differ from XGBoost by up to " + worst);
        }
    }
}
