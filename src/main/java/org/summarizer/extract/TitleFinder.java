package org.summarizer.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page: the {@code og:title} meta, else the first {@code <h1>}, else the {@code <title>} without
 * its site-name part (split on " | ", " - ", " – ", " — ", " :: ", keeping the longest part).
 */
final class TitleFinder {

    private static final Pattern SITE_SEPARATOR = Pattern.compile(" \\| | - | – | — | :: ");

    private TitleFinder() {}

    /** The headline, whitespace-collapsed and stripped, or null when the page has none. */
    static String find(Document page) {
        for (Element meta : page.select("meta[property=og:title], meta[name=og:title]")) {
            String title = TextRenderer.collapse(meta.attr("content"));
            if (!title.isEmpty()) {
                return title;
            }
        }
        for (Element h1 : page.getElementsByTag("h1")) {
            String title = TextRenderer.collapse(h1.text());
            if (!title.isEmpty()) {
                return title;
            }
        }
        Element titleElement = page.selectFirst("title");
        if (titleElement != null) {
            String longest = "";
            for (String part : SITE_SEPARATOR.split(TextRenderer.collapse(titleElement.text()))) {
                String stripped = part.strip();
                if (stripped.length() > longest.length()) {
                    longest = stripped;
                }
            }
            if (!longest.isEmpty()) {
                return longest;
            }
        }
        return null;
    }
}
