package org.summarizer.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.summarizer.bench.Articles;

/**
 * The HTTP load benchmark: starts the packaged service ({@code java <flags> -jar quarkus-run.jar}) on a loopback port,
 * and measures
 * <ol>
 * <li>startup: process start to the first 200 from {@code /q/health/ready}, over {@code bench.starts} starts, and the
 * latency of the first {@value #FIRST_REQUESTS} requests after each;</li>
 * <li>footprint: RSS ({@code VmRSS} of {@code /proc/<pid>/status}) after 1,000 articles of mixed length;</li>
 * <li>concurrency: latency percentiles and throughput at concurrency 1, 2 and 4 on 600-word articles, in
 * {@code bench.rounds} interleaved rounds so that slow spells of the shared machine hit every level alike;</li>
 * <li>length: latency against article length (150 to 10,000 words) at concurrency 1, also in rounds;</li>
 * <li>open loop: latency of 600-word articles sent at fixed arrival rates ({@link LoadGenerator#openLoop});</li>
 * <li>overload: the quick 503s when far more clients come than workers and queue hold.</li>
 * </ol>
 * This class orchestrates; {@link ServerProcess} runs the service, {@link LoadGenerator} sends the requests,
 * {@link ProcStats} samples /proc, {@link PerformanceReport} writes {@code docs/performance.md} and the plot.
 *
 * <p>System properties: {@code bench.jar}, {@code bench.port} (18085), {@code bench.server.jvm} (the server's JVM
 * flags), {@code bench.starts} (3), {@code bench.rounds} (7), {@code bench.footprint} (1000), {@code bench.out}
 * (target/bench: server logs, raw latencies, the JMH medians), {@code bench.docs} (docs).
 */
public final class LoadBenchmark {

    static final int[] CONCURRENCY = {1, 2, 4};
    static final int[] LENGTHS = {150, 600, 2000, 5000, 10000};
    /**
     * 600-word requests sent one by one right after each start, the first traffic a new instance gets: slower than
     * later ones while the JIT compiles and the collector adapts to the loaded models.
     */
    static final int FIRST_REQUESTS = 120;
    /** Requests per round at concurrency 1, 2, 4. */
    static final int[] CONCURRENCY_REQUESTS = {80, 160, 320};
    /** Requests per round for each length of {@link #LENGTHS}. */
    static final int[] LENGTH_REQUESTS = {30, 20, 8, 4, 3};
    /** The length mix of the footprint phase (average about 2,000 words). */
    static final int[] FOOTPRINT_MIX = {600, 600, 150, 2000, 600, 600, 5000, 600, 600, 10000};

    static final int VARIANTS = 8;
    static final int OVERLOAD_CONCURRENCY = 40;
    static final int OVERLOAD_REQUESTS = 200;
    /** The open-loop arrival rates (600-word articles per second; capacity on 2 cores is about 44). */
    static final int[] OPEN_LOOP_RATES = {10, 20, 30, 40};
    /** Lines of the batch phase: 150-word articles, so that the batch fits the 1 MiB body limit. */
    static final int BATCH_LINES = 1000;
    /** Requests per open-loop rate. */
    static final int OPEN_LOOP_REQUESTS = 240;

    private final Path jar;
    private final int port;
    private final List<String> serverJvm;
    private final int starts;
    private final int rounds;
    private final int footprintArticles;
    private final Path out;
    private final Path docs;
    private final HttpClient client;
    private final Map<Integer, List<String>> texts = new TreeMap<>();
    private long serverPid;
    private final LoadGenerator load;

    LoadBenchmark() {
        jar = Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar"));
        port = Integer.getInteger("bench.port", 18085);
        serverJvm = split(System.getProperty("bench.server.jvm", "-Xmx480m -XX:+UseSerialGC -XX:NewRatio=3"));
        starts = Integer.getInteger("bench.starts", 3);
        rounds = Integer.getInteger("bench.rounds", 7);
        footprintArticles = Integer.getInteger("bench.footprint", 1000);
        out = Path.of(System.getProperty("bench.out", "target/bench"));
        docs = Path.of(System.getProperty("bench.docs", "docs"));
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        for (int words : LENGTHS) {
            List<String> variants = new ArrayList<>();
            for (int v = 0; v < VARIANTS; v++) {
                variants.add(Articles.article(words, Articles.DEFAULT_SEED + v));
            }
            texts.put(words, variants);
        }
        load = new LoadGenerator(client, port, () -> serverPid);
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    // ------------------------------------------------------------------ the run

    void run() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the service first (./mvnw package)");
        }
        Files.createDirectories(out);
        Files.createDirectories(docs);
        Report report = new Report();
        report.started = ZonedDateTime.now();
        report.loadBefore = ProcStats.loadAverage();
        report.stealBefore = ProcStats.stealSeconds();
        log("server flags: %s; port %d; %d starts, %d rounds", serverJvm, port, starts, rounds);

