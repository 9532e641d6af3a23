package org.summarizer.training;

/**
 * L2-regularized logistic regression fitted by Newton's method (iteratively reweighted least squares). With a
 * couple of dozen features and ~10^5 rows this converges in a handful of exact steps, needs no learning rate and is
 * fully deterministic. Targets may be soft (any value in [0, 1]).
 */
public final class LogisticRegression {

    private final double l2;
    private final int maxIterations;

    /**
     * @param l2            the L2 penalty on the weights (not the bias), in units of "rows": the loss is the sum of
     *                      row losses plus {@code l2 / 2 * |w|^2}
     * @param maxIterations Newton steps at most
     */
    public LogisticRegression(double l2, int maxIterations) {
        this.l2 = l2;
        this.maxIterations = maxIterations;
    }

    /**
     * Fits the model.
     *
     * @param x rows of feature values
     * @param y targets in [0, 1]
     * @param rowWeights a weight per row, or {@code null} for 1
     * @return the bias followed by one weight per feature
     */
    public double[] fit(double[][] x, double[] y, double[] rowWeights) {
        int d = x.length == 0 ? 0 : x[0].length;
        int p = d + 1;
        double[] beta = new double[p];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int r = 0; r < x.length; r++) {
                double w = rowWeights == null ? 1 : rowWeights[r];
                double margin = beta[0];
                for (int j = 0; j < d; j++) {
                    margin += beta[j + 1] * x[r][j];
                }
                double prob = 1 / (1 + Math.exp(-margin));
                double error = (prob - y[r]) * w;
                double curvature = Math.max(prob * (1 - prob), 1e-9) * w;
                gradient[0] += error;
                hessian[0][0] += curvature;
                for (int j = 0; j < d; j++) {
                    double xj = x[r][j];
                    gradient[j + 1] += error * xj;
                    hessian[0][j + 1] += curvature * xj;
                    for (int k = j; k < d; k++) {
                        hessian[j + 1][k + 1] += curvature * xj * x[r][k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            for (int j = 1; j < p; j++) {
                gradient[j] += l2 * beta[j];
                hessian[j][j] += l2;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < p; j++) {
                beta[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }

    /** Solves {@code a * s = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            double diagonal = m[col][col];
            if (Math.abs(diagonal) < 1e-12) {
                continue; // a feature that never varies: leave its weight alone
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = m[r][col] / diagonal;
                    if (factor != 0) {
                        for (int c = col; c <= n; c++) {
                            m[r][c] -= factor * m[col][c];
                        }
                    }
                }
            }
        }
        double[] solution = new double[n];
        for (int i = 0; i < n; i++) {
            solution[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return solution;
    }
}
