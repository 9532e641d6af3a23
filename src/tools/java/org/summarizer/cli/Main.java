package org.summarizer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.eval.Corpus;
import org.summarizer.eval.CorpusLoader;
import org.summarizer.eval.Evaluation;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.service.SummarizerFactory;
import org.summarizer.summary.Summarizer;

/**
 * The offline command line: evaluation, training and ablation. Run through Maven (see {@code docs/evaluation.md}):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.args="eval --data ../shared/eval/cnn_dev.jsonl --flat"
 * ./mvnw -q test-compile exec:java -Dexec.args="train --data ../shared/eval/cnn_train.jsonl --data ..."
 * </pre>
 */
public final class Main {

    /** The systems evaluated unless {@code --systems} says otherwise. */
    static final String DEFAULT_SYSTEMS = "features,lead,textrank,lexrank,oracle";

    private static final Set<String> COMMON = Set.of("data", "threads", "no-cache", "limit");
    private static final Set<String> EVAL_OPTIONS = Set.of("systems", "sentences", "model", "out", "flat", "holdout");

    /** The service's configuration, read as the service reads it. */
    private static final SummarizerConfig CONFIG = Configuration.load();

    private final Options options;
    private final PrintStream out = System.out;
    private final PrintStream log = System.err;

    private Main(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            usage(System.out);
            return;
        }
        int status = 0;
        try {
            Options options = Options.parse(args, 1);
            Main main = new Main(options);
            switch (args[0]) {
                case "eval" -> {
                    options.allowOnly(union(COMMON, EVAL_OPTIONS));
                    main.eval();
                }
                case "train" -> {
                    options.allowOnly(union(COMMON, TrainCommand.OPTIONS));
                    new TrainCommand(options, main.loader(), System.out).train();
                }
                case "ablate" -> {
                    options.allowOnly(union(COMMON, TrainCommand.OPTIONS));
                    new TrainCommand(options, main.loader(), System.out).ablate();
                }
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            status = 2;
        }
        System.exit(status); // CoreNLP leaves non-daemon threads behind
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void usage(PrintStream out) {
        out.println("""
                usage: eval   --data FILE.jsonl [--data ...] [--flat] [--limit N] [--holdout SHARE] [--systems %s]
                              [--sentences N] [--model FILE] [--out target/eval] [--threads N] [--no-cache]
                       (summarizer.* settings as in the service: -Dsummarizer.ranking.trigram-blocking=false)
                       train  --data TRAIN.jsonl [--data ...] %s
                       ablate (the options of train; trains once per feature group left out)
                """.formatted(DEFAULT_SYSTEMS, TrainCommand.USAGE));
    }

    /** The summarizer the service builds from its configuration, with the given model. */
    public static Summarizer summarizer(TreeModel model) {
        return SummarizerFactory.create(CONFIG, model);
    }

    private CorpusLoader loader() {
        Path cache = options.has("no-cache") ? null : Path.of("target", "eval-cache");
        return new CorpusLoader(
                cache, options.integer("threads", Runtime.getRuntime().availableProcessors()), log);
    }

    /** The configured model ({@code summarizer.ranking.model}), or the file given with {@code --model}. */
    private TreeModel model() {
        return TreeModelFile.readResource(options.last("model", CONFIG.ranking().model()));
    }

    private void eval() throws IOException {
        long start = System.nanoTime();
        List<String> data = options.all("data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("--data FILE is required");
        }
        int sentences = options.integer("sentences", CONFIG.defaults().sentences());
        int limit = options.integer("limit", 0);
        List<String> systems = List.of(options.last("systems", DEFAULT_SYSTEMS).split(","));
        Path outDir = Path.of(options.last("out", "target/eval"));
        TreeModel model = model();
        Evaluation evaluation = new Evaluation(summarizer(model), sentences);
        Map<String, List<Evaluation.SystemRun>> results = new LinkedHashMap<>();
        CorpusLoader loader = loader();
        for (String file : data) {
            for (boolean flat : options.has("flat") ? List.of(false, true) : List.of(false)) {
                Corpus corpus = loader.load(file, flat, limit);
                double holdout = options.number("holdout", 0);
                if (holdout > 0) { // the held-out tail of a training file, as train --holdout splits it
                    int n = corpus.articles().size();
                    int cut = (int) Math.round(n * (1 - holdout));
                    corpus = new Corpus(
                            corpus.name() + "-holdout",
                            corpus.file(),
                            corpus.articles().subList(cut, n),
                            corpus.documents().subList(cut, n));
                }
                List<Evaluation.SystemRun> runs = evaluation.run(corpus.articles(), corpus.documents(), systems);
                Evaluation.writeRuns(corpus.name(), corpus.articles(), runs, outDir);
                results.put(corpus.name(), runs);
            }
        }
        String table = Evaluation.table(results);
        String report = "# Evaluation\n\nModel: `" + model.version() + "` (" + model.trainingData() + ")  \n"
                + sentences + " sentences per summary; F1 x 100, mean over documents; ROUGE-L is summary-level "
                + "(rougeLsum).\n\n" + table;
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("results.md"), report, StandardCharsets.UTF_8);
        out.println(table);
        out.printf(
                "Wrote predictions, per-document scores and results.md to %s in %.1f s%n",
                outDir, (System.nanoTime() - start) / 1e9);
    }
}
