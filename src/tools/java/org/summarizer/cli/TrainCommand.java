package org.summarizer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code train}: trains the default ranker's trees and writes the model file. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the gradient-boosted trees of the features ranker on greedy-oracle labels (XGBoost), reports"
                    + " ROUGE on the held-out part of each file, and writes the model file with its provenance.",
            "The shipped model: train --data cnn_train.jsonl --data dm_train.jsonl --data bbc_train.jsonl"
                    + " --share bbc_train=0.03 --untitled-share 0.3 --word-priors 5 --oracle-rouge2-weight 0"
                    + " --word-model-rounds 150 --word-model-depth 6 --holdout 0"
        })
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Mixin
    private TrainingOptions training;

    @Override
    public Integer call() throws IOException {
        Training.of(spec, corpus, training).train();
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The command line as typed, with each existing file shortened to its name (the model file records it). */
    static String recordedCommand(CommandSpec spec) {
        List<String> parts = new ArrayList<>(); // the original arguments start with the command's name
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            Path path = Path.of(arg);
            parts.add(Files.isRegularFile(path) ? path.getFileName().toString() : arg);
        }
        return String.join(" ", parts);
    }
}
