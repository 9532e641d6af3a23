package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overload: the packaged jar, started here with {@code -Xmx512m} and the default pool (one worker per core, a queue
 * of 16 requests and 250,000 characters, a 10 s time limit), gets 100 concurrent requests for a 20,000-word article.
 * Every answer must be a 200 or a 503 with Retry-After, what does not fit the queue must be refused at once, the
 * admitted requests must be summarized (not left to die at the time limit), none may take longer than the time
 * limit plus a margin, the heap must stay under its limit without an OutOfMemoryError, and afterwards the service
 * must answer normally.
 */
class OverloadIT {

    private static final int REQUESTS = 100;
    private static final int WORDS = 20_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Reading and parsing 100 bodies and writing answers on a saturated 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    /** The pool's default queue (summarizer.workers.queue and summarizer.workers.queue-characters). */
    private static final int QUEUE = 16;

    private static final int QUEUE_CHARACTERS = 250_000;
    private static final long HEAP_LIMIT = 512L * 1024 * 1024;
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Pattern HEAP_USED =
            Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]*\"} ([0-9.eE+]+)$", Pattern.MULTILINE);

    private static Process process;
    private static final List<String> log = new CopyOnWriteArrayList<>();
    private static volatile int port = -1;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("run after the package phase").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Dquarkus.http.port=0",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.log.console.color=false",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .start();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            log.add(line);
                            Matcher m = LISTENING.matcher(line);
                            if (port < 0 && m.find()) {
                                port = Integer.parseInt(m.group(1));
                            }
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                },
                "overload-it-log");
        reader.setDaemon(true);
        reader.start();
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("service process alive; log:%n%s", String.join("\n", log))
                    .isTrue();
            if (port > 0 && get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not get ready; log:\n" + String.join("\n", log));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> get(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new FailedResponse();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest summaryRequest(String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/summaries"))
                .timeout(TIME_LIMIT.plus(MARGIN).plusSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** A news-like article of exactly {@code words} short words in varied sentences, one paragraph per 5 lines. */
    static String article(int words) {
        String[] subjects = {
            "The city",
            "A new plan",
            "The mayor",
            "Our team",
            "The board",
            "Each firm",
            "The court",
            "A big storm",
            "The bank",
            "The old pier"
        };
        String[] verbs = {"set", "cut", "won", "led", "saw", "got", "put", "ran", "hit", "fed", "met", "paid"};
        String[] objects = {
            "a tax",
            "the vote",
            "new jobs",
            "the fund",
            "a deal",
            "the plan",
            "its rent",
            "six more",
            "the bid",
            "a loan",
            "the law",
            "an aid"
        };
        String[] tails = {
            "on Monday",
            "in May",
            "at noon",
            "for the port",
            "by a lot",
            "with care",
            "as well",
            "in the end",
            "last week",
            "at the bay",
            "for a year",
            "in the town"
        };
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        int count = 0;
        int sentence = 0;
        while (count < words) {
            List<String> parts = new ArrayList<>();
            parts.add(subjects[random.nextInt(subjects.length)]);
            parts.add(verbs[random.nextInt(verbs.length)]);
            parts.add(objects[random.nextInt(objects.length)]);
            int extra = 1 + random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                parts.add(tails[random.nextInt(tails.length)]);
            }
            List<String> tokens =
                    new ArrayList<>(List.of(String.join(" ", parts).split(" ")));
            if (count + tokens.size() > words) {
                tokens = tokens.subList(0, words - count);
            }
            count += tokens.size();
            text.append(String.join(" ", tokens)).append(sentence % 5 == 4 ? ".\n" : ". ");
            sentence++;
        }
        return text.toString().strip();
    }

    @Test
    void hundredConcurrentLargeRequestsGetOnly200Or503AndTheServiceSurvives() throws Exception {
        String text = article(WORDS);
        assertThat(text.split("\\s+")).hasSize(WORDS);
        assertThat(text.length()).isLessThanOrEqualTo(100_000);
        String json = new ObjectMapper().writeValueAsString(Map.of("text", text, "title", "Council sets new plan"));

        AtomicBoolean burstRunning = new AtomicBoolean(true);
        AtomicLong maxHeap = new AtomicLong();
        Thread heapSampler = new Thread(
                () -> {
                    while (burstRunning.get()) {
                        HttpResponse<String> metrics = get("/q/metrics");
                        if (metrics.statusCode() == 200) {
                            maxHeap.accumulateAndGet(heapUsed(metrics.body()), Math::max);
                        }
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        heapSampler.start();

        List<CompletableFuture<long[]>> answers = new ArrayList<>();
        long burstStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            answers.add(client.sendAsync(summaryRequest(json), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> new long[] {
                        response.statusCode(),
                        System.nanoTime() - start,
                        response.headers().firstValue("Retry-After").isPresent() ? 1 : 0
                    }));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        long maxLatency = 0;
        long max200 = 0;
        int missingRetryAfter = 0;
        int earlyRejections = 0;
        for (CompletableFuture<long[]> answer : answers) {
            long[] result = answer.get(2, TimeUnit.MINUTES);
            byStatus.merge((int) result[0], 1, Integer::sum);
            maxLatency = Math.max(maxLatency, result[1]);
            if (result[0] == 200) {
                max200 = Math.max(max200, result[1]);
            }
            if (result[0] == 503 && result[2] == 0) {
                missingRetryAfter++;
            }
            if (result[0] == 503 && result[1] < TIME_LIMIT.toNanos()) {
                earlyRejections++;
            }
        }
        long burstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - burstStart);
        burstRunning.set(false);
        heapSampler.join(15_000);
        String report = String.format(
                "overload: %s, %d of the 503s before the time limit (queue full), max"
                        + " latency %d ms (slowest 200: %d ms), burst %d ms, max heap %.1f MiB",
                byStatus,
                earlyRejections,
                TimeUnit.NANOSECONDS.toMillis(maxLatency),
                TimeUnit.NANOSECONDS.toMillis(max200),
                burstMillis,
                maxHeap.get() / 1024.0 / 1024.0);
        System.out.println(report);
        Files.writeString(Path.of("target", "overload-report.txt"), report + System.lineSeparator());

        assertThat(byStatus.keySet()).as(report).isSubsetOf(200, 503);
        // Whatever does not fit in the workers and the queue is refused for capacity, not after waiting out the
        // time limit: the character budget admits only as many of these long texts as can wait, so the admitted ones
        // get their summaries. (Exactly how many depends on when the workers take theirs off the queue.)
        int workers = Runtime.getRuntime().availableProcessors();
        int waiting = Math.min(QUEUE, QUEUE_CHARACTERS / text.length());
        assertThat(earlyRejections).as(report).isGreaterThanOrEqualTo(REQUESTS - 2 * workers - waiting - 5);
        assertThat(byStatus.getOrDefault(200, 0)).as(report).isGreaterThanOrEqualTo(workers);
        assertThat(missingRetryAfter).as("503 answers without Retry-After").isZero();
        assertThat(Duration.ofNanos(maxLatency)).as(report).isLessThanOrEqualTo(TIME_LIMIT.plus(MARGIN));
        assertThat(maxHeap.get()).as(report).isPositive().isLessThan(HEAP_LIMIT);
        assertThat(process.isAlive()).isTrue();
        assertThat(log).noneMatch(line -> line.contains("OutOfMemoryError"));

        // Afterwards the service answers normally: ready, and a summary within a few seconds.
        assertThat(get("/q/health/ready").statusCode()).isEqualTo(200);
        long start = System.nanoTime();
        HttpResponse<String> after = client.send(
                summaryRequest(new ObjectMapper().writeValueAsString(Map.of("text", article(600)))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** The sum of the heap pools' used bytes in a Prometheus scrape. */
    static long heapUsed(String metrics) {
        Matcher m = HEAP_USED.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return (long) sum;
    }

    /** Stands for a request that failed at the connection level. */
    private static final class FailedResponse implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return -1;
        }

        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
