package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP contract of {@code POST /v1/summaries}, with the rule-based test annotator instead of CoreNLP. */
@QuarkusTest
class SummaryResourceTest {

    static final String ARTICLE = String.join(
            "\n",
            "The city council approved a new budget for the harbor on Tuesday.",
            "The budget adds money for dredging the harbor and repairing two piers.",
            "Critics said the harbor plan ignores the needs of small fishing boats.",
            "He did not comment.",
            "The council will review the harbor budget again in March.",
            "Rain is expected on Friday.");

    private static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    private static void assertProblem(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue());
        String body = response.asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
    }

    @Test
    void returnsThreeSentencesInDocumentOrderWithOffsetsIntoTheText() {
        Response response = post(Map.of("text", ARTICLE));
        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("sentences", hasSize(3))
                .body("algorithm", equalTo("features"))
                .body("language", equalTo("en"))
                .body("sentenceCount", equalTo(6))
                .body("shortfall", nullValue())
                .body("sentences[0]", not(hasKey("features")));
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        int previous = -1;
        StringBuilder joined = new StringBuilder();
        for (Map<String, Object> s : sentences) {
            int offset = (Integer) s.get("offset");
            int length = (Integer) s.get("length");
            assertThat(ARTICLE.substring(offset, offset + length)).isEqualTo(s.get("text"));
            assertThat((Integer) s.get("index")).isGreaterThan(previous);
            previous = (Integer) s.get("index");
            assertThat(((Number) s.get("score")).doubleValue()).isBetween(0.0, 1.0);
            joined.append(joined.length() == 0 ? "" : " ").append(s.get("text"));
        }
        assertThat(response.jsonPath().getString("summary")).isEqualTo(joined.toString());
        assertThat(response.jsonPath().getList("sentences.rank", Integer.class)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(response.jsonPath().getInt("tokenCount")).isGreaterThan(50);
    }

    @Test
    void rankOrderPutsTheBestFirst() {
        Response response = post(Map.of("text", ARTICLE, "order", "rank", "sentences", 4));
        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("sentences.rank", Integer.class)).containsExactly(1, 2, 3, 4);
        List<Float> scores = response.jsonPath().getList("sentences.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void explainAddsFeatureValuesAndContributions() {
        post(Map.of("text", ARTICLE, "explain", true))
                .then()
                .statusCode(200)
                .body("sentences[0].features.position.value", notNullValue())
                .body("sentences[0].features.position.weight", nullValue())
                .body("sentences[0].features.titleOverlap.contribution", notNullValue())
                .body("sentences[0].features.lengthPrior.value", notNullValue())
                // every feature, and the shipped model's length prior
                .body("sentences[0].features.size()", equalTo(org.summarizer.features.Feature.values().length + 1));
    }

    @Test
    void everyAlgorithmAndLimitIsHonoured() {
        post(Map.of("text", ARTICLE, "algorithm", "lead", "sentences", 2))
                .then()
                .statusCode(200)
                .body("sentences.index", equalTo(List.of(0, 1)))
                .body("algorithm", equalTo("lead"));
        post(Map.of("text", ARTICLE, "algorithm", "textrank"))
                .then()
                .statusCode(200)
                .body("algorithm", equalTo("textrank"))
                .body("sentences", hasSize(3));
        post(Map.of("text", ARTICLE, "ratio", 0.2)).then().statusCode(200).body("sentences", hasSize(2));
        Response budget = post(Map.of("text", ARTICLE, "maxWords", 14, "sentences", 3));
        budget.then().statusCode(200).body("shortfall", notNullValue());
        int words = 0;
        for (String text : budget.jsonPath().getList("sentences.text", String.class)) {
            words += text.split("\\s+").length;
        }
        assertThat(words).isLessThanOrEqualTo(14);
        post(Map.of("text", ARTICLE, "maxChars", 80))
                .then()
                .statusCode(200)
                .body("summary.length()", org.hamcrest.Matchers.lessThanOrEqualTo(80));
    }

    @Test
    void shortArticlesReportAShortfall() {
        post(Map.of("text", "One sentence only.", "sentences", 3))
                .then()
                .statusCode(200)
                .body("sentences", hasSize(1))
                .body("shortfall.code", equalTo("short-article"))
                .body("shortfall.reasons", org.hamcrest.Matchers.contains("short-article"))
                .body("shortfall.requested", equalTo(3))
                .body("shortfall.returned", equalTo(1))
                .body(
                        "shortfall.message",
                        equalTo("Returned 1 of 3 requested sentences: the article has only 1 sentence."));
    }

    @Test
    void titleIsOptionalAndUsed() {
        post(Map.of("text", ARTICLE, "title", "Harbor budget approved", "explain", true))
                .then()
                .statusCode(200)
                .body("sentences.features.titleOverlap.value", hasItem(org.hamcrest.Matchers.greaterThan(0f)));
    }

    @Test
    void plainTextBodyTakesOptionsFromTheQuery() {
        given().contentType(ContentType.TEXT)
                .body(ARTICLE)
                .queryParam("sentences", 2)
                .queryParam("order", "rank")
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("sentences", hasSize(2))
                .body("sentences.rank", equalTo(List.of(1, 2)));
    }

    @Test
    void acceptTextPlainGetsJustTheSummary() {
        String json = post(Map.of("text", ARTICLE)).jsonPath().getString("summary");
        String plain = given().contentType(ContentType.JSON)
                .accept(ContentType.TEXT)
                .body(Map.of("text", ARTICLE))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .contentType(ContentType.TEXT)
                .extract()
                .asString();
        assertThat(plain).isEqualTo(json);
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        post(Map.of("text", ARTICLE, "source", "wire")).then().statusCode(200);
    }

    @Test
    void blankTextIs400() {
        Response response = post(Map.of("text", "  \n "));
        assertProblem(response, 400);
        response.then().body("errors[0].field", equalTo("text"));
        assertProblem(post(Map.of("title", "no text")), 400);
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"text\": ").post("/v1/summaries"), 400);
        assertProblem(given().contentType(ContentType.JSON).body("null").post("/v1/summaries"), 400);
        assertProblem(given().contentType(ContentType.JSON).body("[1,2]").post("/v1/summaries"), 400);
        Response wrongType =
                given().contentType(ContentType.JSON).body("{\"text\": 42}").post("/v1/summaries");
        assertProblem(wrongType, 400);
        wrongType.then().body("detail", org.hamcrest.Matchers.containsString("'text'"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"text\": \"a.\", \"sentences\": \"3\"}")
                        .post("/v1/summaries"),
                400);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"text\": \"a.\", \"sentences\": 1e400}")
                        .post("/v1/summaries"),
                400);
    }

    @Test
    void outOfRangeAndUnknownOptionsAre400WithOneErrorEach() {
        Response response = post(Map.of("text", ARTICLE, "sentences", 51, "ratio", 0, "maxWords", 0));
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.field", String.class))
                .containsExactly("maxWords", "ratio", "sentences");
        // the enumerated options are read as enums: an unknown name is an invalid option, named with the choices
        Response algorithm = post(Map.of("text", ARTICLE, "algorithm", "bert"));
        assertProblem(algorithm, 400);
        assertThat(algorithm.jsonPath().getString("type")).isEqualTo("urn:summarizer:problem:invalid-request");
        assertThat(algorithm.jsonPath().getList("errors.field", String.class)).containsExactly("algorithm");
        assertThat(algorithm.jsonPath().getString("errors[0].message"))
                .isEqualTo("must be one of 'features', 'lead', 'textrank', 'lexrank'");
        Response order = given().contentType(ContentType.JSON)
                .body("{\"text\": \"a.\", \"order\": 7}")
                .post("/v1/summaries");
        assertProblem(order, 400);
        Response query = given().contentType(ContentType.TEXT)
                .body(ARTICLE)
                .queryParam("order", "random")
                .queryParam("algorithm", "bert")
                .post("/v1/summaries");
        assertThat(query.jsonPath().getList("errors.field", String.class)).containsExactly("algorithm", "order");
        assertThat(query.jsonPath().getString("errors[1].message")).isEqualTo("must be one of 'position', 'rank'");
        assertProblem(post(Map.of("text", ARTICLE, "sentences", 1_000_000_000)), 400);
        assertProblem(post(Map.of("text", ARTICLE, "ratio", 1.5)), 400);
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body(ARTICLE)
                        .queryParam("sentence", 2)
                        .post("/v1/summaries"),
                400);
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body(ARTICLE)
                        .queryParam("ratio", "NaN")
                        .post("/v1/summaries"),
                400);
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body(ARTICLE)
                        .queryParam("sentences", "two")
                        .post("/v1/summaries"),
                400);
    }

    @Test
    void textsOverTheLimitAre413() {
        String longText = "Word. ".repeat(20_000); // 120,000 characters, under the 1 MiB body limit
        assertProblem(post(Map.of("text", longText)), 413);
        byte[] hugeBody = new byte[1_100_000];
        java.util.Arrays.fill(hugeBody, (byte) 'a');
        assertProblem(given().contentType(ContentType.TEXT).body(hugeBody).post("/v1/summaries"), 413);
    }

    @Test
    void otherMediaTypesAre415() {
        assertProblem(
                given().contentType(ContentType.XML).body("<text>hi</text>").post("/v1/summaries"), 415);
        assertProblem(
                given().contentType("application/x-www-form-urlencoded")
                        .body("text=hi")
                        .post("/v1/summaries"),
                415);
    }

    @Test
    void wrongMethodsAndPathsAreProblemsToo() {
        assertProblem(given().get("/v1/summaries"), 405);
        assertProblem(given().contentType(ContentType.JSON).body("{}").post("/v1/nothing"), 404);
    }
}
