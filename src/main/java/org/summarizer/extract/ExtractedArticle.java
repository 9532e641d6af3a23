package org.summarizer.extract;

import java.util.Objects;

/**
 * The article found in a page.
 *
 * @param title the headline, or {@code null} if none was found
 * @param text  the article body: paragraphs separated by {@code "\n"}, one line per paragraph, no blank lines, each
 *              line stripped and never empty; {@code ""} when the page holds no article
 */
public record ExtractedArticle(String title, String text) {

    public ExtractedArticle {
        Objects.requireNonNull(text, "text");
    }
}
