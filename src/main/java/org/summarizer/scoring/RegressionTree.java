package org.summarizer.scoring;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * One binary regression tree of a gradient-boosted ensemble, stored as parallel arrays indexed by node id (root 0).
 * A node is a leaf when {@code left[node] == -1}. An internal node sends a sentence left when its feature value,
 * as a 32-bit float (the precision the trees were trained in), is below the threshold.
 *
 * <p>{@code value[node]} is the leaf's output for a leaf and, for an internal node, the training-cover-weighted mean
 * of its leaves: the tree's expected output once the path has reached that node, which is what the per-feature
 * explanation ({@link TreeModel#explain}) attributes along the path.
 */
final class RegressionTree {

    private final int[] feature;
    private final float[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    /**
     * @param feature   the feature index tested at each internal node
     * @param threshold the split value at each internal node
     * @param left      the child for values below the threshold, -1 for a leaf
     * @param right     the child for the rest, -1 for a leaf
     * @param value     leaf outputs and expected values of internal nodes
     * @param features  the number of features, to check the indices
     * @throws IllegalArgumentException when the arrays disagree, an index is out of range, or a child does not come
     *                                  after its parent (which rules out cycles)
     */
    RegressionTree(int[] feature, float[] threshold, int[] left, int[] right, double[] value, int features) {
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n || value.length != n) {
            throw new IllegalArgumentException("tree arrays must be non-empty and of one length");
        }
        for (int node = 0; node < n; node++) {
            boolean leaf = left[node] == -1;
            if (leaf != (right[node] == -1)) {
                throw new IllegalArgumentException("node " + node + " has exactly one child");
            }
            if (!leaf) {
                if (left[node] <= node || right[node] <= node || left[node] >= n || right[node] >= n) {
                    throw new IllegalArgumentException("node " + node + " has a child out of order or range");
                }
                if (feature[node] < 0 || feature[node] >= features) {
                    throw new IllegalArgumentException("node " + node + " tests unknown feature " + feature[node]);
                }
            }
            if (!Double.isFinite(value[node]) || !Float.isFinite(threshold[node]) && !leaf) {
                throw new IllegalArgumentException("node " + node + " has a non-finite value");
            }
        }
        this.feature = feature.clone();
        this.threshold = threshold.clone();
        this.left = left.clone();
        this.right = right.clone();
        this.value = value.clone();
    }

    /** The leaf a sentence with these feature values reaches. */
    int leaf(double[] x) {
        int node = 0;
        while (left[node] != -1) {
            node = (float) x[feature[node]] < threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** The output for these feature values. */
    double output(double[] x) {
        return value[leaf(x)];
    }

    /** {@code base} plus the outputs of these trees for these feature values: an ensemble's margin. */
    static double sum(double base, List<RegressionTree> trees, double[] x) {
        double sum = base;
        for (RegressionTree tree : trees) {
            sum += tree.output(x);
        }
        return sum;
    }

    /** The expected output before any split (the root's value). */
    double expected() {
        return value[0];
    }

    /**
     * Adds to {@code contributions[f]} the change of the expected output at every split on feature {@code f} along
     * this sentence's path (Saabas' path attribution); the contributions plus {@link #expected()} sum to the output.
     */
    void attribute(double[] x, double[] contributions) {
        int node = 0;
        while (left[node] != -1) {
            int next = (float) x[feature[node]] < threshold[node] ? left[node] : right[node];
            contributions[feature[node]] += value[next] - value[node];
            node = next;
        }
    }

    /** Whether every split of this tree tests a feature (by ordinal) that {@code allowed} accepts. */
    boolean splitsOnlyOn(IntPredicate allowed) {
        for (int node = 0; node < feature.length; node++) {
            if (left[node] != -1 && !allowed.test(feature[node])) {
                return false;
            }
        }
        return true;
    }

    /** The number of nodes. */
    int size() {
        return feature.length;
    }
}
