package org.summarizer.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page: its headline and its body paragraphs, without navigation, headers, footers,
 * cookie and newsletter boxes, share bars, related and most-read lists, ads, captions and bylines.
 *
 * <p>jsoup parses the page ({@link TitleFinder} reads the headline); known page furniture is removed
 * ({@link Furniture}); Readability4J (Mozilla's Readability) picks the content container; sibling sections it left
 * out are added back ({@link SectionMerger}); the result is rendered one line per block element
 * ({@link TextRenderer}), leaving out captions, bylines, furniture and teaser links to other stories; finally the
 * headline, byline and date lines above the body and boilerplate lines are dropped ({@link LineTrimmer}).
 * Immutable and thread-safe: build one and share it.
 */
public final class ArticleExtractor {

    /** The base URI given to Readability4J for a page without a URL (RFC 2606 reserves {@code .invalid}). */
    private static final String NO_BASE_URI = "https://page.invalid/";

    /** The steps added to plain Readability, each switchable for the benchmark's ablations. */
    enum Step {
        /** Remove page furniture (by tag, class, id, role) before Readability scores the page. */
        STRIP_FURNITURE,
        /** Leave captions, bylines and furniture inside the chosen container out of the text. */
        SKIP_FURNITURE,
        /** Add the sibling sections of the chosen container that Readability left out. */
        MERGE_SECTIONS,
        /** Drop the headline, byline and date lines above the body, and boilerplate lines ("Related: ...", ...). */
        TRIM_LINES
    }

    /** A body without a single letter or digit is no article. */
    private static final Pattern WORDLESS = Pattern.compile("[^\\p{L}\\p{N}]*");

    private final Set<Step> steps;

    /** An extractor with every step on. */
    public ArticleExtractor() {
        this(EnumSet.allOf(Step.class));
    }

    /** An extractor with only {@code steps} on (for measuring each step). */
    ArticleExtractor(Set<Step> steps) {
        this.steps = Set.copyOf(steps);
    }

    /**
     * The article in {@code html}.
     *
     * @param html    the page (never throws on malformed HTML; null or blank gives an empty article)
     * @param baseUri the page's URL, or null
     * @return the headline (or null) and the body, {@code ""} when no article is found
     */
    public ExtractedArticle extract(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return new ExtractedArticle(null, "");
        }
        String title = null;
        try {
            Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
            title = TitleFinder.find(page);
            if (steps.contains(Step.STRIP_FURNITURE)) {
                Furniture.strip(page);
            }
            Document pristine = steps.contains(Step.MERGE_SECTIONS) ? page.clone() : null;
            Element content = mainContent(page, baseUri);
            if (content == null) {
                return new ExtractedArticle(title, "");
            }
            Predicate<Element> skip = steps.contains(Step.SKIP_FURNITURE) ? Furniture::isSkippable : element -> false;
            List<String> lines = TextRenderer.lines(content, skip);
            if (pristine != null) {
                lines = SectionMerger.merge(pristine, content, lines, skip);
            }
            if (steps.contains(Step.TRIM_LINES)) {
                lines = LineTrimmer.trim(lines, title);
            }
            String text = String.join("\n", lines);
            return new ExtractedArticle(title, WORDLESS.matcher(text).matches() ? "" : text);
        } catch (RuntimeException | StackOverflowError e) {
            // Readability or a pathological document: no article rather than an error for the caller.
            return new ExtractedArticle(title, "");
        }
    }

    private static Element mainContent(Document page, String baseUri) {
        // Readability4J resolves the page's relative links against the base URI and, when it cannot (no URI), logs
        // the whole article at ERROR: a placeholder that never resolves to a real host keeps content out of the log.
        Article article = new Readability4J(baseUri == null || baseUri.isBlank() ? NO_BASE_URI : baseUri, page).parse();
        return article.getArticleContent();
    }
}
