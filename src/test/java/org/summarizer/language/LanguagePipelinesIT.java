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
 * The packaged application with {@code summarizer.languages=en,de,fr,es} and the real German, French and Spanish
 * models, on a news article in each written for this test (German low-high quotes, ordinals and abbreviations ending
 * in a period; guillemets, with no-break spaces inside in French; curly quotes, inverted question and exclamation
 * marks, numbers with decimal commas and thousands separators, names).
 */
@QuarkusIntegrationTest
@TestProfile(LanguagePipelinesIT.AllLanguages.class)
class LanguagePipelinesIT {

    /** Loads the German, French and Spanish pipelines besides the English one. */
    public static class AllLanguages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summarizer.languages", "en,de,fr,es");
        }
    }

    private static String article;
    private static String french;
    private static String german;

    @BeforeAll
    static void readArticles() throws IOException {
        article = read("/articles/es-sequia-embalses.txt");
        french = read("/articles/fr-trains-occitanie.txt");
        german = read("/articles/de-hochwasser-elbe.txt");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LanguagePipelinesIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Readiness waits for all four pipelines. */
    @BeforeEach
    void awaitModels() {
        Readiness.await(Duration.ofSeconds(90));
    }

    /** Each returned sentence is the submitted text's substring at its UTF-16 offset and length. */
    private static void assertOffsetsRoundTrip(String text, List<Map<String, Object>> sentences) {
        for (Map<String, Object> sentence : sentences) {
            int offset = (Integer) sentence.get("offset");
            int length = (Integer) sentence.get("length");
            assertThat(text.substring(offset, offset + length)).isEqualTo(sentence.get("text"));
        }
    }

    private static Response summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    /**
     * The text with its title is detected as {@code language} and split into {@code count} sentences; 2-3 come back
     * with offsets that round-trip, the same on a second request. Returns the texts of all its sentences.
     */
    private static List<String> summarizedAs(String language, String text, String title, int count) {
        Map<String, Object> request = Map.of("text", text, "title", title);
        Response response = summarize(request);
        response.then().statusCode(200).body("language", equalTo(language));
        assertThat(response.jsonPath().getInt("sentenceCount")).isEqualTo(count);
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        assertThat(sentences).hasSizeBetween(2, 3);
        assertOffsetsRoundTrip(text, sentences);
        assertThat(summarize(request).jsonPath().getList("sentences")).isEqualTo(sentences);
        return summarize(Map.of("text", text, "language", language, "sentences", count))
                .jsonPath()
                .getList("sentences.text");
    }

    @Test
    void aSpanishArticleIsDetectedSplitAsAReaderWouldAndItsOffsetsRoundTrip() {
        // Ten paragraphs; the quote, the question and the exclamation each end a sentence: 17 in all.
        List<String> all = summarizedAs("es", article, "Los embalses del Guadalquivir, en mínimos", 17);
        assertThat(all)
                .contains("¿Quién pagará las pérdidas de una campaña de olivar que ya viene mermada?")
                .contains("¡Basta ya de parches!")
                .contains("«Lo que no gastemos ahora será lo que beban nuestros hijos en agosto.»");
    }

    @Test
    void aFrenchArticleIsDetectedSplitAsAReaderWouldAndItsOffsetsRoundTrip() {
        // Ten paragraphs; the second quote, the question and the exclamation each end a sentence: 15 in all.
        List<String> all = summarizedAs("fr", french, "Occitanie : 1 200 TER supprimés par semaine", 15);
        assertThat(all)
                .contains("Quelle galère\u00A0!")
                .contains("Faut-il confier certaines lignes à la concurrence\u00A0?")
                .contains("«\u00A0Il faudra dix-huit mois pour rattraper ce retard.\u00A0»");
    }

    @Test
    void aGermanArticleIsDetectedSplitAsAReaderWouldAndItsOffsetsRoundTrip() {
        // Ten paragraphs, 19 sentences: neither the ordinal "3." nor "Dr.", "z. B." or "Mio." ends one.
        List<String> all = summarizedAs("de", german, "Elbe-Hochwasser: Dresden ruft Katastrophenalarm aus", 19);
        assertThat(all)
                .contains("\u201EBis dahin z\u00E4hlt jede Stunde.\u201C")
                .contains("Ist die Stadt diesmal besser vorbereitet als 2013?")
                .contains("Die Deutsche Bahn stellte den Fernverkehr zwischen Dresden und Prag bis zum 3. Oktober"
                        + " vorsorglich ein.")
                .anySatisfy(text -> assertThat(text).startsWith("Der Hydrologe Dr. Martin Kaiser"))
                .anySatisfy(
                        text -> assertThat(text).startsWith("Seitdem wurden").endsWith("investiert."));
    }

    @Test
    void textRankAndLexRankSummarizeEveryLoadedLanguage() {
        Map<String, String> articles = Map.of("de", german, "fr", french, "es", article);
        articles.forEach((language, text) -> {
            for (String algorithm : List.of("textrank", "lexrank")) {
                Response response = summarize(Map.of("text", text, "algorithm", algorithm));
                response.then()
                        .statusCode(200)
                        .body("language", equalTo(language))
                        .body("algorithm", equalTo(algorithm));
                List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
                assertThat(sentences).as(language + " " + algorithm).hasSizeBetween(2, 3);
                assertOffsetsRoundTrip(text, sentences);
            }
        });
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
