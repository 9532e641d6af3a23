package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.Readiness;
import summarizer.client.ApiClient;
import summarizer.client.ApiException;
import summarizer.client.api.SummariesApi;
import summarizer.client.model.Algorithm;
import summarizer.client.model.Problem;
import summarizer.client.model.SentenceOrder;
import summarizer.client.model.SummaryRequest;
import summarizer.client.model.SummaryResponse;

/**
 * The OpenAPI document is usable by real clients: the build generates a Java client from docs/openapi.json with
 * openapi-generator (which validates the document first), and this test calls the packaged service through it, on
 * the plain-text and JSON content types of {@code POST /v1/summaries} and for a problem answer.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    private static final String ARTICLE = "The city council approved a $2.1 billion budget on Tuesday after a six-hour"
            + " debate.\nThe plan raises spending on schools by 4 percent and freezes property taxes for a third"
            + " year.\nMayor Ana Ruiz called the vote a promise kept to working families.";

    private ApiClient client;

    @BeforeEach
    void clientForTheRunningService() {
        Readiness.await(Duration.ofSeconds(60));
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
    }

    @Test
    void plainTextWithQueryOptions() throws ApiException {
        SummaryResponse response = new SummariesApi(client)
                .v1SummariesPost(
                        ARTICLE, 1, SentenceOrder.RANK, Algorithm.LEAD, null, null, null, null, "en", false, Map.of());
        assertThat(response.getAlgorithm()).isEqualTo("lead");
        assertThat(response.getLanguage()).isEqualTo("en");
        assertThat(response.getSentences()).hasSize(1);
        assertThat(response.getSentences().get(0).getIndex()).isZero();
        assertThat(response.getSentenceCount()).isEqualTo(3);
        assertThat(response.getShortfall()).isNull();
    }

    @Test
    void jsonWithTheGeneratedRequestModel() throws Exception {
        // one operation serves both content types; the generated method sends text/plain, so JSON is chosen per call
        client.setRequestInterceptor(builder -> builder.setHeader("Content-Type", "application/json"));
        SummaryRequest request = new SummaryRequest()
                .text(ARTICLE)
                .title("Council approves budget")
                .sentences(5)
                .ratio(1.0);
        SummaryResponse response = new SummariesApi(client)
                .v1SummariesPost(
                        client.getObjectMapper().writeValueAsString(request),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of());
        assertThat(response.getAlgorithm()).isEqualTo("features");
        assertThat(response.getSentences()).hasSize(3);
        assertThat(response.getShortfall().getCode().getValue()).isEqualTo("short-article");
        assertThat(response.getShortfall().getRequested()).isEqualTo(5);
        assertThat(response.getShortfall().getReturned()).isEqualTo(3);
    }

    @Test
    void aProblemAnswerReadsAsTheGeneratedProblemModel() throws Exception {
        ApiException failure = catchThrowableOfType(
                ApiException.class,
                () -> new SummariesApi(client)
                        .v1SummariesPost(ARTICLE, 51, null, null, null, null, null, null, null, null, Map.of()));
        assertThat(failure.getCode()).isEqualTo(400);
        Problem problem = client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo("urn:summarizer:problem:invalid-request");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).hasSize(1);
        assertThat(problem.getErrors().get(0).getField()).isEqualTo("sentences");
    }
}
