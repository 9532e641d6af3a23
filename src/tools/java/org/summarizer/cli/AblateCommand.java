package org.summarizer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ablate}: trains once with all features and once without each feature group, scoring the held-out parts. */
@Command(
        name = "ablate",
        mixinStandardHelpOptions = true,
        description = "Trains as train does, once with every feature and once per feature group left out (position,"
                + " length, centrality, entities, novelty, title, cues, word priors, document), and reports ROUGE on the"
                + " held-out parts.")
final class AblateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Mixin
    private TrainingOptions training;

    @Override
    public Integer call() throws IOException {
        Training.of(spec, corpus, training).ablate();
        spec.commandLine().getOut().flush();
        return 0;
    }
}
