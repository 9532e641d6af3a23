package org.summarizer.scoring;

/**
 * One tree as a model file stores it: five parallel lists of numbers indexed by node id (see {@link RegressionTree}),
 * as the streaming reader ({@link ModelJson}) read them, before they are checked. A list the file does not have is
 * empty.
 *
 * @param feature   the index into the file's feature list tested at each node (any value at a leaf)
 * @param threshold the split values
 * @param left      the children for values below the threshold, -1 at a leaf
 * @param right     the other children, -1 at a leaf
 * @param value     leaf outputs and expected values of internal nodes
 */
record TreeArrays(double[] feature, double[] threshold, double[] left, double[] right, double[] value) {

    /**
     * The tree, its feature indices mapped through {@code ordinals} (the file's order to the code's).
     *
     * @param features how many features the code has
     * @throws IllegalArgumentException when the lists do not make a valid tree (see {@link RegressionTree})
     */
    RegressionTree toTree(int[] ordinals, int features) {
        int n = feature.length;
        int[] mapped = new int[n];
        int[] leftChildren = ints(left);
        for (int i = 0; i < n; i++) {
            int index = (int) feature[i];
            if (i < leftChildren.length && leftChildren[i] == -1) {
                mapped[i] = 0; // leaves test nothing
            } else {
                mapped[i] = index >= 0 && index < ordinals.length ? ordinals[index] : -1;
            }
        }
        float[] thresholds = new float[threshold.length];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = (float) threshold[i];
        }
        return new RegressionTree(mapped, thresholds, leftChildren, ints(right), value, features);
    }

    private static int[] ints(double[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }
}
