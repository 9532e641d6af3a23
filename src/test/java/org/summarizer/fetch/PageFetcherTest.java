package org.summarizer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summarizer.testing.LocalPages;

/** Fetching from a local HTTP server: redirects, upstream errors, slow and huge answers, wrong types. */
class PageFetcherTest {

    private static final String PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>";
    private static HttpServer server;
    private static String base;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicReference<String> USER_AGENT = new AtomicReference<>();

    private static final PageFetcher.Limits LIMITS =
            new PageFetcher.Limits(Duration.ofSeconds(1), 100_000, 5, "summarizer-test/1");
    /** Allows the test server's loopback address only: any other private target must still be refused. */
    private static final PageFetcher LOCAL =
            new PageFetcher(new AddressPolicy(InetAddress::isLoopbackAddress, InetAddress::getAllByName), LIMITS);

    @BeforeAll
    static void start() throws IOException {
        server = LocalPages.start();
        server.createContext("/page", exchange -> {
            USER_AGENT.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            LocalPages.send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/text", exchange -> LocalPages.send(exchange, 200, "text/plain", "Plain.".getBytes()));
        server.createContext("/hop", exchange -> {
            // /hop/N redirects to /hop/N-1, /hop/0 to the page
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            LocalPages.redirect(exchange, n == 0 ? "/page" : "/hop/" + (n - 1));
        });
        server.createContext("/to-private", exchange -> LocalPages.redirect(exchange, "http://10.0.0.1/admin"));
        server.createContext(
                "/to-metadata", exchange -> LocalPages.redirect(exchange, "http://169.254.169.254/latest/"));
        server.createContext("/to-file", exchange -> LocalPages.redirect(exchange, "file:///etc/passwd"));
        server.createContext(
                "/missing", exchange -> LocalPages.send(exchange, 404, "text/html", "<p>no</p>".getBytes()));
        server.createContext(
                "/broken", exchange -> LocalPages.send(exchange, 503, "text/html", "<p>down</p>".getBytes()));
        server.createContext("/image", exchange -> LocalPages.send(exchange, 200, "image/png", new byte[] {1, 2, 3}));
        server.createContext("/slow", exchange -> {
            REQUESTS.incrementAndGet();
            sleep(3_000);
            LocalPages.send(exchange, 200, "text/html", PAGE.getBytes());
        });
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) { // one byte every 100 ms: no socket timeout, but past the total limit
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException closed) {
                // the client gave up
            }
        });
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            byte[] block = new byte[10_000];
            java.util.Arrays.fill(block, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1_000; i++) {
                    out.write(block);
                }
            } catch (IOException closed) {
                // the client stopped reading at its limit
            }
        });
        server.createContext("/declared-huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 50_000_000);
            exchange.close();
        });
        base = LocalPages.base(server);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FetchException.Reason failure(String path) {
        try {
            LOCAL.fetch(base + path);
            return null;
        } catch (FetchException e) {
            return e.reason();
        }
    }

    @Test
    void fetchesAPageWithItsTypeAndTheConfiguredUserAgent() {
        FetchedPage page = LOCAL.fetch(base + "/page");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.isPlainText()).isFalse();
        assertThat(page.url().toString()).isEqualTo(base + "/page");
        assertThat(USER_AGENT.get()).isEqualTo("summarizer-test/1");
        assertThat(LOCAL.fetch(base + "/text").isPlainText()).isTrue();
    }

    @Test
    void followsUpToFiveRedirectsAndReportsTheFinalUrl() {
        assertThat(LOCAL.fetch(base + "/hop/4").url().toString()).isEqualTo(base + "/page");
        assertThat(failure("/hop/5")).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    void everyRedirectTargetIsCheckedAgain() {
        assertThat(failure("/to-private")).isEqualTo(FetchException.Reason.ADDRESS_NOT_ALLOWED);
        assertThat(failure("/to-metadata")).isEqualTo(FetchException.Reason.ADDRESS_NOT_ALLOWED);
        assertThat(failure("/to-file")).isEqualTo(FetchException.Reason.INVALID_URL);
    }

    @Test
    void upstreamErrorsCarryTheirStatus() {
        assertThatThrownBy(() -> LOCAL.fetch(base + "/missing"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.UPSTREAM_STATUS);
                    assertThat(e.upstreamStatus()).isEqualTo(404);
                })
                .hasMessageContaining("404");
        assertThatThrownBy(() -> LOCAL.fetch(base + "/broken"))
                .isInstanceOfSatisfying(
                        FetchException.class,
                        e -> assertThat(e.upstreamStatus()).isEqualTo(503));
    }

    @Test
    void onlyHtmlAndPlainTextAreAccepted() {
        assertThat(failure("/image")).isEqualTo(FetchException.Reason.UNSUPPORTED_TYPE);
    }

    @Test
    @Timeout(10)
    void aSlowAnswerIsCutAtTheTimeLimit() {
        long start = System.nanoTime();
        assertThat(failure("/slow")).isEqualTo(FetchException.Reason.TIMEOUT);
        assertThat(failure("/trickle")).isEqualTo(FetchException.Reason.TIMEOUT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("two fetches of a 1 s limit").isLessThan(4_000);
    }

    @Test
    @Timeout(10)
    void aHugeAnswerIsCutAtTheSizeLimit() {
        assertThat(failure("/huge")).isEqualTo(FetchException.Reason.TOO_LARGE);
        assertThat(failure("/declared-huge")).isEqualTo(FetchException.Reason.TOO_LARGE);
    }

    @Test
    void nothingListensOnAFreedPort() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> LOCAL.fetch("http://127.0.0.1:" + port + "/"))
                .isInstanceOfSatisfying(
                        FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.UNREACHABLE));
    }
}
