package org.summarizer.features;

import java.util.Arrays;

/**
 * An immutable sparse vector over integer term ids, L2-normalized on construction (unless all zero), so the dot
 * product of two vectors is their cosine similarity.
 */
public final class SparseVector {

    /** The vector with no terms. */
    public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /**
     * Builds a normalized vector.
     *
     * @param ids     term ids, any order, no duplicates
     * @param weights the weight of each id
     */
    public static SparseVector normalized(int[] ids, double[] weights) {
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sortedIds = new int[n];
        double[] sortedWeights = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWeights[i] = weights[order[i]];
            norm += sortedWeights[i] * sortedWeights[i];
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                sortedWeights[i] *= scale;
            }
        }
        return new SparseVector(sortedIds, sortedWeights);
    }

    /** The number of non-zero terms. */
    public int size() {
        return ids.length;
    }

    /** Whether the vector has no terms. */
    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** The dot product, which for two normalized vectors is their cosine similarity. */
    public double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            int a = ids[i];
            int b = other.ids[j];
            if (a == b) {
                sum += weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Whether the term id occurs in the vector. */
    public boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** A copy of the term ids, ascending. */
    public int[] ids() {
        return ids.clone();
    }
}
