package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.FakeAnnotatorFactory;

/**
 * The worker pool's admission: with one worker held busy, texts wait while they fit the queue's character budget and
 * a text that would pass it is refused at once with 503 + Retry-After; the waiting ones finish once the worker is
 * free.
 */
@QuarkusTest
@TestProfile(WorkerPoolTest.OneWorkerSmallBudget.class)
class WorkerPoolTest {

    private static final int BUDGET = 2_000;
    private static final Pattern QUEUED_CHARACTERS =
            Pattern.compile("^summarizer_queue_characters(?:\\{[^}]*})? ([0-9.eE+]+)$", Pattern.MULTILINE);

    /** One worker, four queue places, {@value #BUDGET} waiting characters, a time limit longer than the test. */
    public static class OneWorkerSmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "summarizer.workers.threads",
                    "1",
                    "summarizer.workers.queue",
                    "4",
                    "summarizer.workers.queue-characters",
                    Integer.toString(BUDGET),
                    "summarizer.workers.timeout",
                    "60s",
                    "quarkus.shutdown.timeout",
                    "90s");
        }
    }

    @AfterEach
    void releaseWorkers() {
        FakeAnnotatorFactory.releaseWorkers();
    }

    /** An article of about {@code characters} characters whose annotation blocks while workers are held. */
    private static String blockingArticle(int characters) {
        String sentence = "The " + FakeAnnotatorFactory.BLOCKING_MARKER + " council met about the harbor budget.\n";
        return sentence.repeat(Math.max(1, characters / sentence.length()));
    }

    private static CompletableFuture<Response> postAsync(String text) {
        return CompletableFuture.supplyAsync(() ->
                given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/summaries"));
    }

    private static double queuedCharacters() {
        Matcher m = QUEUED_CHARACTERS.matcher(given().get("/q/metrics").asString());
        assertThat(m.find()).as("summarizer_queue_characters in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void refusesAtOnceWhatDoesNotFitTheCharacterBudgetAndFinishesWhatWaits() throws Exception {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        FakeAnnotatorFactory.holdWorkers();

        String running = blockingArticle(300);
        CompletableFuture<Response> first = postAsync(running);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeAnnotatorFactory.blockedWorkers() == 1);

        String waiting = blockingArticle(1_500);
        CompletableFuture<Response> second = postAsync(waiting);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queuedCharacters() == waiting.length());

        // 1,500 waiting + 600 would pass the budget of 2,000: refused at once, although queue places are free.
        long start = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("text", blockingArticle(600)))
                .post("/v1/summaries")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("type", equalTo("urn:summarizer:problem:overloaded"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        String small = blockingArticle(400);
        CompletableFuture<Response> third = postAsync(small);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> queuedCharacters() == waiting.length() + small.length());

        FakeAnnotatorFactory.releaseWorkers();
        for (CompletableFuture<Response> answer : java.util.List.of(first, second, third)) {
            Response response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        }
        assertThat(queuedCharacters()).isZero();
    }
}
