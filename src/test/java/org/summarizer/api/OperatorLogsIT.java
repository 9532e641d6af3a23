package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summarizer.testing.PackagedService;

/**
 * The packaged service's logs as an operator reads them: with {@code quarkus.log.console.json.enabled=true} every
 * line is one JSON object, and each request leaves an access-log line with its request line, status and time taken.
 */
class OperatorLogsIT {

    private static final Pattern ACCESS = Pattern.compile("\"POST /v1/summaries HTTP/[0-9.]+\" 200 \\d+ \\d+ ms");

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void jsonLogsWithAnAccessLineForEveryRequest(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        try (PackagedService service = PackagedService.start(log, "-Dquarkus.log.console.json.enabled=true")) {
            service.awaitReady(Duration.ofSeconds(90));
            int status = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(service.base().resolve("/v1/summaries"))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"text\": \"A cat sat on the mat. The dog ran away.\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as("a summary once the models are loaded").isEqualTo(200);
            Thread.sleep(500); // let the access line reach the log
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("OpenJDK")) {
                continue; // the JVM's own warnings bypass the log manager
            }
            lines.add(json.readTree(line));
        }
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(line.has("level") && line.has("message")).isTrue());
        assertThat(lines)
                .filteredOn(line -> line.get("loggerName").asText().equals("io.quarkus.http.access-log"))
                .anySatisfy(line -> assertThat(line.get("message").asText()).containsPattern(ACCESS));
    }
}
