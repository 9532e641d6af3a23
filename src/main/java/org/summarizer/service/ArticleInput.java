package org.summarizer.service;

import java.util.Objects;

/** What a request gives to summarize: the article's text, a page's HTML, or a page's URL to fetch. */
public sealed interface ArticleInput {

    /** The article text itself. */
    record Text(String text) implements ArticleInput {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A web page; the article is extracted from it. */
    record Html(String html) implements ArticleInput {
        public Html {
            Objects.requireNonNull(html, "html");
        }
    }

    /** The URL of a web page, fetched and then extracted. */
    record Url(String url) implements ArticleInput {
        public Url {
            Objects.requireNonNull(url, "url");
        }
    }

    /** Characters the input holds, for the queue's character budget (a URL's page is not known yet). */
    default int length() {
        if (this instanceof Text text) {
            return text.text().length();
        }
        if (this instanceof Html html) {
            return html.html().length();
        }
        return 0;
    }
}
