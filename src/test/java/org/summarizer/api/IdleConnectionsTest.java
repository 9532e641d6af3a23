package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summarizer.testing.Readiness;

/**
 * 5,000 idle connections, each holding half a request line: the service keeps answering other clients while they
 * are open, and closes every one of them after the idle timeout (5 s here, 30 s in production). They are not
 * turned away by {@code quarkus.http.limits.max-connections}, which counts a connection from its first complete
 * request (see {@code SlowClientTest.theConnectionCapClosesConnectionsBeyondItOnTheirFirstRequest}).
 */
@QuarkusTest
@TestProfile(IdleConnectionsTest.ShortIdleTimeout.class)
class IdleConnectionsTest {

    private static final int CONNECTIONS = 5_000;

    /** The shipped settings with a shorter idle timeout, so the test takes seconds. */
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "5s");
        }
    }

    @TestHTTPResource("/")
    URL base;

    /** Whether the server closes the connection within {@code millis}. */
    private static boolean closedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    @Timeout(120)
    void fiveThousandIdleConnectionsDoNotStopTheServiceAndAreAllClosed() throws Exception {
        Readiness.await(Duration.ofSeconds(30));
        List<Socket> sockets = new ArrayList<>(CONNECTIONS);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            long openedMillis = (System.nanoTime() - start) / 1_000_000;

            given().get("/q/health/live").then().statusCode(200);
            given().contentType("application/json")
                    .body("{\"text\": \"The council met on Monday. It approved a new bridge. Work starts in May.\","
                            + " \"sentences\": 1}")
                    .post("/v1/summaries")
                    .then()
                    .statusCode(200);
            long servedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(closedByServer(sockets.get(CONNECTIONS - 1), 1))
                    .as("the last idle connection is still open while the service answers")
                    .isFalse();

            for (Socket socket : sockets) {
                assertThat(closedByServer(socket, 20_000))
                        .as("closed after the idle timeout")
                        .isTrue();
            }
            long closedMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "IdleConnectionsTest: %d connections opened in %d ms; health and a summary answered at %d ms;"
                            + " all closed by the server at %d ms%n",
                    CONNECTIONS, openedMillis, servedMillis, closedMillis);
            assertThat(closedMillis).isGreaterThanOrEqualTo(4_000);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
