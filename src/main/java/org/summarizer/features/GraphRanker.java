package org.summarizer.features;

/**
 * PageRank over a sentence similarity graph: TextRank (Mihalcea and Tarau, 2004) on the TF-IDF cosine-weighted graph
 * and LexRank (Erkan and Radev, 2004) on the graph of pairs whose similarity reaches {@value #LEXRANK_THRESHOLD}.
 * Both are features of the learned ranker and, on their own, the {@code textrank} and {@code lexrank} rankers. Edges join
 * sentences at most {@link FeatureExtractor#CENTRALITY_WINDOW} apart, which keeps very long texts linear while
 * leaving articles of ordinary length (up to 100 sentences) a complete graph.
 */
final class GraphRanker {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-7;

    /** LexRank's similarity threshold, the original paper's best setting. */
    static final double LEXRANK_THRESHOLD = 0.1;

    private GraphRanker() {}

    /** TextRank scores, the best sentence scaled to 1. */
    static double[] textRank(SentenceVectors vectors) {
        return rank(vectors.size(), vectors::similarity);
    }

    /** LexRank scores, the best sentence scaled to 1. */
    static double[] lexRank(SentenceVectors vectors) {
        return rank(vectors.size(), (a, b) -> vectors.similarity(a, b) >= LEXRANK_THRESHOLD ? 1 : 0);
    }

    /** An edge weight between two sentences; 0 means no edge. */
    @FunctionalInterface
    interface EdgeWeight {
        double weight(int a, int b);
    }

    /**
     * Ranks the nodes of an undirected weighted graph.
     *
     * <p>Each edge weight is computed once, for {@code a < b}, since the graph is undirected ({@code edges} must be
     * symmetric), and stored in both rows; the power iteration then reads row {@code j} contiguously instead of
     * column {@code j} of every row. The arithmetic is the same as summing over column {@code j}, so the scores are
     * identical; on a 10,000-word article (544 sentences) this halves the cost of the stage.
     *
     * @return scores scaled so that the best sentence has 1
     */
    static double[] rank(int n, EdgeWeight edges) {
        int window = FeatureExtractor.CENTRALITY_WINDOW;
        // weights[i][k] is the weight of the edge between i and from(i) + k, for the nodes within the window of i
        double[][] weights = new double[n][];
        int[] from = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = Math.max(0, i - window);
            weights[i] = new double[Math.min(n - 1, i + window) - from[i] + 1];
        }
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            int to = Math.min(n - 1, i + window);
            for (int j = i + 1; j <= to; j++) {
                double w = Math.max(0, edges.weight(i, j));
                weights[i][j - from[i]] = w;
                weights[j][i - from[j]] = w;
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double w : weights[i]) {
                sum += w; // same order as summing j = from .. to, the diagonal entry being 0
            }
            outSum[i] = sum;
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
                double[] row = weights[j]; // by symmetry, row[i - from[j]] is the weight of edge (i, j)
                int first = from[j];
                for (int k = 0; k < row.length; k++) {
                    int i = first + k;
                    if (outSum[i] > 0) {
                        sum += rank[i] * row[k] / outSum[i];
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
