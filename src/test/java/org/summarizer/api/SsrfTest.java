package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the shipped settings, a {@code url} that names a non-public address in any spelling is refused with a 400
 * problem before any connection: a listener on the loopback port the URLs name is never connected to. The rows are
 * those of docs/reliability.md's SSRF table ({@code PORT} is the listener's port).
 */
@QuarkusTest
class SsrfTest {

    private static ServerSocket listener;

    @BeforeAll
    static void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(1);
    }

    @AfterAll
    static void close() throws IOException {
        listener.close();
    }

    private static boolean someoneConnected() throws IOException {
        try {
            listener.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://localhost:PORT/, url-not-allowed",
        "http://LOCALHOST.:PORT/, url-not-allowed",
        "http://127.0.0.1:PORT/, url-not-allowed",
        "http://127.1:PORT/, url-not-allowed",
        "http://2130706433:PORT/, url-not-allowed",
        "http://0x7f.1:PORT/, url-not-allowed",
        "http://0x7f000001:PORT/, url-not-allowed",
        "http://0177.0.0.1:PORT/, url-not-allowed",
        "http://[::1]:PORT/, url-not-allowed",
        "http://[::ffff:127.0.0.1]:PORT/, url-not-allowed",
        "http://[::ffff:7f00:1]:PORT/, url-not-allowed",
        "http://0.0.0.0:PORT/, url-not-allowed",
        "http://0:PORT/, url-not-allowed",
        "http://10.0.0.1/, url-not-allowed",
        "http://172.16.5.4/, url-not-allowed",
        "http://192.168.1.1/, url-not-allowed",
        "http://100.64.0.1/, url-not-allowed",
        "http://169.254.169.254/latest/meta-data/, url-not-allowed",
        "http://[::ffff:169.254.169.254]/, url-not-allowed",
        "http://[fe80::1]/, url-not-allowed",
        "http://[fd12:3456::1]/, url-not-allowed",
        "http://224.0.0.1/, url-not-allowed",
        "http://[ff02::1]/, url-not-allowed",
        "file:///etc/passwd, invalid-request",
        "ftp://127.0.0.1:PORT/, invalid-request",
        "gopher://127.0.0.1:PORT/, invalid-request",
        "http://user@127.0.0.1:PORT/, invalid-request",
    })
    void everySpellingOfANonPublicAddressIsRefusedBeforeConnecting(String url, String code) throws IOException {
        String target = url.replace("PORT", String.valueOf(listener.getLocalPort()));
        Response response = given().contentType("application/json")
                .body(Map.of("url", target))
                .post("/v1/summaries");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:summarizer:problem:" + code);
        assertThat(someoneConnected()).as("a connection reached the listener").isFalse();
    }
}
