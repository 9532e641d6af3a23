package org.summarizer.bench.load;

/**
 * One NDJSON batch request.
 *
 * @param sent             articles sent
 * @param status           the HTTP status
 * @param lines            answer lines received
 * @param summaries        answer lines that are summaries (the rest are errors)
 * @param seconds          from sending to the last answer line
 * @param serverCpuSeconds the server's CPU time meanwhile
 * @param bytes            the request body's size
 */
record BatchRun(int sent, int status, int lines, int summaries, double seconds, double serverCpuSeconds, int bytes) {

    /** Summaries per second. */
    double throughput() {
        return summaries / seconds;
    }
}
