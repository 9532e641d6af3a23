package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI and metrics endpoints. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsSplitIntoLivenessReadinessAndStartup() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // The fake model load finishes at once; readiness reports the model check by name.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("checks.name", hasItem("nlp-models")));
        given().get("/q/health/started").then().statusCode(200);
    }

    /**
     * docs/openapi.json, from which the build generates and validates a Java client (GeneratedClientIT), is the served
     * document; after an API change, copy {@code target/openapi-served.json} (written here) over it.
     */
    @Test
    void theCommittedOpenApiDocumentIsTheServedOne() throws java.io.IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String served = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "openapi-served.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)) + "\n");
        org.assertj.core.api.Assertions.assertThat(json.readTree(served))
                .as("docs/openapi.json is stale: copy target/openapi-served.json over it")
                .isEqualTo(json.readTree(
                        java.nio.file.Path.of("docs", "openapi.json").toFile()));
    }

    @Test
    void openApiDocumentsEveryOptionWithExamples() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/v1/summaries'.post.requestBody.content.'application/json'.examples.keySet()",
                        hasItem("budgets"))
                .body("components.schemas.SummaryRequest.properties.keySet()", hasItem("maxChars"))
                .body("components.schemas.Algorithm.enum", hasItem("textrank"))
                .body("components.schemas.SentenceOrder.enum", hasItem("rank"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsCountSummariesAndHistogramLatency() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", SummaryResourceTest.ARTICLE))
                .post("/v1/summaries")
                .then()
                .statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("summarizer_summaries_seconds_count{algorithm=\"features\""))
                .body(containsString("http_server_requests_seconds_bucket"))
                .body(containsString("summarizer_request_text_characters_bucket"));
    }
}
