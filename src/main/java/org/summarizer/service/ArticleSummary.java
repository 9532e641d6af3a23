package org.summarizer.service;

import java.net.URI;
import java.util.Objects;
import org.summarizer.language.Language;
import org.summarizer.summary.Summary;

/**
 * A summary and, for a page, the article it was made from.
 *
 * @param summary  the summary; its sentences' offsets index {@code text} for a page, the submitted text otherwise
 * @param page     the extracted article for {@link ArticleInput.Html} and {@link ArticleInput.Url}, else null
 * @param language the language the text was summarized as: requested, detected, or the fallback
 */
public record ArticleSummary(Summary summary, Page page, Language language) {

    public ArticleSummary {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The article extracted from a page.
     *
     * @param text  the article text, paragraphs separated by line breaks
     * @param title the title used: the request's, else the one detected in the page; null if neither
     * @param url   the final URL after redirects, for a fetched page; else null
     */
    public record Page(String text, String title, URI url) {
        public Page {
            Objects.requireNonNull(text, "text");
        }
    }
}
