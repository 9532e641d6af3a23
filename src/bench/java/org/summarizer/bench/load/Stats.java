package org.summarizer.bench.load;

import java.util.Arrays;

/** Percentiles and medians of the load benchmark's measurements. */
final class Stats {

    private Stats() {}

    /** The p-th percentile (nearest rank) of latencies in nanoseconds, in milliseconds; NaN when empty. */
    static double percentile(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The median over rounds of (throughput of a) / (throughput of b) in the same round. */
    static double medianRatio(Level a, Level b) {
        int n = Math.min(a.rounds.size(), b.rounds.size());
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = a.rounds.get(i).throughput() / b.rounds.get(i).throughput();
        }
        return median(ratios);
    }
}
