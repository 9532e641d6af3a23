package org.summarizer.bench.load;

/**
 * One open-loop phase: requests sent at a fixed rate.
 *
 * @param perSecond the arrival rate
 * @param latencies due-to-answer times of the 200 answers, in nanoseconds
 * @param errors    answers other than 200, and failed requests
 * @param seconds   from the first request due to the last answer
 */
record OpenLoop(double perSecond, long[] latencies, int errors, double seconds) {

    /** Answered articles per second over the phase. */
    double throughput() {
        return latencies.length / seconds;
    }
}
