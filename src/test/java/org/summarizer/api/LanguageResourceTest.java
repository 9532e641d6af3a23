package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.Readiness;

/**
 * The {@code language} option and the 422 for text in a language that is not loaded, over HTTP (real detector, test
 * annotator): JSON, plain text with a query parameter, HTML (detected on the extracted article) and batch lines.
 */
@QuarkusTest
class LanguageResourceTest {

    static final String GERMAN = "Der Stadtrat hat am Dienstag nach einer sechsstündigen Debatte einen Haushalt von"
            + " 2,1 Milliarden Euro beschlossen.\nDie Bürgermeisterin sprach von einem gehaltenen Versprechen an die"
            + " arbeitenden Familien.\nKritiker sagen, der Plan stütze sich auf einmalige Mittel des Bundes.";

    static final String RUSSIAN = "Городской совет во вторник после шестичасовых дебатов утвердил бюджет.\nМэр назвала"
            + " голосование выполненным обещанием работающим семьям.\nКритики говорят, что план опирается на"
            + " разовые федеральные деньги.";

    @BeforeEach
    void ready() {
        Readiness.await(Duration.ofSeconds(30));
    }

    private static Response postJson(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    private static void assertUnsupported(Response response, String named) {
        response.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:summarizer:problem:unsupported-language"))
                .body("title", equalTo("Unsupported language"))
                .body("status", equalTo(422))
                .body("detail", containsString("The text is in " + named))
                .body("detail", containsString("English (en) only"));
    }

    @Test
    void germanIsRefusedNamingTheSettingThatLoadsItAndRussianAsNotSummarized() {
        Response german = postJson(Map.of("text", GERMAN));
        assertUnsupported(german, "German (de)");
        german.then().body("detail", containsString("set summarizer.languages=en,de to load it"));
        assertThat(german.asString()).doesNotContain("Stadtrat");
        Response russian = postJson(Map.of("text", RUSSIAN));
        assertUnsupported(russian, "Russian (ru)");
        russian.then().body("detail", containsString("which this service does not summarize"));
    }

    @Test
    void anExplicitLanguageOverridesDetection() {
        postJson(Map.of("text", GERMAN, "language", "en"))
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("sentenceCount", equalTo(3));
        given().contentType("text/plain; charset=UTF-8")
                .body(GERMAN)
                .when()
                .post("/v1/summaries?language=EN&sentences=1")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("sentences", hasSize(1));
    }

    @Test
    void shortAndNumericTextsFallBackToEnglish() {
        for (String text : List.of("12,345 + 67 = 12,412. 2026-11-28.", "Der Hund.", "Berlin, 2026.")) {
            postJson(Map.of("text", text)).then().statusCode(200).body("language", equalTo("en"));
        }
    }

    @Test
    void anUnknownOrUnsupportedLanguageIs400NamingTheField() {
        Map<String, String> expected = Map.of(
                "english", "must be an ISO 639-1 language code; supported: 'en' (English)",
                "de",
                        "'de' (German) is not loaded; set summarizer.languages=en,de to load it; supported: 'en' (English)",
                "ru", "'ru' (Russian) is not supported; supported: 'en' (English)");
        expected.forEach((code, message) -> postJson(Map.of("text", "A cat sat on the mat.", "language", code))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:summarizer:problem:invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("language"))
                .body("errors[0].message", equalTo(message)));
        given().contentType("text/plain; charset=UTF-8")
                .body("A cat sat on the mat.")
                .when()
                .post("/v1/summaries?language=xx")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        postJson(Map.of("text", "A cat sat.", "language", 7)).then().statusCode(400);
    }

    @Test
    void aPageIsDetectedOnItsExtractedArticle() {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Haushalt beschlossen | Post</title>"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Haushalt"
                + " beschlossen</h1><p>" + GERMAN.replace("\n", "</p><p>") + "</p></article></body></html>";
        assertUnsupported(
                given().contentType("text/html; charset=UTF-8")
                        .body(page)
                        .when()
                        .post("/v1/summaries"),
                "German (de)");
        assertUnsupported(postJson(Map.of("html", page)), "German (de)");
        given().contentType("text/html; charset=UTF-8")
                .body(page)
                .when()
                .post("/v1/summaries?language=en")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("title", equalTo("Haushalt beschlossen"));
    }

    @Test
    void batchLinesAreDecidedOneByOne() {
        String body = String.join(
                "\n",
                "{\"id\": 1, \"text\": \"The council approved the budget on Tuesday. The vote was close.\"}",
                "{\"id\": 2, \"text\": " + quote(RUSSIAN) + "}",
                "{\"id\": 3, \"text\": \"A cat sat.\", \"language\": \"de\"}",
                "{\"id\": 4, \"text\": " + quote(GERMAN) + ", \"language\": \"en\"}");
        String answer = given().contentType("application/x-ndjson; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/v1/summaries/batch")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<JsonPath> lines = answer.lines().map(JsonPath::new).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).getString("language")).isEqualTo("en");
        assertThat(lines.get(1).getString("error.type")).isEqualTo("urn:summarizer:problem:unsupported-language");
        assertThat(lines.get(1).getString("error.detail")).contains("Russian (ru)");
        assertThat(lines.get(2).getInt("error.status")).isEqualTo(400);
        assertThat(lines.get(2).getString("error.errors[0].field")).isEqualTo("language");
        assertThat(lines.get(3).getString("language")).isEqualTo("en");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
