package org.summarizer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The quality gate of the article extractor: shingle F1 on the 181 pages of {@code ../shared/html-benchmark} (see
 * {@link ExtractionBenchmark}) must not fall below what was shipped. Never skipped: missing data fails the test.
 */
class HtmlExtractionIT {

    /** The F1 measured when the extractor was shipped, rounded down to three decimals. */
    static final double SHIPPED_F1 = 0.977;

    static final int PAGES = 181;

    @Test
    void f1OnTheBenchmarkPagesDoesNotDrop() throws Exception {
        Path dir = ExtractionBenchmark.dataDir();
        assertThat(Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html")))
                .as(
                        "the HTML extraction benchmark must be at %s (ground-truth.json and html/*.html.gz; set"
                                + " -Dhtml.benchmark.dir to its location)",
                        dir.toAbsolutePath().normalize())
                .isTrue();
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.load(dir);
        assertThat(pages).hasSize(PAGES);

        ExtractionBenchmark.Result result =
                ExtractionBenchmark.run(pages, ExtractionBenchmark.extractor(new ArticleExtractor()), false);

        String summary = String.format(
                Locale.ROOT,
                "P=%.5f R=%.5f F1=%.5f",
                result.score().precision(),
                result.score().recall(),
                result.score().f1());
        System.out.println("HTML extraction benchmark: " + summary);
        assertThat(result.score().f1())
                .as("shingle F1 on %d pages (%s) fell below the shipped %.3f", PAGES, summary, SHIPPED_F1)
                .isGreaterThanOrEqualTo(SHIPPED_F1);
    }
}
