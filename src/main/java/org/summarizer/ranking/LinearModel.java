package org.summarizer.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A logistic model over the features: {@code score = sigmoid(bias + sum(weight[f] * value[f]))}. The weights are
 * learned offline (see {@code docs/scoring.md}) and shipped as a versioned resource.
 *
 * @param version      identifies the weights, e.g. {@code 2026-11-28.1}
 * @param trainingData what the weights were fitted on, with its SHA-256, or a note for hand-set weights
 * @param bias         the intercept
 * @param weights      one weight per feature; features missing from the map weigh 0
 */
public record LinearModel(String version, String trainingData, double bias, Map<Feature, Double> weights) {

    public LinearModel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(trainingData, "trainingData");
        EnumMap<Feature, Double> copy = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            copy.put(feature, weights.getOrDefault(feature, 0.0));
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /** The weight of a feature. */
    public double weight(Feature feature) {
        return weights.get(feature);
    }

    /** The linear part: bias plus the weighted feature values. */
    public double margin(FeatureVector features) {
        double sum = bias;
        for (Feature feature : Feature.values()) {
            sum += weights.get(feature) * features.get(feature);
        }
        return sum;
    }

    /** The score in (0, 1). */
    public double score(FeatureVector features) {
        return 1 / (1 + Math.exp(-margin(features)));
    }
}
