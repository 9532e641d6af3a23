package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import org.summarizer.nlp.LongWordCheck;
import org.summarizer.testing.Readiness;

/**
 * The rows of {@code docs/reliability.md} where CoreNLP's own behaviour matters, against the packaged application
 * with the real models: undecodable bytes, control characters, huge tokens, tens of thousands of sentences, other
 * scripts, and the inputs that are slow for CoreNLP (they must end within the time limit and leave the service
 * answering).
 */
@QuarkusIntegrationTest
class HostileInputIT {

    /** The configured per-request time limit (summarizer.workers.timeout) plus a margin for a loaded machine. */
    private static final Duration LIMIT = Duration.ofSeconds(10 + 4);

    private static String article;

    @BeforeAll
    static void readArticle() throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/articles/river-bridge.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void awaitModels() {
        Readiness.await(Duration.ofSeconds(90));
    }

    private static Response postJson(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
    }

    private static void assertServiceAnswersNormally() {
        long start = System.nanoTime();
        postJson(Map.of("text", article)).then().statusCode(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void invalidUtf8Is400() {
        byte[] json = "{\"text\": \"Hello world.\"}".getBytes(StandardCharsets.UTF_8);
        json[11] = (byte) 0xff; // the 'e' of "Hello"
        HostileInputTest.assertProblem(
                given().contentType(ContentType.JSON).body(json).post("/v1/summaries"), 400, "malformed-json");
        byte[] text = "Hello world. A second sentence.".getBytes(StandardCharsets.UTF_8);
        text[5] = (byte) 0xc3;
        HostileInputTest.assertProblem(
                given().contentType(HostileInputTest.TEXT_UTF8).body(text).post("/v1/summaries"),
                400,
                "invalid-request");
    }

    @Test
    void nulAndControlCharactersGetASummaryWithExactOffsets() {
        String text = "The council\u0000 met on Tuesday.\u0007 It approved the\u001b[31m budget.\n"
                + "Critics\u0008 said the plan\u007f relies on one-time money.\u0001\n\u000b\u000c"
                + "The mayor\u200b praised the vote.";
        Response response = postJson(Map.of("text", text, "sentences", 10));
        response.then().statusCode(200);
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
        for (Map<String, Object> s : sentences) {
            int offset = (Integer) s.get("offset");
            int length = (Integer) s.get("length");
            assertThat(text.substring(offset, offset + length)).isEqualTo(s.get("text"));
        }
    }

    @Test
    void hugeTokensAre413Or422Promptly() {
        long start = System.nanoTime();
        HostileInputTest.assertProblem(postJson(Map.of("text", "a".repeat(200_000))), 413, "payload-too-large");
        HostileInputTest.assertProblem(postJson(Map.of("text", "a".repeat(99_000))), 422, "word-too-long");
        HostileInputTest.assertProblem(postJson(Map.of("text", "a,".repeat(49_500))), 422, "word-too-long");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void thirtyThreeThousandTinySentencesGetA200WithinTheTimeLimit() {
        long start = System.nanoTime();
        postJson(Map.of("text", "a.\n".repeat(33_000))).then().statusCode(200).body("sentenceCount", equalTo(33_000));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("33,000 tiny sentences: " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void chineseAndArabicAre422() {
        String chinese = "东京日本政府周二宣布了新的经济刺激计划。该计划包括对中小企业的补贴。首相表示这将有助于经济复苏。";
        HostileInputTest.assertProblem(postJson(Map.of("text", chinese)), 422, "unsupported-language");
        String arabic = "أعلنت الحكومة يوم الثلاثاء عن خطة اقتصادية جديدة. وتشمل الخطة دعما للشركات الصغيرة.";
        HostileInputTest.assertProblem(postJson(Map.of("text", arabic)), 422, "unsupported-language");
        postJson(Map.of("text", "The word for Tokyo is 東京, the guide said. The tour starts at nine."))
                .then()
                .statusCode(200);
    }

    /**
     * The slowest inputs the checks let through: runs just under the limit of the patterns CoreNLP's tokenizer is
     * quadratic on, and 49,500 unknown one-letter words (the tagger's worst case, minutes of work). Each ends with
     * 200 or a 503 at the time limit, and the interrupted work does not keep the workers busy afterwards.
     */
    @Test
    void theSlowestAcceptedInputsEndWithinTheTimeLimitAndTheServiceRecovers() {
        String nearLimitRuns = ("a,".repeat(LongWordCheck.MAX_RUN / 2 - 1) + " ").repeat(99);
        String unknownWords = "\u00e9 ".repeat(49_500);
        for (String text : List.of(nearLimitRuns, unknownWords)) {
            long start = System.nanoTime();
            Response response = postJson(Map.of("text", text));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println(
                    text.substring(0, 4) + "...: " + response.statusCode() + " in " + took.toMillis() + " ms");
            assertThat(response.statusCode()).isIn(200, 503);
            if (response.statusCode() == 503) {
                assertThat(response.getHeader("Retry-After")).isNotNull();
                HostileInputTest.assertProblem(response, 503, "overloaded");
            }
            assertThat(took).isLessThan(LIMIT);
            assertServiceAnswersNormally();
        }
    }
}
