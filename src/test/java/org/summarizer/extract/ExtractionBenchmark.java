package org.summarizer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;

/**
 * The article-extraction benchmark ({@code ../shared/html-benchmark}: 181 real pages with hand-checked article
 * bodies, see its README.md): runs {@link ArticleExtractor} on every page and scores the text with
 * {@link ShingleF1}, then times extraction per page after one warm-up pass.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.mainClass=org.summarizer.extract.ExtractionBenchmark \
 *     -Dexec.classpathScope=test -Dspotless.check.skip=true [-Dexec.args="--pages"]</pre>
 *
 * Arguments: {@code --pages} prints every page's scores (worst first); {@code --ablation} also scores plain
 * Readability4J and the extractor without each of its steps; {@code --dump DIR} writes each prediction to DIR.
 * The system property {@code html.benchmark.dir} overrides the data directory.
 */
public final class ExtractionBenchmark {

    /** One benchmark page: its id (sha256), URL, decoded HTML and ground-truth article body. */
    record Page(String id, String url, String html, String truth) {}

    /** One page's scores and extraction time. */
    record PageResult(Page page, String prediction, ShingleF1.Counts counts, long nanos) {}

    /** The benchmark's scores and per-page times (ms, from the timed pass). */
    record Result(ShingleF1.Score score, double medianMs, double p95Ms, List<PageResult> pages) {}

    private ExtractionBenchmark() {}

    /** The data directory: the system property {@code html.benchmark.dir}, else {@code ../shared/html-benchmark}. */
    static Path dataDir() {
        String configured = System.getProperty("html.benchmark.dir");
        return Path.of(configured == null || configured.isBlank() ? "../shared/html-benchmark" : configured);
    }

    /** The pages of the benchmark in {@code dir}, in ground-truth order; fails clearly if the data is missing. */
    static List<Page> load(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile) || !Files.isDirectory(dir.resolve("html"))) {
            throw new IllegalStateException(
                    "No HTML benchmark at " + dir.toAbsolutePath().normalize()
                            + " (expected ground-truth.json and html/<sha256>.html.gz; set -Dhtml.benchmark.dir)");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(
                    Files.newInputStream(dir.resolve("html").resolve(entry.getKey() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            String html = new String(bytes, PageCharset.charsetOf(bytes, null));
            pages.add(new Page(
                    entry.getKey(),
                    entry.getValue().path("url").asText(""),
                    html,
                    entry.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    /** Scores {@code extractor} on {@code pages}; with {@code warmUp}, times a second pass after a first one. */
    static Result run(List<Page> pages, Function<Page, String> extractor, boolean warmUp) {
        if (warmUp) {
            pages.forEach(extractor::apply);
        }
        List<PageResult> results = new ArrayList<>();
        for (Page page : pages) {
            long start = System.nanoTime();
            String prediction = extractor.apply(page);
            long nanos = System.nanoTime() - start;
            results.add(new PageResult(page, prediction, ShingleF1.page(page.truth(), prediction), nanos));
        }
        ShingleF1.Score score =
                ShingleF1.score(results.stream().map(PageResult::counts).toList());
        long[] times = results.stream().mapToLong(PageResult::nanos).sorted().toArray();
        return new Result(score, percentile(times, 0.5), percentile(times, 0.95), results);
    }

    /** The extractor's text for a page. */
    static Function<Page, String> extractor(ArticleExtractor extractor) {
        return page -> extractor.extract(page.html(), page.url()).text();
    }

    /** Plain Readability4J 1.0.8: the text content of the article it finds. */
    static String plainReadability(Page page) {
        String text = new Readability4J(page.url(), page.html()).parse().getTextContent();
        return text == null ? "" : text;
    }

    /** Nearest-rank percentile of sorted nanosecond times, in ms. */
    private static double percentile(long[] sortedNanos, double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static String line(String name, Result result) {
        return String.format(
                Locale.ROOT,
                "%-28s P=%.4f R=%.4f F1=%.4f  median=%.1f ms  p95=%.1f ms",
                name,
                result.score().precision(),
                result.score().recall(),
                result.score().f1(),
                result.medianMs(),
                result.p95Ms());
    }

    public static void main(String[] args) throws IOException {
        List<String> options = Arrays.asList(args);
        List<Page> pages = load(dataDir());
        System.out.println(
                pages.size() + " pages from " + dataDir().toAbsolutePath().normalize());
        if (options.contains("--ablation")) {
            System.out.println(line("readability4j-1.0.8", run(pages, ExtractionBenchmark::plainReadability, true)));
            System.out.println(line(
                    "readability+renderer",
                    run(pages, extractor(new ArticleExtractor(EnumSet.noneOf(ArticleExtractor.Step.class))), true)));
            for (ArticleExtractor.Step step : ArticleExtractor.Step.values()) {
                EnumSet<ArticleExtractor.Step> without = EnumSet.allOf(ArticleExtractor.Step.class);
                without.remove(step);
                System.out.println(line("without " + step, run(pages, extractor(new ArticleExtractor(without)), true)));
            }
        }
        String steps = System.getProperty("extract.steps");
        ArticleExtractor main = steps == null
                ? new ArticleExtractor()
                : new ArticleExtractor(
                        steps.isBlank()
                                ? EnumSet.noneOf(ArticleExtractor.Step.class)
                                : EnumSet.copyOf(Arrays.stream(steps.split(","))
                                        .map(ArticleExtractor.Step::valueOf)
                                        .toList()));
        Result result = run(pages, extractor(main), true);
        if (options.contains("--pages")) {
            result.pages().stream()
                    .sorted(Comparator.comparingDouble(r -> r.counts().f1()))
                    .forEach(r -> System.out.printf(
                            Locale.ROOT,
                            "%.3f P=%.3f R=%.3f %s %s%n",
                            r.counts().f1(),
                            r.counts().precision(),
                            r.counts().recall(),
                            r.page().id().substring(0, 12),
                            r.page().url()));
        }
        int dump = options.indexOf("--dump");
        if (dump >= 0 && dump + 1 < options.size()) {
            Path out = Path.of(options.get(dump + 1));
            Files.createDirectories(out);
            for (PageResult r : result.pages()) {
                try {
                    Files.writeString(out.resolve(r.page().id().substring(0, 12) + ".pred.txt"), r.prediction());
                    Files.writeString(
                            out.resolve(r.page().id().substring(0, 12) + ".true.txt"),
                            r.page().truth());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        System.out.println(line("ArticleExtractor", result));
    }
}
