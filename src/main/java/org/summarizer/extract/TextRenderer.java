package org.summarizer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Renders an element as lines of text: every block element (paragraph, heading, list item, quote, table cell, div,
 * ...) and every {@code <br>}-separated run starts a new line; inline whitespace collapses to one space; lines are
 * stripped and never empty. {@code <pre>} keeps its own line breaks.
 */
final class TextRenderer {

    /** Elements that break the flow of text: each begins and ends a line. */
    static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "body",
            "html",
            "option",
            "select",
            "textarea",
            "legend",
            "output");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");

    private TextRenderer() {}

    /** {@code text} with every run of whitespace (non-breaking and zero-width spaces too) as one space, stripped. */
    static String collapse(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The lines of {@code root}.
     *
     * @param skip elements to leave out together with everything inside them
     */
    static List<String> lines(Element root, Predicate<Element> skip) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, data nodes (script, style bodies)
                }
                if (element != root && skip.test(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = element.normalName();
                if ("br".equals(tag)) {
                    flush(line, lines);
                } else if ("pre".equals(tag)) {
                    flush(line, lines);
                    for (String preLine : element.wholeText().split("\\R")) {
                        add(preLine, lines);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                } else if (BLOCKS.contains(tag)) {
                    flush(line, lines);
                } else if (line.length() > 0 && isSpacedInline(tag)) {
                    line.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(line, lines);
                } else if (node instanceof Element element && isSpacedInline(element.normalName())) {
                    line.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(line, lines);
        return lines;
    }

    /** Inline elements rendered side by side (image placeholders, form controls) that must not glue words. */
    private static boolean isSpacedInline(String tag) {
        return "img".equals(tag) || "input".equals(tag) || "button".equals(tag) || "label".equals(tag);
    }

    private static void flush(StringBuilder line, List<String> lines) {
        add(line.toString(), lines);
        line.setLength(0);
    }

    private static void add(String raw, List<String> lines) {
        String collapsed = collapse(raw);
        if (!collapsed.isEmpty()) {
            lines.add(collapsed);
        }
    }
}
