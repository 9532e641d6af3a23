package org.summarizer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.summarizer.extract.ArticleExtractor;
import org.summarizer.extract.ExtractedArticle;

/**
 * Fuzzes what a caller controls of a page request: the URL through {@link PageFetcher#parse}, {@link HostName} and
 * {@link AddressPolicy} (with a resolver that answers a public address for every name, so only the URL's own
 * spelling can make it non-public), and the HTML through {@link ArticleExtractor}. Only {@link FetchException}s may
 * come out of the URL checks, a numeric host that decodes to a non-public address is always refused, and the
 * extractor never throws and returns stripped, non-empty lines, the same each time.
 *
 * <p>{@code ./mvnw verify} runs the committed inputs in {@code PageInputFuzzTestInputs/} as regression tests; the
 * {@code fuzz} Maven profile fuzzes for {@code maxDuration}.
 */
class PageInputFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final InetAddress PUBLIC = publicAddress();
    private static final AddressPolicy POLICY = new AddressPolicy(false, host -> new InetAddress[] {PUBLIC});

    private static InetAddress publicAddress() {
        try {
            return InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34});
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void urlsAndPages(FuzzedDataProvider data) {
        String url = data.consumeString(300);
        String html = data.consumeRemainingAsString();
        checkUrl(url);
        checkPage(html);
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = PageFetcher.parse(url);
        } catch (FetchException e) {
            assertThat(e.reason()).isEqualTo(FetchException.Reason.INVALID_URL);
            return;
        }
        String host = HostName.of(uri);
        assertThat(host).isNotNull().isNotEmpty();
        Optional<InetAddress> numeric = HostName.numeric(host);
        try {
            List<InetAddress> addresses = POLICY.resolve(host);
            assertThat(addresses).isNotEmpty();
            for (InetAddress address : addresses) {
                assertThat(AddressPolicy.nonPublicKind(address))
                        .as("%s from %s", address, url)
                        .isNull();
            }
        } catch (FetchException e) {
            assertThat(e.reason()).isIn(FetchException.Reason.ADDRESS_NOT_ALLOWED, FetchException.Reason.UNREACHABLE);
            return;
        }
        numeric.ifPresent(address -> assertThat(AddressPolicy.nonPublicKind(address))
                .as("a numeric host that decodes to a non-public address passed: %s", url)
                .isNull());
    }

    private static void checkPage(String html) {
        ExtractedArticle first = EXTRACTOR.extract(html, null);
        assertThat(first.text()).isNotNull();
        if (!first.text().isEmpty()) {
            for (String line : first.text().split("\n", -1)) {
                assertThat(line).isNotBlank().isEqualTo(line.strip());
            }
        }
        assertThat(EXTRACTOR.extract(html, null)).isEqualTo(first);
    }
}
