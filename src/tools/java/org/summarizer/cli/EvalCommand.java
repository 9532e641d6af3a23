package org.summarizer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summarizer.eval.Corpus;
import org.summarizer.eval.CorpusLoader;
import org.summarizer.eval.Evaluation;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eval}: ROUGE of every system on data files, with the configured summarizer and model. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the configured summarizer and the baselines with ROUGE (F1 x 100, stemmed and not) and writes"
                    + " predictions, per-document scores and results.md.",
            "summarizer.* settings apply as in the service, e.g. -Dsummarizer.ranking.trigram-blocking=true."
        })
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Option(
            names = "--systems",
            split = ",",
            paramLabel = "NAME",
            defaultValue = "features,lead,textrank,lexrank,oracle",
            description = "systems to score: the algorithms and oracle (default ${DEFAULT-VALUE})")
    private List<String> systems;

    @Option(
            names = "--sentences",
            paramLabel = "N",
            description = "summary length (default: summarizer.defaults.sentences)")
    private Integer sentences;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "a model file or class path resource (default: summarizer.ranking.model)")
    private String model;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/eval",
            description = "where predictions and results.md go (default ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--flat", description = "also score each file with its paragraphs joined into one line")
    private boolean flat;

    @Option(
            names = "--holdout",
            paramLabel = "SHARE",
            defaultValue = "0",
            description = "score only the last SHARE of each file, the part train --holdout leaves out")
    private double holdout;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        List<Path> files = corpus.files(spec);
        for (String system : systems) {
            if (!system.equals(Evaluation.ORACLE)) {
                try {
                    Algorithm.fromApiName(system);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(
                            spec.commandLine(), "--systems: unknown system '" + system + "' (algorithms and oracle)");
                }
            }
        }
        if (holdout < 0 || holdout >= 1) {
            throw new ParameterException(spec.commandLine(), "--holdout must be in [0, 1), got " + holdout);
        }
        int length = sentences == null ? Main.config().defaults().sentences() : sentences;
        if (length < 1) {
            throw new ParameterException(spec.commandLine(), "--sentences must be at least 1, got " + length);
        }
        TreeModel trees = TreeModelFile.readResource(
                model == null ? Main.config().ranking().model() : model);
        Evaluation evaluation = new Evaluation(Main.summarizer(trees), length);
        Map<String, List<Evaluation.SystemRun>> results = new LinkedHashMap<>();
        CorpusLoader loader = corpus.loader();
        for (Path file : files) {
            for (boolean joined : flat ? List.of(false, true) : List.of(false)) {
                Corpus data = heldOut(loader.load(file.toString(), joined, corpus.limit()));
                List<Evaluation.SystemRun> runs = evaluation.run(data.articles(), data.documents(), systems);
                Evaluation.writeRuns(data.name(), data.articles(), runs, out);
                results.put(data.name(), runs);
            }
        }
        String table = Evaluation.table(results);
        String report = "# Evaluation\n\nModel: `" + trees.version() + "` (" + trees.trainingData() + ")  \n"
                + length + " sentences per summary; F1 x 100, mean over documents; ROUGE-L is summary-level "
                + "(rougeLsum).\n\n" + table;
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(table);
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote predictions, per-document scores and results.md to %s in %.1f s%n",
                        out, (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The held-out tail of a training file, as {@code train --holdout} splits it, or the whole corpus. */
    private Corpus heldOut(Corpus data) {
        if (holdout == 0) {
            return data;
        }
        int n = data.articles().size();
        int cut = (int) Math.round(n * (1 - holdout));
        return new Corpus(
                data.name() + "-holdout",
                data.file(),
                new ArrayList<>(data.articles().subList(cut, n)),
                new ArrayList<>(data.documents().subList(cut, n)));
    }
}
