package org.summarizer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page furniture: the parts of a page around (or inside) an article that are not the article. Recognised by tag
 * (scripts, navigation, forms controls, ...), by being hidden, by ARIA role, and by the words of an element's
 * {@code class}, {@code id} and {@code itemprop} (cookie, newsletter, share, related, most-read, ad, caption,
 * byline, ...). No site is named anywhere.
 */
final class Furniture {

    /** Never text: removed wherever they are. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "svg",
            "canvas",
            "object",
            "embed",
            "button",
            "select",
            "input",
            "textarea",
            "option",
            "link",
            "meta");

    /** Page structure that is not the article: removed before Readability and skipped inside its container. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "dialog", "figcaption");

    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu");

    /** Words of class/id/itemprop naming furniture, matched against whole words (camelCase, -, _ split). */
    private static final Set<String> CHROME_WORDS = Set.of(
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "signup",
            "share",
            "sharing",
            "sharebar",
            "social",
            "socials",
            "related",
            "recommended",
            "recommendations",
            "recirculation",
            "recirc",
            "mostread",
            "mostpopular",
            "popular",
            "trending",
            "ad",
            "ads",
            "adslot",
            "adunit",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "sponsor",
            "sponsored",
            "promo",
            "promotion",
            "outbrain",
            "taboola",
            "comment",
            "comments",
            "breadcrumb",
            "breadcrumbs",
            "caption",
            "captions",
            "credit",
            "byline",
            "author",
            "authors",
            "tags",
            "pagination",
            "sidebar",
            "widget",
            "modal",
            "popup",
            "overlay",
            "rollover",
            "tooltip",
            "popover",
            "hovercard",
            "banner",
            "toolbar",
            "menu",
            "navbar",
            "masthead",
            "disqus");

    /** Captions, credits and bylines: furniture even inside embedded content. */
    private static final Set<String> ATTRIBUTION_WORDS =
            Set.of("caption", "captions", "figcaption", "credit", "credits", "byline", "bylines", "author", "authors");

    /** Words of embedded content (quoted posts), which is part of the article whatever else the name says. */
    private static final Set<String> EMBED_WORDS = Set.of("embed", "embedded", "tweet", "twitter-tweet", "quote");

    /** Two-word furniture names ("most read", "read more", "see also") after splitting. */
    private static final List<String> CHROME_PHRASES =
            List.of("most read", "most viewed", "read more", "see also", "more stories", "you may like", "also like");

    /** Words naming a picture/video block, whose text is a caption or credit. */
    private static final Set<String> MEDIA_WORDS = Set.of(
            "image",
            "img",
            "images",
            "photo",
            "photos",
            "picture",
            "media",
            "figure",
            "gallery",
            "video",
            "player",
            "slideshow",
            "thumbnail",
            "thumb");

    private static final int MAX_CAPTION = 400;

    /** Paragraphs of at least this many characters outside links, at least this many of them, make prose. */
    private static final int PROSE_PARAGRAPH = 100;

    private static final int PROSE_PARAGRAPHS = 3;

    private static final Pattern WORD_SPLIT = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** An element holding more than this share of the page's paragraph text is never furniture. */
    private static final double PROTECTED_SHARE = 0.5;

    private Furniture() {}

    /** Removes the page's furniture, sparing any element that holds most of the page's paragraph text. */
    static void strip(Document page) {
        page.select(String.join(",", NEVER_TEXT)).remove();
        Element body = page.body();
        // A form wrapping the whole page (ASP.NET and the like) would be dropped by Readability as an unlikely
        // candidate; a form without prose is a search or sign-up box.
        for (Element form : body.getElementsByTag("form")) {
            if (holdsProse(form)) {
                form.unwrap();
            } else if (form.parent() != null) {
                form.remove();
            }
        }
        double pageText = paragraphText(body);
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && isFurniture(element)) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            if (element.parent() != null
                    && paragraphText(element) <= PROTECTED_SHARE * pageText
                    && !holdsProse(element)) {
                element.remove();
            }
        }
    }

    /** Whether to leave {@code element} out when rendering the chosen container: furniture without prose in it. */
    static boolean isSkippable(Element element) {
        return (isFurniture(element) || Links.isTeaser(element)) && !holdsProse(element);
    }

    /** Whether {@code element} is furniture by its tag, visibility, role or naming. */
    static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag) || CHROME_TAGS.contains(tag) || isHidden(element)) {
            return true;
        }
        if (CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if ("author".equalsIgnoreCase(element.attr("rel"))) {
            return true;
        }
        String names = element.className() + " " + element.id() + " " + element.attr("itemprop");
        return isNamedFurniture(names) || isMedia(element, WORD_SPLIT.split(names));
    }

    static boolean isHidden(Element element) {
        return element.hasAttr("hidden")
                || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    /** Whether a class/id/itemprop string names furniture. */
    static boolean isNamedFurniture(String names) {
        if (names.isBlank()) {
            return false;
        }
        String[] words = WORD_SPLIT.split(names);
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (ATTRIBUTION_WORDS.contains(lower)) {
                return true;
            }
        }
        for (String word : words) {
            if (EMBED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        StringBuilder joined = new StringBuilder(" ");
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (CHROME_WORDS.contains(lower)) {
                return true;
            }
            joined.append(lower).append(' ');
        }
        for (String phrase : CHROME_PHRASES) {
            if (joined.indexOf(" " + phrase + " ") >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code root} holds several real paragraphs (an article, whatever its class says). */
    static boolean holdsProse(Element root) {
        int paragraphs = 0;
        for (Element p : root.getElementsByTag("p")) {
            if (paragraphText(p) >= PROSE_PARAGRAPH && ++paragraphs >= PROSE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /** The length of {@code root}'s text outside links. */
    private static double paragraphText(Element root) {
        double length = root.text().length();
        for (Element link : root.getElementsByTag("a")) {
            length -= link.text().length();
        }
        return length;
    }

    /** A picture, video or gallery block with at most a caption's worth of text. */
    static boolean isMedia(Element element, String[] words) {
        boolean media = false;
        for (String word : words) {
            media |= MEDIA_WORDS.contains(word.toLowerCase(Locale.ROOT));
        }
        return media
                && !element.getElementsByTag("img").isEmpty()
                && element.text().length() <= MAX_CAPTION;
    }
}
