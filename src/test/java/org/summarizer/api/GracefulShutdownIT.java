package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void inFlightSummariesFinishAndTheProcessExitsWithinTheTimeout(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("server.log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.log.console.color=false",
                        "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitReady(base, process, log);
            String body = longArticle();
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) { // two running on the two workers, two queued
                inFlight.add(CLIENT.sendAsync(
                        HttpRequest.newBuilder(base.resolve("/v1/summaries"))
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
            assertThat(status(base.resolve("/q/health/ready")))
                    .as("readiness right after SIGTERM")
                    .isNotEqualTo(200);
            for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).startsWith("{\"summary\"");
            }
            assertThat(process.waitFor(25, TimeUnit.SECONDS))
                    .as("exits by itself within quarkus.shutdown.delay + timeout; log:%n%s", Files.readString(log))
                    .isTrue();
            double seconds = (System.nanoTime() - terminated) / 1e9;
            assertThat(seconds).isLessThan(21);
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("InterruptedException");
        } finally {
            process.destroyForcibly();
        }
    }

    private static int status(URI uri) {
        try {
            return CLIENT.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1; // refused: not serving
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitReady(URI base, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("server running; log:%n%s", Files.readString(log))
                    .isTrue();
            if (status(base.resolve("/q/health/ready")) == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready in 90 s; log:\n" + Files.readString(log));
    }
}
