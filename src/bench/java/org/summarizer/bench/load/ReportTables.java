package org.summarizer.bench.load;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summarizer.bench.Articles;

/** The measurement tables of docs/performance.md's generated part, one method per section, and the latency plot. */
final class ReportTables {

    private final List<String> serverJvm;
    private final Map<Integer, List<String>> texts;
    private final Path out;
    private final Path docs;

    /**
     * @param serverJvm the server's JVM flags
     * @param texts     the articles sent, by target word count
     * @param out       where the JMH stage tables are read from
     * @param docs      where the plot is written
     */
    ReportTables(List<String> serverJvm, Map<Integer, List<String>> texts, Path out, Path docs) {
        this.serverJvm = serverJvm;
        this.texts = texts;
        this.out = out;
        this.docs = docs;
    }

    /** Closed-loop latency and throughput at each concurrency, and the overload paragraph. */
    void concurrency(StringBuilder md, Report report) throws IOException {
        md.append("### Concurrency (600-word articles)\n\n");
        md.append("The service has one worker per core (2 here) and a queue of 16, so concurrency 4 queues.\n\n");
        md.append("| concurrency | requests | p50 | p95 | p99 | throughput (median of rounds) | vs concurrency 1 |"
                + " server CPU per article | other processes (cores busy) | errors |\n"
                + "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Map.Entry<Integer, Level> e : report.concurrency.entrySet()) {
            Level level = e.getValue();
            long[] l = level.latencies();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f articles/s | %.2fx" + " | %.1f ms | %.2f | %d |%n",
                    e.getKey(),
                    level.requests(),
                    Stats.percentile(l, 50),
                    Stats.percentile(l, 95),
                    Stats.percentile(l, 99),
                    level.medianThroughput(),
                    Stats.medianRatio(level, report.concurrency.get(1)),
                    level.medianServerCpuMillis(),
                    level.medianOtherCores(),
                    level.errors()));
        }
        md.append('\n');

        if (report.overload != null) {
            Overload o = report.overload;
            md.append(String.format(
                    Locale.ROOT,
                    "Bounded concurrency: %d requests of 2,000 words from %d concurrent"
                            + " clients (more than the workers plus the queue of 16) got %s (status: count); the 503s came"
                            + " back in %.1f ms (p50; p99 %.1f ms) with Retry-After %s, and the accepted ones took %.0f ms"
                            + " (p50).%n%n",
                    LoadBenchmark.OVERLOAD_REQUESTS,
                    o.concurrency(),
                    o.statuses(),
                    o.p50Rejected(),
                    o.p99Rejected(),
                    o.retryAfter() ? "set" : "**missing**",
                    o.p50Ok()));
        }
    }

    /** Open-loop latency at fixed arrival rates, counted from when each request was due. */
    void openLoop(StringBuilder md, Report report) {
        if (report.openLoop.isEmpty()) {
            return;
        }
        md.append("### Open loop (600-word articles at a fixed arrival rate)\n\n");
        md.append(
                "Requests are sent on a fixed schedule whatever the answers do, and each latency runs from when the"
                        + " request was due, so queueing behind a slow answer counts (no coordinated omission). Capacity is"
                        + " the concurrency-2 throughput above; errors are answers other than 200 (503 once the queue is full).\n\n");
        md.append("| arrival rate | requests | answered per second | p50 | p95 | p99 | max | errors |\n"
                + "|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (OpenLoop phase : report.openLoop.values()) {
            long[] l = phase.latencies();
            md.append(String.format(
                    Locale.ROOT,
                    "| %.0f/s | %d | %.1f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d |%n",
                    phase.perSecond(),
                    l.length + phase.errors(),
                    phase.throughput(),
                    Stats.percentile(l, 50),
                    Stats.percentile(l, 95),
                    Stats.percentile(l, 99),
                    Stats.percentile(l, 100),
                    phase.errors()));
        }
        md.append('\n');
    }

    /** The batch endpoint against single requests on the same articles. */
    void batch(StringBuilder md, Report report) {
        if (report.batch == null) {
            return;
        }
        BatchRun batch = report.batch;
        Phase singles = report.batchSingles;
        md.append("### Batch (NDJSON, 150-word articles)\n\n");
        md.append(
                "| how | articles | summaries per second | server CPU per article | errors |\n|---|--:|--:|--:|--:|\n");
        md.append(String.format(
                Locale.ROOT,
                "| one `POST /v1/summaries/batch` (%,d bytes, status %d) | %d | %.1f | %.1f ms | %d |%n",
                batch.bytes(),
                batch.status(),
                batch.sent(),
                batch.throughput(),
                batch.serverCpuSeconds() * 1000 / Math.max(1, batch.summaries()),
                batch.sent() - batch.summaries()));
        md.append(String.format(
                Locale.ROOT,
                "| single requests, concurrency 2 | %d | %.1f | %.1f ms | %d |%n%n",
                singles.latencies().length + singles.errors(),
                singles.throughput(),
                singles.serverCpuMillisPerArticle(),
                singles.errors()));
        md.append(String.format(
                Locale.ROOT,
                "The batch ran at %.2fx the throughput of single requests at concurrency 2.%n%n",
                batch.throughput() / singles.throughput()));
    }

    /** Latency against article length, and the plot docs/performance-latency.png. */
    void lengths(StringBuilder md, Report report) throws IOException {
        md.append("### Latency against article length (concurrency 1)\n\n");
        md.append("| words | characters | requests | p50 | p95 | p99 | max | p50 per 1,000 words | server CPU per"
                + " article | other processes (cores busy) |\n|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        List<LatencyPlot.Series> series = new ArrayList<>();
        double[] xs = new double[report.lengths.size()];
        double[] p50s = new double[xs.length];
        double[] p95s = new double[xs.length];
        int k = 0;
        for (Map.Entry<Integer, Level> e : report.lengths.entrySet()) {
            String text = texts.get(e.getKey()).get(0);
            int words = Articles.wordCount(text);
            long[] l = e.getValue().latencies();
            xs[k] = words;
            p50s[k] = Stats.percentile(l, 50);
            p95s[k] = Stats.percentile(l, 95);
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |" + " %.1f ms | %.1f ms | %.2f |%n",
                    words,
                    text.length(),
                    e.getValue().requests(),
                    p50s[k],
                    p95s[k],
                    Stats.percentile(l, 99),
                    Stats.percentile(l, 100),
                    p50s[k] * 1000 / words,
                    e.getValue().medianServerCpuMillis(),
                    e.getValue().medianOtherCores()));
            k++;
        }
        series.add(new LatencyPlot.Series("p50", new Color(31, 119, 180), false, xs, p50s));
        series.add(new LatencyPlot.Series("p95", new Color(255, 127, 14), true, xs, p95s));
        LatencyPlot.write(
                docs.resolve("performance-latency.png"),
                "Summary latency against article length",
                String.format(
                        Locale.ROOT,
                        "POST /v1/summaries over HTTP, concurrency 1, %d cores, %s; %s",
                        Runtime.getRuntime().availableProcessors(),
                        String.join(" ", serverJvm),
                        report.started.toLocalDate()),
                series,
                1000);
        md.append("\n![Latency against article length](performance-latency.png)\n\n");
    }

    /** Resident memory when ready, after the footprint phase and at the end. */
    void footprint(StringBuilder md, Report report) throws IOException {
        md.append("### Footprint\n\n");
        md.append("| when | VmRSS | VmHWM (peak) |\n|---|--:|--:|\n");
        md.append("| ready, before any article | ")
                .append(ProcStats.mib(report.rssReady))
                .append(" | |\n");
        md.append(String.format(
                Locale.ROOT,
                "| after %,d articles (mixed lengths, average %,d words, concurrency 2,"
                        + " %.0f s, other processes %.2f cores, %d errors) | %s | %s |%n",
                report.footprintArticles,
                averageFootprintWords(),
                report.footprintSeconds,
                report.footprintOtherCores,
                report.footprintErrors,
                ProcStats.mib(report.rssAfterFootprint),
                ProcStats.mib(report.hwmAfterFootprint)));
        md.append(String.format(
                Locale.ROOT,
                "| end of the run, after %,d articles | %s | %s |%n%n",
                report.totalArticles,
                ProcStats.mib(report.rssEnd),
                ProcStats.mib(report.hwmEnd)));
    }

    /** Each start's time to ready and its first requests. */
    void startup(StringBuilder md, Report report) throws IOException {
        md.append("### Startup\n\n");
        md.append("| start | process start to ready | server CPU time to ready | Quarkus \"started in\" | models"
                + " loaded and warmed up | other processes (cores busy) |\n|--:|--:|--:|--:|--:|--:|\n");
        for (int i = 0; i < report.startups.size(); i++) {
            ServerProcess.StartupResult s = report.startups.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.2f s | %.1f s | %s s | %s ms | %.2f |%n",
                    i + 1,
                    s.readyMillis() / 1000.0,
                    s.cpuSeconds(),
                    s.quarkusStarted(),
                    s.modelsLoaded(),
                    s.otherCores()));
        }
        md.append('\n');
        md.append("The first ")
                .append(LoadBenchmark.FIRST_REQUESTS)
                .append(" requests after each start (600 words, one at a time, before any other traffic):\n\n");
        md.append("| start | p50 | p90 | p99 | max | over 200 ms | errors |\n|--:|--:|--:|--:|--:|--:|--:|\n");
        for (int i = 0; i < report.firstRequests.size(); i++) {
            long[] l = report.firstRequests.get(i).latencies();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %d |%n",
                    i + 1,
                    Stats.percentile(l, 50),
                    Stats.percentile(l, 90),
                    Stats.percentile(l, 99),
                    Stats.percentile(l, 100),
                    Arrays.stream(l).filter(nanos -> nanos > 200_000_000L).count(),
                    report.firstRequests.get(i).errors()));
        }
        md.append('\n');
    }

    /** The JMH stage tables of the last JMH run, if any. */
    void stages(StringBuilder md, Report report) throws IOException {
        md.append("### Stages (JMH)\n\n");
        Path stagesMd = out.resolve("stages.md");
        if (Files.exists(stagesMd)) {
            md.append("From the JMH run of ")
                    .append(Files.getLastModifiedTime(stagesMd)
                            .toInstant()
                            .toString()
                            .replace('T', ' ')
                            .replaceAll("\\.\\d+Z$", "Z"))
                    .append(":\n\n");
            md.append(Files.readString(stagesMd)).append('\n');
        } else {
            md.append("Not run; see the JMH command above.\n\n");
        }
    }

    private static int averageFootprintWords() {
        return Arrays.stream(LoadBenchmark.FOOTPRINT_MIX).sum() / LoadBenchmark.FOOTPRINT_MIX.length;
    }
}
