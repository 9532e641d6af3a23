package org.summarizer.bench.load;

/** One batch of requests at one concurrency. */
record Phase(long[] latencies, int errors, double seconds, double serverCpuSeconds, double otherCores) {

    double throughput() {
        return latencies.length / seconds;
    }

    /** Server CPU time (all its threads) per completed article. */
    double serverCpuMillisPerArticle() {
        return serverCpuSeconds * 1000 / Math.max(1, latencies.length);
    }
}
