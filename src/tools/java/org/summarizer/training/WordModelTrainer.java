package org.summarizer.training;

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
import org.summarizer.features.WordFeature;
import org.summarizer.scoring.TreeWordModel;

/**
 * Trains the {@link org.summarizer.features.WordModel word model} with XGBoost: one row per distinct word of a
 * training article ({@link org.summarizer.features.WordContext}), labelled 1 when the article's reference holds the
 * word, weighted by the article's weight. The trees are exported to the model file's {@code wordModel} section and
 * checked against XGBoost's own margins before they are returned.
 */
public final class WordModelTrainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How far the exported trees may disagree with XGBoost on a training row's margin. */
    private static final double EXPORT_TOLERANCE = 1e-4;

    /**
     * One word of a training article.
     *
     * @param x           its values, indexed by {@link WordFeature#ordinal()}
     * @param inReference whether the article's reference holds it
     * @param weight      the article's weight
     */
    public record Row(float[] x, boolean inReference, float weight) {}

    /**
     * XGBoost's settings for the word model's trees ({@code binary:logistic}).
     *
     * @param rounds boosting rounds (trees)
     * @param depth  the trees' maximum depth
     * @param seed   the random seed for row subsampling
     */
    public record Settings(int rounds, int depth, long seed) {

        /** The learning rate. */
        static final double ETA = 0.1;

        /** The share of rows each tree sees. */
        static final double SUBSAMPLE = 0.8;

        /** The least total weight (hessian) a leaf may hold. */
        static final double MIN_CHILD_WEIGHT = 10;

        public Settings {
            if (rounds < 1 || depth < 1) {
                throw new IllegalArgumentException("a word model needs at least one round of depth 1 or more");
            }
        }
    }

    /**
     * A trained word model.
     *
     * @param section the model file's {@code wordModel} section
     * @param model   the model as the service reads that section
     */
    public record Trained(ObjectNode section, TreeWordModel model) {}

    private final Settings settings;

    /** A trainer with these settings. */
    public WordModelTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains, exports and checks a word model on these rows. */
    public Trained train(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no words to train a word model on");
        }
        int columns = WordFeature.values().length;
        float[] x = new float[rows.size() * columns];
        float[] y = new float[rows.size()];
        float[] weights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r).x(), 0, x, r * columns, columns);
            y[r] = rows.get(r).inReference() ? 1 : 0;
            weights[r] = rows.get(r).weight();
        }
        try {
            DMatrix matrix = new DMatrix(x, rows.size(), columns, Float.NaN);
            matrix.setLabel(y);
            matrix.setWeight(weights);
            Booster booster = XGBoost.train(matrix, params(), settings.rounds(), Map.of(), null, null);
            ObjectNode section = JSON.createObjectNode();
            ArrayNode features = section.putArray("features");
            for (WordFeature feature : WordFeature.values()) {
                features.add(feature.key());
            }
            section.put("baseMargin", 0.0);
            section.set("trees", TreeExport.trees(JSON.readTree(booster.toByteArray("json"))));
            float[][] margins = booster.predict(matrix, true, 0);
            double base = margins[0][0]
                    - TreeWordModel.read(JSON.writeValueAsString(section)).margin(row(x, 0, columns));
            section.put("baseMargin", base);
            TreeWordModel model = TreeWordModel.read(JSON.writeValueAsString(section));
            double worst = 0;
            for (int r = 0; r < margins.length; r++) {
                worst = Math.max(worst, Math.abs(model.margin(row(x, r, columns)) - margins[r][0]));
            }
            matrix.dispose();
            booster.dispose();
            if (worst > EXPORT_TOLERANCE) {
                throw new IllegalStateException("exported word trees differ from XGBoost by up to " + worst);
            }
            return new Trained(section, model);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("max_depth", settings.depth());
        params.put("eta", Settings.ETA);
        params.put("subsample", Settings.SUBSAMPLE);
        params.put("min_child_weight", Settings.MIN_CHILD_WEIGHT);
        params.put("tree_method", "hist");
        params.put("seed", settings.seed());
        params.put("nthread", Runtime.getRuntime().availableProcessors());
        params.put("verbosity", 1);
        return params;
    }

    private static double[] row(float[] x, int r, int columns) {
        double[] row = new double[columns];
        for (int c = 0; c < columns; c++) {
            row[c] = x[r * columns + c];
        }
        return row;
    }
}
