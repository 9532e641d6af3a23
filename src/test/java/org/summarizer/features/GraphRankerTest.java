package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphRankerTest {

    private static final int WINDOW = FeatureExtractor.CENTRALITY_WINDOW;

    @Test
    void computesEachEdgeOnceAndOnlyWithinTheWindowSoCostIsLinear() {
        int n = 1_000;
        Map<Long, Integer> calls = new HashMap<>();
        GraphRanker.rank(n, (a, b) -> {
            assertThat(a).isLessThan(b);
            assertThat(b - a).isLessThanOrEqualTo(WINDOW);
            calls.merge((long) a * n + b, 1, Integer::sum);
            return 1.0 / (1 + b - a);
        });
        long expected = 0;
        for (int i = 0; i < n; i++) {
            expected += Math.min(WINDOW, n - 1 - i);
        }
        assertThat(calls).hasSize((int) expected);
        assertThat(calls.values()).containsOnly(1);
        assertThat(expected).isLessThanOrEqualTo((long) n * WINDOW);
    }

    @Test
    void theHubOfAStarRanksFirstAndTheLeavesTie() {
        double[] rank = GraphRanker.rank(5, (a, b) -> a == 0 ? 1 : 0);
        assertThat(rank[0]).isEqualTo(1.0);
        for (int leaf = 1; leaf < 5; leaf++) {
            assertThat(rank[leaf]).isCloseTo(rank[1], within(1e-12)).isLessThan(0.9);
        }
    }

    @Test
    void aLongUniformChainRanksSymmetricallyAndItsEndsLast() {
        int n = 300; // longer than the window, so rows are stored partly
        double[] rank = GraphRanker.rank(n, (a, b) -> b - a == 1 ? 1 : 0);
        for (int i = 0; i < n; i++) {
            assertThat(rank[i]).as("node %d", i).isCloseTo(rank[n - 1 - i], within(1e-9));
        }
        assertThat(rank[0]).isLessThan(rank[1]);
        assertThat(rank[n / 2]).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aGraphWithoutEdgesRanksEveryNodeEqually() {
        double[] rank = GraphRanker.rank(4, (a, b) -> 0);
        assertThat(rank).containsOnly(1.0);
    }
}
