package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.FakeAnnotatorFactory;

/** While the models load, the service is live but not ready and answers summaries with 503 + Retry-After. */
@QuarkusTest
@TestProfile(ModelLoadingTest.HeldLoad.class)
class ModelLoadingTest {

    /** Holds the fake model load until the test releases it. */
    public static class HeldLoad implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.annotator.hold", "true");
        }
    }

    @Test
    void answers503WithRetryAfterUntilTheModelsAreLoaded() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(503);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", SummaryResourceTest.ARTICLE))
                .post("/v1/summaries")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("type", equalTo("urn:summarizer:problem:not-ready"));

        FakeAnnotatorFactory.release();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", SummaryResourceTest.ARTICLE))
                .post("/v1/summaries")
                .then()
                .statusCode(200);
    }
}
