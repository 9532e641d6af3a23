package org.summarizer.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Waits for {@code /q/health/ready}: the packaged service starts its HTTP server first and loads the models in the
 * background, so integration tests wait for readiness before their first summary (RestAssured is set up per test).
 */
public final class Readiness {

    private Readiness() {}

    /** Waits until the service is ready, failing after {@code limit}. */
    public static void await(Duration limit) {
        Awaitility.await()
                .atMost(limit)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }
}
