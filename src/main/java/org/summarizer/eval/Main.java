package org.summarizer.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.nlp.CoreNlpAnnotator;
import org.summarizer.ranking.Feature;
import org.summarizer.ranking.FeaturedDocument;
import org.summarizer.ranking.LinearModel;
import org.summarizer.ranking.SentenceSelector;
import org.summarizer.service.WeightsFile;
import org.summarizer.summary.Summarizer;
import org.summarizer.training.Trainer;

/**
 * The evaluation and training command line. Run through Maven (see {@code docs/evaluation.md}):
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="eval --data ../shared/eval/cnn_dev.jsonl"
 * ./mvnw -q compile exec:java -Dexec.args="train --data ../shared/eval/cnn_train.jsonl"
 * ./mvnw -q compile exec:java -Dexec.args="ablate --train ../shared/eval/cnn_train.jsonl --data ../shared/eval/cnn_dev.jsonl"
 * </pre>
 */
public final class Main {

    private static final String DEFAULT_SYSTEMS = "features,lead,textrank,lexrank,oracle";
    private static final String WEIGHTS_RESOURCE = "ranking/weights.json";

    private final Map<String, List<String>> options;
    private final PrintStream out = System.out;
    private final PrintStream log = System.err;

    private Main(Map<String, List<String>> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            usage();
            return;
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Main main = new Main(options);
        switch (args[0]) {
            case "eval" -> main.eval();
            case "train" -> main.train();
            case "ablate" -> main.ablate();
            default -> usage();
        }
        System.exit(0); // CoreNLP leaves non-daemon threads behind
    }

    private static void usage() {
        System.out.println("""
                usage: eval   --data FILE.jsonl [--data ...] [--systems %s] [--sentences 3]
                              [--weights FILE] [--out target/eval] [--threads N] [--no-cache]
                       train  --data TRAIN.jsonl [--out src/main/resources/%s] [--labels oracle|soft] [--l2 1.0]
                              [--holdout 0.2] [--exclude feature,...]
                       ablate --train TRAIN.jsonl --data DEV.jsonl [--labels ...] [--l2 ...]
                """.formatted(DEFAULT_SYSTEMS, WEIGHTS_RESOURCE));
    }

