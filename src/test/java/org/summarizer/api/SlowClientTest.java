package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and stalled clients cannot hold the service: with the idle timeout at 1 s (30 s in production) a half-sent
 * body and an idle keep-alive connection are closed by the server, and 60 stalled connections, three times the
 * connection cap (20 here, 2,000 in production), are all closed after the idle timeout while the service keeps
 * answering.
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
class SlowClientTest {

    /** The production settings scaled down so the test takes seconds. */
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1s", "quarkus.http.limits.max-connections", "20");
        }
    }

    @TestHTTPResource("/")
    URL base;

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Reads until the server closes the connection; the time it took, in ms. */
    private static long millisUntilClosed(Socket socket) throws IOException {
        long start = System.nanoTime();
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // a response, if any, then the close
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for 10 s", e);
        } catch (IOException e) {
            // reset by the server: closed too
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    @Timeout(30)
    void aHalfSentBodyIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"text\": \"ab")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(millisUntilClosed(socket)).isBetween(500L, 5_000L);
        }
    }

    @Test
    @Timeout(30)
    void anIdleKeepAliveConnectionIsClosed() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream()
                    .write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(millisUntilClosed(socket)).isBetween(500L, 5_000L);
        }
    }

    @Test
    @Timeout(60)
    void theConnectionCapClosesConnectionsBeyondItOnTheirFirstRequest() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = connect();
                socket.getOutputStream()
                        .write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            int answered = 0;
            int closed = 0;
            for (Socket socket : sockets) {
                socket.setSoTimeout(500);
                try {
                    byte[] head = new byte[12];
                    int n = socket.getInputStream().readNBytes(head, 0, head.length);
                    if (n == head.length && new String(head, StandardCharsets.US_ASCII).equals("HTTP/1.1 200")) {
                        answered++;
                    } else {
                        closed++;
                    }
                } catch (IOException e) {
                    closed++;
                }
            }
            // Keep-alive connections stay open after their answer, so at most the cap's worth are served (fewer if
            // a connection of another test still holds a place) and every other one is closed unanswered.
            assertThat(answered).isBetween(15, 20);
            assertThat(closed).isEqualTo(60 - answered);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        Thread.sleep(500); // closing the served connections frees their places
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @Timeout(60)
    void stalledConnectionsBeyondTheCapDoNotStopTheService() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            Thread.sleep(2_500); // past the idle timeout: the server has closed them
            for (Socket socket : stalled) {
                assertThat(millisUntilClosed(socket)).isLessThan(5_000L);
            }
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
