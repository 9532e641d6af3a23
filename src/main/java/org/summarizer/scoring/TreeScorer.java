package org.summarizer.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.FeaturedDocument;

/** The default ranker: scores sentences with the learned {@link TreeModel} over the CoreNLP-derived features. */
public final class TreeScorer implements SentenceScorer {

    private final TreeModel model;

    /** A scorer using the given model. */
    public TreeScorer(TreeModel model) {
        this.model = model;
    }

    /** The model this scorer applies. */
    public TreeModel model() {
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

    /** Explains one sentence's score: each feature's value and how far it moved the margin (log-odds). */
    public Map<String, Contribution> explain(FeatureVector features) {
        TreeModel.Attribution attribution = model.explain(features);
        Map<String, Contribution> explanation = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            explanation.put(feature.key(), new Contribution(features.get(feature), attribution.of(feature)));
        }
        return Collections.unmodifiableMap(explanation);
    }

    /**
     * One feature's part in a score.
     *
     * @param value        the feature value in [0, 1]
     * @param contribution how much the splits on this feature moved the sentence's margin (log-odds) away from the
     *                     model's expected margin, summed over the trees along the sentence's paths
     */
    public record Contribution(double value, double contribution) {}
}