    private String option(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    private List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    private int threads() {
        return Integer.parseInt(
                option("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    }

    private Summarizer summarizer(LinearModel model) {
        double threshold = Double.parseDouble(
                option("duplicate-threshold", Double.toString(SentenceSelector.DEFAULT_DUPLICATE_THRESHOLD)));
        return new Summarizer(model, new SentenceSelector(3, threshold));
    }

    private LinearModel weights() throws IOException {
        String path = option("weights", null);
        if (path == null) {
            return WeightsFile.readResource(WEIGHTS_RESOURCE);
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return WeightsFile.read(in);
        }
    }

    private record Corpus(String name, Path file, List<Article> articles, List<Document> documents) {
        List<List<String>> sentences() {
            return documents.stream().map(Evaluation::sentenceTexts).toList();
        }

        List<List<String>> references() {
            return articles.stream().map(Article::referenceSentences).toList();
        }
    }

    private Corpus load(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no data file at " + path.toAbsolutePath());
        }
        List<Article> articles = Article.readJsonl(path);
        String name = path.getFileName().toString().replaceFirst("\\.jsonl$", "");
        Path cache = options.containsKey("no-cache") ? null : Path.of("target", "eval-cache");
        List<Document> documents = AnnotatedCorpus.annotate(
                articles,
                path,
                CoreNlpAnnotator.defaultProperties().toString(),
                cache,
                () -> new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties()),
                threads(),
                log);
        return new Corpus(name, path, articles, documents);
    }

    private void eval() throws IOException {
        long start = System.nanoTime();
        List<String> data = all("data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("--data FILE is required");
        }
        int sentences = Integer.parseInt(option("sentences", "3"));
        List<String> systems = List.of(option("systems", DEFAULT_SYSTEMS).split(","));
        Path outDir = Path.of(option("out", "target/eval"));
        LinearModel model = weights();
        Evaluation evaluation = new Evaluation(summarizer(model), sentences);
        Map<String, List<Evaluation.SystemRun>> results = new LinkedHashMap<>();
        for (String file : data) {
            Corpus corpus = load(file);
            List<Evaluation.SystemRun> runs = evaluation.run(corpus.articles(), corpus.documents(), systems);
            Evaluation.writeRuns(corpus.name(), corpus.articles(), runs, outDir);
            results.put(corpus.name(), runs);
        }
        String table = Evaluation.table(results);
        String report = "# Evaluation\n\nWeights: `" + model.version() + "` (" + model.trainingData() + ")  \n"
                + sentences + " sentences per summary; F1 x 100, mean over documents; ROUGE-L is summary-level "
                + "(rougeLsum).\n\n" + table;
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("results.md"), report, StandardCharsets.UTF_8);
        out.println(table);
        out.printf(
                "Wrote predictions, per-document scores and results.md to %s in %.1f s%n",
                outDir, (System.nanoTime() - start) / 1e9);
    }

    private Trainer trainer(Set<Feature> excluded) {
        return new Trainer(
                Trainer.Labels.valueOf(option("labels", "oracle").toUpperCase()),
                Double.parseDouble(option("l2", "1.0")),
                3,
                excluded);
    }

    private Set<Feature> excluded() {
        Set<Feature> excluded = EnumSet.noneOf(Feature.class);
        for (String key : option("exclude", "").split(",")) {
            if (!key.isBlank()) {
                excluded.add(Feature.fromKey(key.strip()));
            }
        }
        return excluded;
    }

    private void train() throws IOException {
        Corpus corpus = load(option("data", null));
        Summarizer extractor = summarizer(weights());
        List<FeaturedDocument> featured =
                corpus.documents().parallelStream().map(extractor::extract).toList();
        Trainer trainer = trainer(excluded());
        double holdout = Double.parseDouble(option("holdout", "0.2"));
        if (holdout > 0) {
            int split = (int) Math.round(corpus.articles().size() * (1 - holdout));
            LinearModel model = trainer.train(
                    featured.subList(0, split),
                    corpus.sentences().subList(0, split),
                    corpus.references().subList(0, split),
                    "holdout",
                    "holdout");
            List<Evaluation.SystemRun> runs = new Evaluation(summarizer(model), 3)
                    .run(
                            corpus.articles().subList(split, corpus.articles().size()),
                            corpus.documents().subList(split, corpus.documents().size()),
                            List.of("features", "lead"));
            out.println("Held-out part of " + corpus.name() + " (last "
                    + (corpus.articles().size() - split) + " articles), weights fitted on the rest:");
            out.println(Evaluation.table(Map.of(corpus.name() + "-holdout", runs)));
        }
        String sha = AnnotatedCorpus.sha256(corpus.file());
        String trainingData = corpus.file().getFileName() + " sha256:" + sha + " ("
                + corpus.articles().size() + " articles)";
        LinearModel model = trainer.train(featured, corpus.sentences(), corpus.references(), "pending", trainingData);
        String version =
                LocalDate.now() + "." + Integer.toHexString(model.weights().hashCode() ^ Double.hashCode(model.bias()));
        model = new LinearModel(version, trainingData, model.bias(), model.weights());
        Path target = Path.of(option("out", "src/main/resources/" + WEIGHTS_RESOURCE));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("trainedAt", LocalDate.now().toString());
        provenance.put("labels", option("labels", "oracle"));
        provenance.put("l2", Double.parseDouble(option("l2", "1.0")));
        provenance.put(
                "command",
                "./mvnw -q compile exec:java -Dexec.args=\"train --data "
                        + corpus.file().getFileName() + "\"");
        WeightsFile.write(model, provenance, target);
        out.println("Wrote " + target + " (version " + version + ")");
    }

    private void ablate() throws IOException {
        Corpus train = load(option("train", null));
        Corpus dev = load(option("data", null));
        Summarizer extractor = summarizer(weights());
        List<FeaturedDocument> featured =
                train.documents().parallelStream().map(extractor::extract).toList();
        StringBuilder md = new StringBuilder("| removed feature | R-1 | R-2 | R-L | dR-1 | dR-2 | dR-L |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        double[] base = null;
        List<Feature> order = new ArrayList<>();
        order.add(null);
        order.addAll(List.of(Feature.values()));
        for (Feature removed : order) {
            Set<Feature> excluded = removed == null ? EnumSet.noneOf(Feature.class) : EnumSet.of(removed);
            LinearModel model =
                    trainer(excluded).train(featured, train.sentences(), train.references(), "ablation", "ablation");
            double[] f1 = new Evaluation(summarizer(model), 3)
                    .run(dev.articles(), dev.documents(), List.of("features"))
                    .get(0)
                    .meanF1(true);
            if (base == null) {
                base = f1;
            }
            md.append(String.format(
                    "| %s | %.2f | %.2f | %.2f | %+.2f | %+.2f | %+.2f |%n",
                    removed == null ? "(none: all features)" : removed.key(),
                    f1[0],
                    f1[1],
                    f1[2],
                    f1[0] - base[0],
                    f1[1] - base[1],
                    f1[2] - base[2]));
            log.println("ablation " + (removed == null ? "none" : removed.key()) + " done");
        }
        out.println(md);
    }
}
