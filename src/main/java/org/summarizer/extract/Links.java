package org.summarizer.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Link measures: how much of an element is link text, and whether a short block is a teaser for another story. */
final class Links {

    private static final Set<String> LINE_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd");

    private static final int MAX_LINK_LINE = 150;

    private static final double LINK_LINE_SHARE = 0.9;

    private Links() {}

    /** The share of {@code element}'s text inside links (1 for an element without text). */
    static double density(Element element) {
        double text = element.text().length();
        double linked = 0;
        for (Element link : element.getElementsByTag("a")) {
            linked += link.text().length();
        }
        return text == 0 ? 1 : linked / text;
    }

    /** A short paragraph, heading or list item that is all link: a headline of another story. */
    static boolean isTeaser(Element element) {
        if (!LINE_TAGS.contains(element.normalName())) {
            return false;
        }
        String text = element.text();
        if (text.isEmpty() || text.length() > MAX_LINK_LINE) {
            return false;
        }
        double linked = 0;
        String pageHost = host(element.baseUri());
        for (Element link : element.getElementsByTag("a")) {
            String target = host(link.absUrl("href"));
            if (!target.isEmpty() && !target.equals(pageHost)) {
                return false; // a link out of the site (a source, a product) is content, not a teaser
            }
            linked += link.text().length();
        }
        return linked >= LINK_LINE_SHARE * text.length();
    }

    /** The host of {@code url} without "www.", lower case; "" when there is none. */
    private static String host(String url) {
        try {
            String host = url == null || url.isEmpty()
                    ? null
                    : URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
