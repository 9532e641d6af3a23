package org.summarizer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.extract.ArticleExtractor;
import org.summarizer.extract.ExtractedArticle;
import org.summarizer.extract.PageCharset;
import org.summarizer.fetch.FetchedPage;
import org.summarizer.fetch.PageFetcher;
import org.summarizer.nlp.TextAdmission;

/**
 * Turns a request's input into the article text to annotate: fetches a URL's page, decodes it, extracts the article
 * from HTML, and checks the text found the way a submitted text is checked (length limit, blank, runs too long to
 * tokenize: {@link TextAdmission#checkWords}); its language and script are checked by {@link SummaryService} as a
 * submitted text's are.
 * The extractor and fetcher are built once; thread-safe.
 */
@ApplicationScoped
public class PageReader {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final PageFetcher fetcher;
    private final int maxTextChars;

    public PageReader(SummarizerConfig config) {
        SummarizerConfig.Fetch fetch = config.fetch();
        this.fetcher = new PageFetcher(
                new org.summarizer.fetch.AddressPolicy(fetch.allowPrivateNetworks(), InetAddress::getAllByName),
                new PageFetcher.Limits(
                        fetch.timeout(), fetch.maxBytes().asLongValue(), fetch.maxRedirects(), fetch.userAgent()));
        this.maxTextChars = config.limits().maxTextChars();
    }

    /** Extracts one small page, so that the first request with a page does not pay for loading the extractor. */
    void warmUp() {
        extractor.extract(
                "<html><head><title>Warm-up</title></head><body><article><p>The extractor is warmed up"
                        + " once at start-up.</p><p>It then answers the first page at full speed.</p></article></body></html>",
                null);
    }

    /** Fetches the page of {@code url} (blocking, bounded by {@code summarizer.fetch.*}). */
    FetchedPage fetch(String url) {
        return fetcher.fetch(url);
    }

    /** The article of a fetched page: extracted from HTML, or the page itself when it is plain text. */
    ArticleSummary.Page read(FetchedPage page, String title) {
        Charset charset = PageCharset.charsetOf(page.body(), page.contentType());
        String decoded = new String(page.body(), charset);
        if (page.isPlainText()) {
            return checked(new ArticleSummary.Page(decoded, title, page.url()));
        }
        return extract(decoded, page.url(), title);
    }

    /** The article of a page's HTML. */
    ArticleSummary.Page extract(String html, URI url, String title) {
        ExtractedArticle article = extractor.extract(html, url == null ? null : url.toString());
        String used = title != null ? title : article.title();
        return checked(new ArticleSummary.Page(article.text(), used, url));
    }

    /** Decodes an HTML body sent as {@code text/html}: the header's charset, else the page's meta charset. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = body.length == 0 ? StandardCharsets.UTF_8 : PageCharset.charsetOf(body, contentType);
        return new String(body, charset);
    }

    private ArticleSummary.Page checked(ArticleSummary.Page page) {
        String text = page.text();
        if (TextAdmission.isBlank(text)) {
            throw new RejectedArticleException(
                    "no-article", "No article found", "No article text was found in the page.", false);
        }
        if (text.length() > maxTextChars) {
            throw new RejectedArticleException(
                    "payload-too-large",
                    "Payload too large",
                    "The article in the page has " + text.length() + " characters; the limit is " + maxTextChars + ".",
                    true);
        }
        TextAdmission.checkWords(text).ifPresent(refusal -> {
            throw new RejectedArticleException(refusal.code(), refusal.title(), refusal.detail(), false);
        });
        return page;
    }
}