        ServerProcess server = null;
        for (int i = 1; i <= starts; i++) {
            server = ServerProcess.start(jar, serverJvm, port, out.resolve("server-" + i + ".log"));
            serverPid = server.pid();
            ServerProcess.StartupResult startup = server.awaitReady(client, Duration.ofSeconds(120));
            report.startups.add(startup);
            log(
                    "start %d: ready after %d ms (%.1f s CPU; Quarkus started in %s s, models loaded in %s ms; other"
                            + " processes %.2f cores)",
                    i,
                    startup.readyMillis(),
                    startup.cpuSeconds(),
                    startup.quarkusStarted(),
                    startup.modelsLoaded(),
                    startup.otherCores());
            report.rssReady = ProcStats.rssKb(server.pid(), "VmRSS");
            Phase first = load.closedLoop(repeat(texts.get(600), FIRST_REQUESTS), 1);
            report.firstRequests.add(first);
            log(
                    "start %d: first %d requests p50 %.1f ms, p90 %.1f ms, max %.1f ms",
                    i,
                    FIRST_REQUESTS,
                    Stats.percentile(first.latencies(), 50),
                    Stats.percentile(first.latencies(), 90),
                    Stats.percentile(first.latencies(), 100));
            if (i < starts) {
                server.stop();
            }
        }
        try {
            // Footprint: 1,000 articles of mixed length at concurrency 2; also warms up the JIT further.
            List<String> mix = new ArrayList<>();
            for (int i = 0; i < footprintArticles; i++) {
                int words = FOOTPRINT_MIX[i % FOOTPRINT_MIX.length];
                mix.add(texts.get(words).get((i / FOOTPRINT_MIX.length) % VARIANTS));
            }
            Phase footprint = load.closedLoop(mix, 2);
            report.footprintArticles = footprintArticles;
            report.footprintErrors = footprint.errors();
            report.footprintSeconds = footprint.seconds();
            report.footprintOtherCores = footprint.otherCores();
            report.rssAfterFootprint = ProcStats.rssKb(server.pid(), "VmRSS");
            report.hwmAfterFootprint = ProcStats.rssKb(server.pid(), "VmHWM");
            log(
                    "after %d articles (%.0f s, %d errors): VmRSS %s, VmHWM %s",
                    footprintArticles,
                    footprint.seconds(),
                    footprint.errors(),
                    ProcStats.mib(report.rssAfterFootprint),
                    ProcStats.mib(report.hwmAfterFootprint));

            // Concurrency 1, 2, 4 on 600-word articles, interleaved rounds.
            for (int c : CONCURRENCY) {
                report.concurrency.put(c, new Level());
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < CONCURRENCY.length; k++) {
                    int c = CONCURRENCY[k];
                    Phase phase = load.closedLoop(repeat(texts.get(600), CONCURRENCY_REQUESTS[k]), c);
                    report.concurrency.get(c).add(phase);
                    log(
                            "round %d, concurrency %d: %.1f articles/s, p50 %.1f ms, server CPU %.1f ms/article,"
                                    + " other processes %.2f cores, %d errors",
                            r + 1,
                            c,
                            phase.throughput(),
                            Stats.percentile(phase.latencies(), 50),
                            phase.serverCpuMillisPerArticle(),
                            phase.otherCores(),
                            phase.errors());
                }
            }

            // Latency against length at concurrency 1, interleaved rounds.
            for (int words : LENGTHS) {
                report.lengths.put(words, new Level());
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < LENGTHS.length; k++) {
                    int words = LENGTHS[k];
                    report.lengths.get(words).add(load.closedLoop(repeat(texts.get(words), LENGTH_REQUESTS[k]), 1));
                }
                log("length round %d done", r + 1);
            }
            // Open loop: 600-word articles at fixed arrival rates, latency from when each was due.
            for (int rate : OPEN_LOOP_RATES) {
                OpenLoop phase = load.openLoop(repeat(texts.get(600), OPEN_LOOP_REQUESTS), rate);
                report.openLoop.put(rate, phase);
                log(
                        "open loop %d/s: %.1f answered/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                        rate,
                        phase.throughput(),
                        Stats.percentile(phase.latencies(), 50),
                        Stats.percentile(phase.latencies(), 99),
                        phase.errors());
            }
            // Batch: the same 1,000 short articles as one NDJSON batch and as single requests at concurrency 2.
            List<String> shortTexts = repeat(texts.get(150), BATCH_LINES);
            report.batchSingles = load.closedLoop(shortTexts, 2);
            report.batch = load.batch(shortTexts);
            log(
                    "batch of %d: %.1f summaries/s (%d of %d lines); singles at concurrency 2: %.1f/s",
                    BATCH_LINES,
                    report.batch.throughput(),
                    report.batch.summaries(),
                    report.batch.lines(),
                    report.batchSingles.throughput());
            // Overload: far more concurrent requests than workers + queue; the excess must get a quick 503.
            report.overload = load.overload(texts.get(2000), OVERLOAD_CONCURRENCY, OVERLOAD_REQUESTS);
            log("overload: %s", report.overload);
            report.rssEnd = ProcStats.rssKb(server.pid(), "VmRSS");
            report.hwmEnd = ProcStats.rssKb(server.pid(), "VmHWM");
            report.totalArticles = footprintArticles
                    + report.concurrency.values().stream()
                            .mapToInt(Level::requests)
                            .sum()
                    + report.lengths.values().stream().mapToInt(Level::requests).sum()
                    + 2 * BATCH_LINES
                    + report.openLoop.values().stream()
                            .mapToInt(p -> p.latencies().length + p.errors())
                            .sum();
        } finally {
            server.stop();
        }
        report.loadAfter = ProcStats.loadAverage();
        report.stealAfter = ProcStats.stealSeconds();
        report.finished = ZonedDateTime.now();
        new PerformanceReport(serverJvm, texts, out, docs).write(report);
    }

    private static List<String> repeat(List<String> variants, int n) {
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(variants.get(i % variants.size()));
        }
        return list;
    }

    private static List<String> split(String flags) {
        List<String> list = new ArrayList<>();
        for (String flag : flags.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                list.add(flag);
            }
        }
        return list;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[load] " + format + "%n", args);
    }
}
