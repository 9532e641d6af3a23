package org.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summarizer.testing.LocalPages;
import org.summarizer.testing.Readiness;

/**
 * Web pages in: the same saved news page posted as {@code text/html}, as JSON {@code html}, and served by a local
 * server as JSON {@code url} gives the same summary from the article body, with offsets into the extracted text and
 * the page's title; upstream failures are problems. Private networks are allowed here so that the local server can
 * be fetched ({@code SsrfTest} checks the default refusal).
 */
@QuarkusTest
@TestProfile(PageInputTest.LocalPagesAllowed.class)
class PageInputTest {

    /** The local server is on loopback; a short fetch limit and size cap so the failure tests are quick. */
    public static class LocalPagesAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "summarizer.fetch.allow-private-networks", "true",
                    "summarizer.fetch.timeout", "2s",
                    "summarizer.fetch.max-bytes", "300K");
        }
    }

    private static final String TITLE = "Riverton approves $240 million bus rapid transit plan";
    private static final List<String> CHROME = List.of(
            "cookies",
            "Share on",
            "Advertisement",
            "newsletter",
            "Related stories",
            "Most read",
            "Photo:",
            "All rights reserved",
            "Maria Lopez",
            "Search the Courier");

    private static HttpServer server;
    private static String base;
    private static byte[] page;

    @BeforeAll
    static void serve() throws IOException {
        try (InputStream in = PageInputTest.class.getResourceAsStream("/pages/transit-plan.html")) {
            page = in.readAllBytes();
        }
        server = LocalPages.start();
        server.createContext("/story", exchange -> LocalPages.send(exchange, 200, "text/html; charset=utf-8", page));
        server.createContext("/go", exchange -> {
            exchange.getResponseHeaders().set("Location", "/story");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext(
                "/missing", exchange -> LocalPages.send(exchange, 404, "text/html", "<p>gone</p>".getBytes()));
        server.createContext("/image", exchange -> LocalPages.send(exchange, 200, "image/jpeg", new byte[] {1, 2, 3}));
        server.createContext(
                "/empty",
                exchange -> LocalPages.send(
                        exchange, 200, "text/html", "<html><body><nav>Home</nav></body></html>".getBytes()));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalPages.send(exchange, 200, "text/html", page);
        });
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(page);
                }
            } catch (IOException closed) {
                // the service stopped reading at its cap
            }
        });
        base = LocalPages.base(server);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void ready() {
        Readiness.await(Duration.ofSeconds(30));
    }

    private static Response postJson(String field, String value) {
        return given().contentType("application/json")
                .body(Map.of(field, value, "sentences", 3))
                .post("/v1/summaries");
    }

    /** The summary's sentences, after checking each is where its offsets say in the extracted text. */
    private static List<String> sentencesIndexingTheText(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonPath json = response.jsonPath();
        String text = json.getString("text");
        List<Map<String, Object>> sentences = json.getList("sentences");
        assertThat(sentences).hasSize(3);
        for (Map<String, Object> sentence : sentences) {
            int offset = (Integer) sentence.get("offset");
            int length = (Integer) sentence.get("length");
            assertThat(text.substring(offset, offset + length)).isEqualTo(sentence.get("text"));
        }
        assertThat(json.getString("title")).isEqualTo(TITLE);
        for (String chrome : CHROME) {
            assertThat(text).as("extracted text").doesNotContain(chrome);
        }
        return sentences.stream().map(s -> (String) s.get("text")).toList();
    }

    @Test
    void theSamePageAsHtmlBodyAsJsonHtmlAndAsUrlGivesTheSameSummary() {
        String html = new String(page, StandardCharsets.UTF_8);
        List<String> fromBody = sentencesIndexingTheText(given().contentType("text/html; charset=utf-8")
                .body(page)
                .queryParam("sentences", 3)
                .post("/v1/summaries"));
        List<String> fromJson = sentencesIndexingTheText(postJson("html", html));
        Response fromUrlResponse = postJson("url", base + "/go");
        List<String> fromUrl = sentencesIndexingTheText(fromUrlResponse);

        assertThat(fromJson).isEqualTo(fromBody);
        assertThat(fromUrl).isEqualTo(fromBody);
        assertThat(fromUrlResponse.jsonPath().getString("url")).isEqualTo(base + "/story");
        String article = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
        List<String> paragraphs = java.util.regex.Pattern.compile("<p>(.*?)</p>")
                .matcher(article)
                .results()
                .map(m -> m.group(1))
                .toList();
        for (String sentence : fromBody) {
            assertThat(paragraphs)
                    .as("every sentence comes from one of the article's paragraphs")
                    .anySatisfy(paragraph -> assertThat(paragraph).contains(sentence));
        }
    }

    @Test
    void aTextRequestHasNoPageFields() {
        Response response = given().contentType("application/json")
                .body(Map.of("text", "The council met on Monday. It approved a bridge. Work starts in May."))
                .post("/v1/summaries");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getMap("$")).doesNotContainKeys("text", "title", "url");
    }

    @Test
    void theCharsetComesFromTheHeaderElseFromThePage() {
        String html = "<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00e9 owners protest</title></head><body>"
                + "<article><p>The caf\u00e9 owners of the old town met on Monday to protest the new rules.</p>"
                + "<p>They said the rules would force na\u00efve newcomers out of business within a year.</p>"
                + "<p>The mayor promised to review the plan before the council votes in June.</p></article></body>"
                + "</html>";
        byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);
        Response fromMeta = given().contentType("text/html").body(latin1).post("/v1/summaries");
        assertThat(fromMeta.statusCode()).as(fromMeta.asString()).isEqualTo(200);
        assertThat(fromMeta.jsonPath().getString("text")).contains("caf\u00e9 owners", "na\u00efve");
        assertThat(fromMeta.jsonPath().getString("title")).isEqualTo("Caf\u00e9 owners protest");

        byte[] utf8 = html.replace("ISO-8859-1", "utf-8").getBytes(StandardCharsets.UTF_8);
        Response fromHeader =
                given().contentType("text/html; charset=utf-8").body(utf8).post("/v1/summaries");
        assertThat(fromHeader.jsonPath().getString("text")).contains("caf\u00e9 owners");
    }

    @Test
    void exactlyOneOfTextHtmlAndUrl() {
        Response both = given().contentType("application/json")
                .body(Map.of("text", "A sentence.", "url", base + "/story"))
                .post("/v1/summaries");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.jsonPath().getString("errors[0].field")).isEqualTo("url");
        assertThat(both.jsonPath().getString("errors[0].message")).contains("only one of text, html and url");

        Response none = given().contentType("application/json")
                .body(Map.of("sentences", 2))
                .post("/v1/summaries");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.jsonPath().getString("errors[0].message")).contains("one of text, html and url");

        Response ftp = postJson("url", "ftp://example.com/story");
        assertThat(ftp.statusCode()).isEqualTo(400);
        assertThat(ftp.jsonPath().getString("errors[0].field")).isEqualTo("url");
    }

    @Test
    void aPageWithoutAnArticleIs422() {
        Response response = postJson("url", base + "/empty");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:summarizer:problem:no-article");
    }

    @Test
    @Timeout(60)
    void upstreamFailuresAreProblemsNot500() {
        assertProblem(postJson("url", base + "/missing"), 502, "upstream-error", "404");
        assertProblem(postJson("url", base + "/image"), 415, "unsupported-page-type", "image/jpeg");
        assertProblem(postJson("url", base + "/huge"), 413, "page-too-large", "summarizer.fetch.max-bytes");
        long start = System.nanoTime();
        assertProblem(postJson("url", base + "/slow"), 504, "upstream-timeout", "summarizer.fetch.timeout");
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("cut at the 2 s fetch limit")
                .isLessThan(4_500);
        assertProblem(postJson("url", "http://127.0.0.1:9/"), 502, "upstream-unreachable", "127.0.0.1");
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static void assertProblem(Response response, int status, String code, String detail) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:summarizer:problem:" + code);
        assertThat(response.jsonPath().getString("detail")).contains(detail);
    }
}
