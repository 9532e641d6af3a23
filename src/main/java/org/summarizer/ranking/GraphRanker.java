package org.summarizer.ranking;


/**
 * PageRank over a sentence similarity graph, shared by {@link TextRankScorer} and {@link LexRankScorer}. Edges join
 * sentences at most {@link FeatureExtractor#CENTRALITY_WINDOW} apart, which keeps very long texts linear while
 * leaving articles of ordinary length (up to 100 sentences) a complete graph.
 */
final class GraphRanker {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-7;

    private GraphRanker() {
    }

    /** An edge weight between two sentences; 0 means no edge. */
    @FunctionalInterface
    interface EdgeWeight {
        double weight(int a, int b);
    }

    /**
     * Ranks the nodes of an undirected weighted graph.
     *
     * @return scores scaled so that the best sentence has 1
     */
    static double[] rank(int n, EdgeWeight edges) {
        int window = FeatureExtractor.CENTRALITY_WINDOW;
        double[][] weights = new double[n][];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(n - 1, i + window);
            weights[i] = new double[to - from + 1];
            for (int j = from; j <= to; j++) {
                double w = j == i ? 0 : Math.max(0, edges.weight(i, j));
                weights[i][j - from] = w;
                outSum[i] += w;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    dangling += rank[i];
                }
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                int from = Math.max(0, j - window);
                int to = Math.min(n - 1, j + window);
                for (int i = from; i <= to; i++) {
                    if (outSum[i] > 0) {
                        sum += rank[i] * weights[i][j - Math.max(0, i - window)] / outSum[i];
                    }
                }
                next[j] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
                delta += Math.abs(next[j] - rank[j]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (delta < TOLERANCE) {
                break;
            }
        }
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        if (max > 0) {
            for (int i = 0; i < n; i++) {
                rank[i] /= max;
            }
        }
        return rank;
    }
}
