package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summarizer.testing.DocumentedExamples;
import org.summarizer.testing.Readiness;

/**
 * Every documented request, posted to the packaged service: the README's and docs/api.md's requests (with the
 * response shown after each, compared exactly: same JSON, same text) and the OpenAPI document's examples. A made-up
 * or stale example fails the build; so does a response-looking block that follows no request.
 */
@QuarkusIntegrationTest
class DocumentedExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A features fragment line: {@code "position": {"value": 1.0, "contribution": 2.0016},}. */
    private static final Pattern FEATURE_LINE =
            Pattern.compile("\"(\\w+)\": \\{\"value\": (-?[\\d.]+), \"contribution\": (-?[\\d.]+)}");

    @BeforeEach
    void modelsLoaded() {
        Readiness.await(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/api.md"})
    void everyDocumentedRequestGivesTheDocumentedResponse(String file) throws IOException {
        DocumentedExamples.Parsed parsed =
                DocumentedExamples.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        assertThat(parsed.orphans())
                .as(file + ": response blocks (lines) that follow no request")
                .isEmpty();
        assertThat(parsed.examples()).as(file).isNotEmpty();
        for (DocumentedExamples.Example example : parsed.examples()) {
            String where = file + ":" + example.line();
            Response response = send(example);
            if (example.response() == null) {
                assertThat(response.statusCode())
                        .as(where + " " + response.asString())
                        .isEqualTo(200);
            } else if (!example.jsonResponse()) {
                assertThat(response.asString().strip())
                        .as(where)
                        .isEqualTo(example.response().strip());
            } else if (example.response().contains("\n  ...\n")) {
                assertFeatureFragment(where, example.response(), JSON.readTree(response.asString()));
            } else {
                assertThat(JSON.readTree(response.asString())).as(where).isEqualTo(JSON.readTree(example.response()));
            }
        }
    }

    @Test
    void theOpenApiExamplesAreRealRequestsAndResponses() throws IOException {
        JsonNode api = JSON.readTree(given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode post = api.at("/paths/~1v1~1summaries/post");
        JsonNode requests = post.at("/requestBody/content/application~1json/examples");
        assertThat(requests.size()).isGreaterThanOrEqualTo(3);
        for (Map.Entry<String, JsonNode> example : requests.properties()) {
            Response response = given().contentType("application/json")
                    .body(text(example.getValue().get("value")))
                    .post("/v1/summaries");
            if (example.getKey().equals("url")) {
                // A public page: valid and allowed, fetched when this machine reaches the internet (CI does not,
                // so the fetch may fail upstream; it must not fail as the request's fault).
                assertThat(response.statusCode()).as(response.asString()).isIn(200, 502, 504);
                continue;
            }
            assertThat(response.statusCode())
                    .as(example.getKey() + " " + response.asString())
                    .isEqualTo(200);
            if (example.getKey().equals("default")) {
                JsonNode documented =
                        JSON.readTree(text(post.at("/responses/200/content/application~1json/examples/summary/value")));
                assertThat(JSON.readTree(response.asString())).isEqualTo(documented);
            }
        }
        String article = text(post.at("/requestBody/content/text~1plain/examples/article/value"));
        assertThat(article).isNotBlank();
        given().contentType("text/plain")
                .body(article)
                .post("/v1/summaries")
                .then()
                .statusCode(200);

        JsonNode problem =
                JSON.readTree(text(post.at("/responses/400/content/application~1problem+json/examples/invalid/value")));
        Response invalid = given().contentType("application/json")
                .body(Map.of("text", article, "sentences", 51))
                .post("/v1/summaries");
        assertThat(JSON.readTree(invalid.asString())).isEqualTo(problem);
    }

    /** An example value: SmallRye OpenAPI parses JSON examples into objects, others stay strings. */
    private static String text(JsonNode value) {
        assertThat(value.isMissingNode()).as("example present").isFalse();
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static Response send(DocumentedExamples.Example example) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        example.headers().forEach(request::header);
        if (example.body() != null) {
            request.body(example.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(example.method(), example.target());
    }

    /** Each feature line of the fragment holds for the first sentence of the real answer. */
    private static void assertFeatureFragment(String where, String fragment, JsonNode actual) {
        JsonNode features = actual.at("/sentences/0/features");
        assertThat(features.isObject()).as(where + ": the answer has features").isTrue();
        Matcher line = FEATURE_LINE.matcher(fragment);
        int checked = 0;
        while (line.find()) {
            JsonNode feature = features.get(line.group(1));
            assertThat(feature).as(where + " " + line.group(1)).isNotNull();
            assertThat(feature.get("value").asDouble())
                    .as(where + " " + line.group(1))
                    .isEqualTo(Double.parseDouble(line.group(2)));
            assertThat(feature.get("contribution").asDouble())
                    .as(where + " " + line.group(1))
                    .isEqualTo(Double.parseDouble(line.group(3)));
            checked++;
        }
        assertThat(checked).as(where + ": feature lines").isPositive();
    }
}
