package org.summarizer.bench.load;

import static org.summarizer.bench.load.ProcStats.clientCpuSeconds;
import static org.summarizer.bench.load.ProcStats.cpuSeconds;
import static org.summarizer.bench.load.ProcStats.machineBusySeconds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Sends the load benchmark's requests to {@code POST /v1/summaries} and times them, three ways:
 * <ul>
 * <li>{@link #closedLoop}: {@code concurrency} clients, each sending its next article when the last one is answered
 * (the service time and throughput at a given concurrency);</li>
 * <li>{@link #openLoop}: articles sent at a fixed arrival rate whatever the answers do, each latency counted from the
 * moment the request was due, so a slow spell delays the requests behind it and shows in the tail instead of
 * pausing the load (no coordinated omission);</li>
 * <li>{@link #overload}: far more concurrent clients than workers and queue, recording every status.</li>
 * </ul>
 * Request bodies are written with Jackson.
 */
final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI uri;
    private final LongSupplier serverPid;

    /**
     * @param client    the HTTP client (HTTP/1.1)
     * @param port      the service's loopback port
     * @param serverPid the running server's process id, for its CPU time
     */
    LoadGenerator(HttpClient client, int port, LongSupplier serverPid) {
        this.client = client;
        this.uri = URI.create("http://127.0.0.1:" + port + "/v1/summaries");
        this.serverPid = serverPid;
    }

    /** The request body {@code {"text": ...}}. */
    static String json(String text) {
        try {
            return JSON.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest request(String text, Duration timeout) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(text)))
                .build();
    }

    /** Sends every text once with {@code concurrency} client threads; latencies of the 200 responses. */
    Phase closedLoop(List<String> bodies, int concurrency) throws InterruptedException {
        double serverCpu0 = cpuSeconds(serverPid.getAsLong());
        double clientCpu0 = clientCpuSeconds();
        double busy0 = machineBusySeconds();
        long[] latencies = new long[bodies.size()];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(
                    () -> {
                        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                            HttpRequest request = request(bodies.get(i), Duration.ofSeconds(30));
                            long begin = System.nanoTime();
                            try {
                                HttpResponse<String> response =
                                        client.send(request, HttpResponse.BodyHandlers.ofString());
                                long took = System.nanoTime() - begin;
                                if (response.statusCode() == 200
                                        && response.body().startsWith("{\"summary\"")) {
                                    latencies[i] = took;
                                } else {
                                    errors.incrementAndGet();
                                    if (firstErrors.size() < 3) {
                                        firstErrors.add(response.statusCode() + " " + abbreviate(response.body()));
                                    }
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 3) {
                                    firstErrors.add(e.toString());
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    },
                    "client-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpu = cpuSeconds(serverPid.getAsLong()) - serverCpu0;
        double clientCpu = clientCpuSeconds() - clientCpu0;
        double others = Math.max(0, (machineBusySeconds() - busy0 - serverCpu - clientCpu) / seconds);
        if (!firstErrors.isEmpty()) {
            log("errors: %s", firstErrors);
        }
        return new Phase(
                Arrays.stream(latencies).filter(l -> l >= 0).toArray(), errors.get(), seconds, serverCpu, others);
    }

    /**
     * Sends {@code bodies} at {@code perSecond} requests per second (evenly spaced), each when it is due whether or
     * not earlier ones were answered; a latency runs from when the request was due to its answer.
     */
    OpenLoop openLoop(List<String> bodies, double perSecond) {
        long interval = (long) (1e9 / perSecond);
        long[] latencies = new long[bodies.size()];
        Arrays.fill(latencies, -1);
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            answers.add(client.sendAsync(
                            request(bodies.get(i), Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long took = System.nanoTime() - due;
                        if (failure == null && response.statusCode() == 200) {
                            latencies[index] = took;
                        } else {
                            errors.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new OpenLoop(
                perSecond, Arrays.stream(latencies).filter(l -> l >= 0).toArray(), errors.get(), seconds);
    }

    /** Sends {@code requests} articles from {@code concurrency} threads at once, recording every status. */
    Overload overload(List<String> variants, int concurrency, int requests) throws InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Long> ok = new ArrayList<>();
        List<Long> rejected = new ArrayList<>();
        boolean[] retryAfter = {true};
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(
                    () -> {
                        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                            HttpRequest request = request(variants.get(i % variants.size()), Duration.ofSeconds(60));
                            long begin = System.nanoTime();
                            int status;
                            try {
                                HttpResponse<String> response =
                                        client.send(request, HttpResponse.BodyHandlers.ofString());
                                status = response.statusCode();
                                long took = System.nanoTime() - begin;
                                synchronized (statuses) {
                                    if (status == 200) {
                                        ok.add(took);
                                    } else if (status == 503) {
                                        rejected.add(took);
                                        retryAfter[0] &= response.headers()
                                                .firstValue("Retry-After")
                                                .isPresent();
                                    }
                                }
                            } catch (IOException e) {
                                status = -1;
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            synchronized (statuses) {
                                statuses.merge(status, 1, Integer::sum);
                            }
                        }
                    },
                    "overload-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] okArray = ok.stream().mapToLong(Long::longValue).toArray();
        long[] rejectedArray = rejected.stream().mapToLong(Long::longValue).toArray();
        return new Overload(
                concurrency,
                statuses,
                Stats.percentile(okArray, 50),
                Stats.percentile(rejectedArray, 50),
                Stats.percentile(rejectedArray, 99),
                rejected.isEmpty() || retryAfter[0],
                seconds);
    }

    /**
     * Sends {@code texts} as one NDJSON batch to {@code /v1/summaries/batch} and reads the streamed answers: how many
     * came back as summaries, and in how long.
     */
    BatchRun batch(List<String> texts) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            body.append(JSON.writeValueAsString(Map.of("id", i, "text", texts.get(i))))
                    .append('\n');
        }
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/v1/summaries/batch"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        double serverCpu0 = cpuSeconds(serverPid.getAsLong());
        long start = System.nanoTime();
        HttpResponse<java.util.stream.Stream<String>> response =
                client.send(request, HttpResponse.BodyHandlers.ofLines());
        long summaries;
        long lines;
        try (var stream = response.body()) {
            List<String> answers = stream.filter(line -> !line.isBlank()).toList();
            lines = answers.size();
            summaries = answers.stream()
                    .filter(line -> line.contains("\"summary\""))
                    .count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BatchRun(
                texts.size(),
                response.statusCode(),
                (int) lines,
                (int) summaries,
                seconds,
                cpuSeconds(serverPid.getAsLong()) - serverCpu0,
                body.length());
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[load] " + format + "%n", args);
    }
}
