package org.summarizer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static byte[] fixture(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractedArticle extract(String name) {
        byte[] page = fixture(name);
        return EXTRACTOR.extract(new String(page, PageCharset.charsetOf(page, null)), "https://news.example/" + name);
    }

    private static List<String> lines(ExtractedArticle article) {
        return List.of(article.text().split("\n", -1));
    }

    private static void assertWellFormed(ExtractedArticle article) {
        for (String line : lines(article)) {
            assertThat(line).isNotEmpty().isEqualTo(line.strip()).doesNotContain("  ");
        }
    }

    @Test
    void aNewsPageKeepsTheArticleAndDropsTheChrome() {
        ExtractedArticle article = extract("news-with-chrome.html");
        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(lines(article))
                .containsExactly(
                        "The harbour bridge reopened to traffic on Monday morning after a two-year repair programme"
                                + " that replaced every one of its steel cables and resurfaced the whole deck.",
                        "Engineers found severe corrosion in the cables during a routine inspection in the spring of"
                                + " last year, and the city council closed the crossing within a week of the report.",
                        "Commuters had faced detours of up to forty minutes while the work went on, and several shops"
                                + " near the northern approach said their takings had fallen by half.",
                        "What changes for drivers",
                        "The speed limit on the bridge is now fifty kilometres an hour, and heavy goods vehicles over"
                                + " forty tonnes will need a permit to cross during the morning rush.",
                        "A new cycle lane runs along the eastern side of the deck.",
                        "The pedestrian walkway is wider by almost a metre.",
                        "The council said the final cost came in slightly under the budget approved two years ago,"
                                + " although the schedule slipped by three months because of storms.",
                        "The full inspection report is published on the council's website.");
        assertThat(article.text())
                .doesNotContain(
                        "harbour tunnel",
                        "cookie",
                        "Accept all",
                        "News section",
                        "Coastal Courier",
                        "Advertisement",
                        "Seaview",
                        "Share on",
                        "Email this story",
                        "newsletter",
                        "morning briefing",
                        "Related stories",
                        "Council approves",
                        "Most read",
                        "bakery",
                        "Copyright",
                        "Privacy",
                        "TRACKING-SCRIPT-TEXT",
                        "FOOTER-SCRIPT-TEXT",
                        "font-family");
        assertWellFormed(article);
    }

    @Test
    void aPageWithAnArticleElement() {
        ExtractedArticle article = extract("with-article.html");
        assertThat(article.title()).isEqualTo("Night trains return to the northern line");
        assertThat(lines(article))
                .contains(
                        "Sleeper services will run again between the capital and the northern coast from next spring,"
                                + " the national rail operator announced on Thursday.",
                        "We think there is real demand for travel that does not start with a drive to the airport,"
                                + " said the operator's chief executive.",
                        "Tickets go on sale in January, with fares starting at the price of a standard return in a"
                                + " seated carriage.")
                .hasSize(5);
        assertThat(article.text()).doesNotContain("Home page link", "Archive page link", "About us link", "Jobs page");
        assertWellFormed(article);
    }

    @Test
    void aPageWithoutArticleElementBrSeparatedRunsBecomeLines() {
        ExtractedArticle article = extract("div-soup.html");
        // no og:title and no h1: the <title> without its site name
        assertThat(article.title()).isEqualTo("The quiet return of the otter");
        assertThat(lines(article))
                .containsExactly(
                        "Otters have been seen on the upper river for the first time in more than thirty years,"
                                + " according to volunteers who count wildlife along the banks each month.",
                        "The first sighting came in early autumn, when a dog walker filmed two young otters playing"
                                + " near the old mill weir and posted the clip to a local forum.",
                        "Volunteers then placed cameras at six points along the river and recorded otters at four of"
                                + " them within a fortnight, including a female with a cub.",
                        "Water quality in the river has improved steadily since the paper factory upstream closed, and"
                                + " fish numbers have recovered with it, which gives the otters something to eat.",
                        "The volunteers ask anyone who sees an otter to keep their distance, keep dogs on a lead near"
                                + " the water, and report the sighting through the wildlife trust's website.");
        assertThat(article.text()).doesNotContain("All posts", "Birds tag", "Previous post", "Riverside Notes");
    }

    @Test
    void captionsBylinesAndInlineAdsStayOut() {
        ExtractedArticle article = extract("captions-byline-ads.html");
        assertThat(article.title()).isEqualTo("Museum unveils restored medieval map");
        assertThat(lines(article))
                .containsExactly(
                        "The city museum has put a restored medieval world map on display for the first time in a"
                                + " century, after four years of work by its conservation team.",
                        "The map, drawn on a single calfskin around the year 1300, shows Jerusalem at the centre of the"
                                + " world and is decorated with sea monsters and scenes from the Bible.",
                        "Conservators removed layers of varnish applied in the nineteenth century, which had turned the"
                                + " parchment brown and hidden many of the place names.",
                        "The museum expects more than a hundred thousand visitors to see the map before it returns to"
                                + " climate-controlled storage at the end of next year.");
        assertThat(article.text())
                .doesNotContain(
                        "Jane Hollis", "By ", "east gallery", "Photo:", "Sponsored", "guides", "sea monster off");
    }

    @Test
    void aWindows1252PageIsDecodedThroughItsMetaCharset() {
        byte[] page = fixture("windows-1252.html");
        assertThat(PageCharset.charsetOf(page, null).name()).isEqualTo("windows-1252");
        ExtractedArticle article = extract("windows-1252.html");
        assertThat(article.title()).isEqualTo("Café culture returns to the old quarter");
        assertThat(lines(article))
                .contains(
                        "François Lelièvre, who has run the corner brasserie for twenty years, said the new paving and"
                                + " the fountain had made the square the place to be on a summer evening.",
                        "The council's naïve hope that the works would take six months turned into a two-year saga,"
                                + " but most traders now say it was worth the wait — and the crème brûlée is as good as"
                                + " ever.")
                .hasSize(4);
        assertThat(article.text()).doesNotContain("\uFFFD", "Accueil");
        // read as UTF-8 instead, the accents would be lost
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("\uFFFD");
    }

    @Test
    void malformedOrEmptyHtmlGivesNoArticleWithoutThrowing() {
        for (String html : new String[] {
            null,
            "",
            "   ",
            "<",
            "<html><body></body></html>",
            "<<<>>><p",
            "</div></div></p>",
            "<p>Too short.</p>",
            "<html><head><title>Only a title</title></head></html>",
            "\u0000\uFFFF<script>",
            "<div>".repeat(5000)
        }) {
            assertThatCode(() -> {
                        ExtractedArticle article = EXTRACTOR.extract(html, null);
                        assertThat(article.text()).isNotNull();
                    })
                    .as("extracting %s", html == null ? null : html.substring(0, Math.min(30, html.length())))
                    .doesNotThrowAnyException();
        }
        assertThat(EXTRACTOR.extract(null, null).text()).isEmpty();
        assertThat(EXTRACTOR.extract("", "https://news.example/").text()).isEmpty();
        assertThat(EXTRACTOR.extract("<html><body></body></html>", null).text()).isEmpty();
        assertThat(EXTRACTOR.extract("<html><body></body></html>", null).title())
                .isNull();
        assertThat(EXTRACTOR.extract("<<<>>><p", "not a url").text()).isEmpty();
    }

    @Test
    void extractionIsDeterministic() {
        byte[] page = fixture("news-with-chrome.html");
        String html = new String(page, StandardCharsets.UTF_8);
        ExtractedArticle first = EXTRACTOR.extract(html, "https://news.example/a");
        for (int i = 0; i < 3; i++) {
            assertThat(new ArticleExtractor().extract(html, "https://news.example/a"))
                    .isEqualTo(first);
            assertThat(EXTRACTOR.extract(html, "https://news.example/a")).isEqualTo(first);
        }
    }

    @Test
    void theTitleComesFromOgTitleThenH1ThenTitle() {
        String body = "<body><h1> The  H1\u00a0headline </h1><p>text</p></body>";
        assertThat(EXTRACTOR
                        .extract(
                                "<html><head><meta property=\"og:title\" content=\" OG title \">"
                                        + "<title>Page | Site</title></head>" + body + "</html>",
                                null)
                        .title())
                .isEqualTo("OG title");
        assertThat(EXTRACTOR
                        .extract("<html><head><title>Page | Site</title></head>" + body + "</html>", null)
                        .title())
                .isEqualTo("The H1 headline");
        assertThat(EXTRACTOR
                        .extract("<title>Site — The longest part of the title</title><p>x</p>", null)
                        .title())
                .isEqualTo("The longest part of the title");
        assertThat(EXTRACTOR
                        .extract("<title>A long headline here - Site :: Section</title>", null)
                        .title())
                .isEqualTo("A long headline here");
        assertThat(EXTRACTOR.extract("<title>  </title><p>x</p>", null).title()).isNull();
    }

    @Test
    void theTextIsNeverNull() {
        assertThatNullPointerException().isThrownBy(() -> new ExtractedArticle("title", null));
    }
}
