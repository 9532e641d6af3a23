package org.summarizer.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.document.Sentence;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.FeaturedDocument;

/**
 * The default ranker: scores sentences with the learned {@link TreeModel} over the CoreNLP-derived features, then
 * applies the model's {@link LengthPrior}: {@code score = sigmoid(margin - penalty)}.
 */
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

    /** The key of the length prior's entry in {@link #explain}. */
    public static final String LENGTH_PRIOR = "lengthPrior";

    @Override
    public double[] score(FeaturedDocument document) {
        double[] margins = margins(document);
        double[] penalties = penalties(document, margins);
        double[] scores = new double[margins.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 / (1 + Math.exp(-(margins[i] - penalties[i])));
        }
        return scores;
    }

    private double[] margins(FeaturedDocument document) {
        List<FeatureVector> features = document.features();
        double[] margins = new double[features.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = model.margin(features.get(i));
        }
        return margins;
    }

    private double[] penalties(FeaturedDocument document, double[] margins) {
        LengthPrior prior = model.lengthPrior();
        if (!prior.active() || margins.length == 0) {
            return new double[margins.length];
        }
        int[] words = document.document().sentences().stream()
                .mapToInt(Sentence::wordCount)
                .toArray();
        return prior.penalties(
                margins, words, prior.shortness(document.features().get(0)));
    }

    /**
     * Explains one sentence's score: each feature's value and how far it moved the margin (log-odds), and, when the
     * model has an active length prior, an entry {@value #LENGTH_PRIOR} whose value is the article's shortness and
     * whose contribution is minus the penalty this sentence got.
     */
    public Map<String, Contribution> explain(FeaturedDocument document, int sentence) {
        return explain(document, List.of(sentence)).get(0);
    }

    /**
     * Explains several sentences of one document as {@link #explain(FeaturedDocument, int)} does, in the order given;
     * the article-level length prior is computed once for all of them.
     */
    public List<Map<String, Contribution>> explain(FeaturedDocument document, List<Integer> sentences) {
        LengthPrior prior = model.lengthPrior();
        double[] penalties = prior.active() ? penalties(document, margins(document)) : null;
        List<Map<String, Contribution>> explanations = new ArrayList<>(sentences.size());
        for (int sentence : sentences) {
            FeatureVector features = document.features().get(sentence);
            TreeModel.Attribution attribution = model.explain(features);
            Map<String, Contribution> explanation = new LinkedHashMap<>();
            for (Feature feature : Feature.values()) {
                explanation.put(feature.key(), new Contribution(features.get(feature), attribution.of(feature)));
            }
            if (penalties != null) {
                explanation.put(LENGTH_PRIOR, new Contribution(prior.shortness(features), -penalties[sentence]));
            }
            explanations.add(Collections.unmodifiableMap(explanation));
        }
        return explanations;
    }

    /**
     * One feature's part in a score.
     *
     * @param value        the feature value in [0, 1] (for the length prior: the article's shortness)
     * @param contribution how much the splits on this feature moved the sentence's margin (log-odds) away from the
     *                     model's expected margin, summed over the trees along the sentence's paths
     */
    public record Contribution(double value, double contribution) {}
}
