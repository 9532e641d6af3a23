package org.summarizer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Rows from a known model y = sigmoid(-1 + 3 x0 - 2 x1) on a grid, with the expected probability as target. */
    @Test
    void recoversTheWeightsOfAKnownModelFromSoftTargets() {
        int n = 21;
        double[][] x = new double[n * n][];
        double[] y = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = i / (double) (n - 1);
                double b = j / (double) (n - 1);
                x[i * n + j] = new double[] {a, b};
                y[i * n + j] = 1 / (1 + Math.exp(-(-1 + 3 * a - 2 * b)));
            }
        }
        double[] beta = new LogisticRegression(0, 50).fit(x, y, null);
        assertThat(beta[0]).isCloseTo(-1, within(1e-6));
        assertThat(beta[1]).isCloseTo(3, within(1e-6));
        assertThat(beta[2]).isCloseTo(-2, within(1e-6));
    }

    @Test
    void theL2PenaltyShrinksWeightsButNotTheBias() {
        double[][] x = {{0}, {0}, {1}, {1}};
        double[] y = {0, 0.5, 1, 1};
        double[] free = new LogisticRegression(0.0, 50).fit(x, y, new double[] {1, 1, 1, 0.5});
        double[] penalized = new LogisticRegression(10.0, 50).fit(x, y, new double[] {1, 1, 1, 0.5});
        assertThat(Math.abs(penalized[1])).isLessThan(Math.abs(free[1]));
        assertThat(free[0]).isCloseTo(-Math.log(3), within(1e-6)); // mean target 0.25 at x = 0
    }

    @Test
    void aFeatureThatNeverVariesKeepsWeightZero() {
        double[][] x = {{0, 1}, {1, 1}, {0, 1}, {1, 1}};
        double[] y = {0, 1, 0, 1};
        double[] beta = new LogisticRegression(1.0, 50).fit(x, y, null);
        assertThat(beta[1]).isPositive();
        assertThat(Double.isFinite(beta[2])).isTrue();
    }

    @Test
    void solvesASmallLinearSystem() {
        double[] s = LogisticRegression.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
        assertThat(s[0]).isCloseTo(0.8, within(1e-12));
        assertThat(s[1]).isCloseTo(1.4, within(1e-12));
    }
}
