package org.summarizer.features;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The feature values of one sentence; immutable. */
public final class FeatureVector {

    private static final Feature[] FEATURES = Feature.values();

    private final double[] values;

    private FeatureVector(double[] values) {
        this.values = values;
    }

    /** A vector from values indexed by {@link Feature#ordinal()}; the array is copied. */
    public static FeatureVector of(double[] values) {
        if (values.length != FEATURES.length) {
            throw new IllegalArgumentException("expected " + FEATURES.length + " values, got " + values.length);
        }
        return new FeatureVector(values.clone());
    }

    /** A vector from a map; missing features are 0. */
    public static FeatureVector of(Map<Feature, Double> values) {
        double[] array = new double[FEATURES.length];
        values.forEach((feature, value) -> array[feature.ordinal()] = value);
        return new FeatureVector(array);
    }

    /** The value of one feature. */
    public double get(Feature feature) {
        return values[feature.ordinal()];
    }

    /** The values indexed by {@link Feature#ordinal()} (a copy). */
    public double[] toArray() {
        return values.clone();
    }

    /** The values by feature, in declaration order. */
    public Map<Feature, Double> toMap() {
        Map<Feature, Double> map = new EnumMap<>(Feature.class);
        for (Feature feature : FEATURES) {
            map.put(feature, values[feature.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
