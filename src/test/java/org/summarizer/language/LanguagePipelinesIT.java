package org.summarizer.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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

/**
 * The packaged application with {@code summarizer.languages=en,es} and the real Spanish models, on a Spanish news
 * article written for this test (guillemets and curly quotes, inverted question and exclamation marks, numbers with
 * decimal commas and thousands points, names).
 */
@QuarkusIntegrationTest
@TestProfile(LanguagePipelinesIT.EnglishAndSpanish.class)
class LanguagePipelinesIT {

    /** Loads the Spanish pipeline besides the English one. */
    public static class EnglishAndSpanish implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summarizer.languages", "en,es");
        }
    }

    private static String article;

    @BeforeAll
    static void readArticle() throws IOException {
        try (InputStream in = LanguagePipelinesIT.class.getResourceAsStream("/articles/es-sequia-embalses.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Readiness waits for both pipelines. */
    @BeforeEach
    void awaitModels() {
        Readiness.await(Duration.ofSeconds(90));
    }

    private static Response summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    @Test
    void aSpanishArticleIsDetectedSplitAsAReaderWouldAndItsOffsetsRoundTrip() {
        Response response = summarize(Map.of("text", article, "title", "Los embalses del Guadalquivir, en mínimos"));
        response.then().statusCode(200).body("language", equalTo("es"));
        // Ten paragraphs; the quote, the question and the exclamation each end a sentence: 17 in all.
        assertThat(response.jsonPath().getInt("sentenceCount")).isEqualTo(17);
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        assertThat(sentences).hasSizeBetween(2, 3);
        for (Map<String, Object> sentence : sentences) {
            int offset = (Integer) sentence.get("offset");
            int length = (Integer) sentence.get("length");
            assertThat(article.substring(offset, offset + length)).isEqualTo(sentence.get("text"));
        }
        Response again = summarize(Map.of("text", article, "title", "Los embalses del Guadalquivir, en mínimos"));
        assertThat(again.jsonPath().getList("sentences")).isEqualTo(sentences);
    }

    @Test
    void invertedMarksStartTheirSentences() {
        Response response = summarize(Map.of("text", article, "language", "es", "sentences", 17));
        response.then().statusCode(200).body("language", equalTo("es"));
        List<String> texts = response.jsonPath().getList("sentences.text");
        assertThat(texts)
                .contains("¿Quién pagará las pérdidas de una campaña de olivar que ya viene mermada?")
                .contains("¡Basta ya de parches!")
                .contains("«Lo que no gastemos ahora será lo que beban nuestros hijos en agosto.»");
    }

    @Test
    void englishIsStillSummarizedAsEnglish() {
        String english = "The city council approved a budget of 4.2 million dollars on Monday. The mayor said the"
                + " money would repair three bridges and two schools. Work is expected to begin in March.";
        summarize(Map.of("text", english, "sentences", 1))
                .then()
                .statusCode(200)
                .body("language", equalTo("en"));
    }
}
