package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summarizer.testing.PackagedService;

/**
 * SIGTERM with summaries in flight, on the packaged service with its shipped shutdown settings: the running and
 * queued summaries still get 200, readiness turns DOWN at once, and the process exits by itself within
 * {@code quarkus.shutdown.delay} + {@code quarkus.shutdown.timeout}.
 */
class GracefulShutdownIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** About 14,000 words: roughly a second of work per request on this machine. */
    private static String longArticle() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_150; i++) {
            text.append("Council member ")
                    .append(i)
                    .append(" said the budget plan would change schools and roads next year. ");
        }
        return "{\"text\": \"" + text + "\"}";
    }

    /** Waits until the first two requests have reached the service and both have left the queue for a worker. */
    private static void awaitEmptyQueue(PackagedService service) throws Exception {
        HttpRequest metrics = HttpRequest.newBuilder(service.base().resolve("/q/metrics"))
                .GET()
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String body =
                    CLIENT.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
            if (metric(body, "summarizer_request_text_characters_count") >= 2
                    && metric(body, "summarizer_queue_size") == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first two requests did not reach the workers within 20 s");
    }

    /** The value of an unlabelled Prometheus metric, -1 when it is absent. */
    private static double metric(String exposition, String name) {
        return exposition
                .lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void inFlightSummariesFinishAndTheProcessExitsWithinTheTimeout(@TempDir Path dir) throws Exception {
        try (PackagedService service = PackagedService.start(dir.resolve("server.log"))) {
            service.awaitReady(Duration.ofSeconds(90));
            Process process = service.process();
            String body = longArticle();
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) { // two running on the two workers, two queued
                if (i == 2) {
                    // the queue holds about three of these texts' characters: let the workers take the first two
                    awaitEmptyQueue(service);
                }
                inFlight.add(CLIENT.sendAsync(
                        HttpRequest.newBuilder(service.base().resolve("/v1/summaries"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(300);
            long terminated = System.nanoTime();
            process.destroy(); // SIGTERM
            Thread.sleep(300);
            assertThat(service.status("/q/health/ready"))
                    .as("readiness right after SIGTERM")
                    .isNotEqualTo(200);
            for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).startsWith("{\"summary\"");
            }
            assertThat(process.waitFor(25, TimeUnit.SECONDS))
                    .as("exits by itself within quarkus.shutdown.delay + timeout; log:%n%s", service.output())
                    .isTrue();
            double seconds = (System.nanoTime() - terminated) / 1e9;
            assertThat(seconds).isLessThan(21);
            assertThat(service.output()).doesNotContain("InterruptedException");
        }
    }
}
