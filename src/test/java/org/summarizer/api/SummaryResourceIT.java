package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.Readiness;

/** The packaged application with the real CoreNLP models, on an article written for these tests. */
@QuarkusIntegrationTest
class SummaryResourceIT {

    private static String article;

    @BeforeAll
    static void readArticle() throws IOException {
        try (InputStream in = SummaryResourceIT.class.getResourceAsStream("/articles/river-bridge.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The models load in the background after the HTTP server starts (RestAssured is set up per test). */
    @BeforeEach
    void awaitModels() {
        Readiness.await(Duration.ofSeconds(60));
    }

    private static Response summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    @Test
    void threeSentencesWhoseOffsetsPointAtTheirText() {
        Response response = summarize(
                Map.of("text", article, "title", "Halvorsen River Bridge to close for eight months for cable repairs"));
        response.then().statusCode(200).body("sentences", hasSize(3)).body("shortfall", equalTo(null));
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        int previousIndex = -1;
        for (Map<String, Object> sentence : sentences) {
            int offset = (Integer) sentence.get("offset");
            int length = (Integer) sentence.get("length");
            assertThat(article.substring(offset, offset + length)).isEqualTo(sentence.get("text"));
            assertThat((Integer) sentence.get("index")).isGreaterThan(previousIndex);
            previousIndex = (Integer) sentence.get("index");
        }
        // The lead sentence states the news; the ranker must keep it.
        assertThat(response.jsonPath().getList("sentences.index", Integer.class))
                .contains(0);
        assertThat(response.jsonPath().getInt("sentenceCount")).isBetween(25, 30);
    }

    @Test
    void rankOrderAndExplanationsOnRequest() {
        Response response = summarize(Map.of("text", article, "order", "rank", "explain", true, "sentences", 4));
        response.then()
                .statusCode(200)
                .body("sentences.rank", equalTo(List.of(1, 2, 3, 4)))
                .body("sentences[0].features.entityDensity.value", notNullValue());
        List<Float> scores = response.jsonPath().getList("sentences.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void theSameArticleAlwaysGetsTheSameSummary() {
        String first = summarize(Map.of("text", article)).asString();
        for (int i = 0; i < 3; i++) {
            assertThat(summarize(Map.of("text", article)).asString()).isEqualTo(first);
        }
        String plain = given().contentType(ContentType.TEXT)
                .accept(ContentType.TEXT)
                .body(article)
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(plain)
                .isEqualTo(summarize(Map.of("text", article)).jsonPath().getString("summary"));
    }
}
