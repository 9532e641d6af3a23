package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.Readiness;

/** {@code POST /v1/summaries/batch}: NDJSON in, one answer line per input line in input order, errors per line. */
@QuarkusTest
class BatchResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void ready() {
        Readiness.await(Duration.ofSeconds(30));
    }

    private static Response post(String body) {
        return given().contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/summaries/batch");
    }

    private static List<JsonNode> lines(Response response) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void answersEveryLineInOrderAndKeepsServingAfterBadLines() throws Exception {
        String batch = String.join(
                "\n",
                "{\"id\": 1, \"text\": \"Rain fell on the valley. The river flooded the town. A bakery gave bread.\","
                        + " \"sentences\": 1}",
                "{\"id\": \"two\", \"text\": \"Officials met on Monday. They approved a new bridge.\","
                        + " \"algorithm\": \"lead\"}",
                "{\"id\": 3, \"text\": \"not closed",
                "",
                "{\"id\": 4, \"text\": \"   \"}",
                "{\"id\": 5, \"text\": \"A cat sat.\", \"sentences\": 0}",
                "[1, 2]",
                "{\"id\": 7, \"text\": \"The last line still gets its summary.\", \"algorithm\": \"bert\"}",
                "{\"id\": 8, \"text\": \"The last line still gets its summary.\"}");
        Response response = post(batch);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> answers = lines(response);
        assertThat(answers).hasSize(8);
        assertThat(answers.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(answers.get(0).get("sentences")).hasSize(1);
        assertThat(answers.get(1).get("id").asText()).isEqualTo("two");
        assertThat(answers.get(1).get("algorithm").asText()).isEqualTo("lead");
        assertThat(answers.get(2).get("error").get("type").asText()).isEqualTo("urn:summarizer:problem:malformed-json");
        assertThat(answers.get(3).get("id").asInt()).isEqualTo(4);
        assertThat(answers.get(3).get("error").get("errors").get(0).get("field").asText())
                .isEqualTo("text");
        assertThat(answers.get(4).get("error").get("errors").get(0).get("field").asText())
                .isEqualTo("sentences");
        assertThat(answers.get(5).get("error").get("status").asInt()).isEqualTo(400);
        assertThat(answers.get(6).get("id").asInt()).isEqualTo(7);
        assertThat(answers.get(6).get("error").get("errors").get(0).get("field").asText())
                .isEqualTo("algorithm");
        assertThat(answers.get(7).get("id").asInt()).isEqualTo(8);
        assertThat(answers.get(7).get("summary").asText()).isEqualTo("The last line still gets its summary.");
    }

    @Test
    void manyLinesKeepTheirOrder() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            batch.append("{\"id\": ")
                    .append(i)
                    .append(", \"text\": \"Line ")
                    .append(i)
                    .append(" is about the council. It met today.\"}\n");
        }
        List<JsonNode> answers = lines(post(batch.toString()));
        assertThat(answers).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(answers.get(i).get("id").asInt()).isEqualTo(i);
            assertThat(answers.get(i).get("summary").asText()).contains("Line " + i + " ");
        }
    }

    @Test
    void moreLinesThanTheLimitIs413BeforeAnyLineRuns() {
        String batch = "{\"text\": \"A cat sat.\"}\n".repeat(1_001);
        Response response = post(batch);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("detail")).contains("1001 lines", "summarizer.batch.max-lines");
    }

    @Test
    void linesMayBePagesAndUrlsWithTheirOwnProblems() throws Exception {
        String batch = String.join(
                "\n",
                "{\"id\": \"page\", \"html\": \"<html><head><title>Bridge opens | Post</title></head><body><nav>Home"
                        + " News</nav><article><p>The new bridge opened on Monday after two years of work.</p><p>About"
                        + " 20,000 cars are expected to cross it every day.</p></article></body></html>\","
                        + " \"sentences\": 1}",
                "{\"id\": \"metadata\", \"url\": \"http://169.254.169.254/latest/meta-data/\"}");
        List<JsonNode> lines = lines(post(batch));
        assertThat(lines).hasSize(2);
        JsonNode page = lines.get(0);
        assertThat(page.get("id").asText()).isEqualTo("page");
        assertThat(page.get("title").asText()).isEqualTo("Bridge opens");
        String text = page.get("text").asText();
        assertThat(text).doesNotContain("Home News");
        JsonNode sentence = page.get("sentences").get(0);
        int offset = sentence.get("offset").asInt();
        assertThat(text.substring(offset, offset + sentence.get("length").asInt()))
                .isEqualTo(sentence.get("text").asText());
        JsonNode refused = lines.get(1);
        assertThat(refused.get("id").asText()).isEqualTo("metadata");
        assertThat(refused.at("/error/type").asText()).isEqualTo("urn:summarizer:problem:url-not-allowed");
        assertThat(refused.at("/error/status").asInt()).isEqualTo(400);
    }
}
