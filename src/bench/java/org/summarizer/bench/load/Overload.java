package org.summarizer.bench.load;

import java.util.Locale;
import java.util.Map;

/** What the overload phase saw: answers by status, and how fast the 200s and the 503s came back. */
record Overload(
        int concurrency,
        Map<Integer, Integer> statuses,
        double p50Ok,
        double p50Rejected,
        double p99Rejected,
        boolean retryAfter,
        double seconds) {

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%d concurrent: statuses %s, 200 p50 %.0f ms, 503 p50 %.1f ms / p99" + " %.1f ms, Retry-After %s",
                concurrency,
                statuses,
                p50Ok,
                p50Rejected,
                p99Rejected,
                retryAfter ? "present" : "missing");
    }
}
