package org.summarizer.ranking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default ranker: scores sentences with a learned {@link LinearModel} over the CoreNLP-derived features. */
public final class LinearScorer implements SentenceScorer {

    private final LinearModel model;

    /** A scorer using the given model. */
    public LinearScorer(LinearModel model) {
        this.model = model;
    }

    /** The model this scorer applies. */
    public LinearModel model() {
        return model;
    }

    @Override
    public double[] score(FeaturedDocument document) {
        List<FeatureVector> features = document.features();
        double[] scores = new double[features.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.score(features.get(i));
        }
        return scores;
    }

    /**
     * Explains one sentence's score: for each feature, its value, weight and weighted contribution to the margin.
     */
    public Map<String, Contribution> explain(FeatureVector features) {
        Map<String, Contribution> explanation = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            double value = features.get(feature);
            double weight = model.weight(feature);
            explanation.put(feature.key(), new Contribution(value, weight, value * weight));
        }
        return Collections.unmodifiableMap(explanation);
    }

    /**
     * One feature's part in a score.
     *
     * @param value        the feature value in [0, 1]
     * @param weight       the learned weight
     * @param contribution {@code value * weight}, added to the margin before the sigmoid
     */
    public record Contribution(double value, double weight, double contribution) {}
}
