package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.testing.EvalData;

/**
 * The quality gate: the shipped default ranker on fixed slices of the dev files (the first {@value #SLICE} articles
 * of each, paragraphed and flattened), against the baselines in the same run.
 *
 * <p>It fails when the default misses a slice's target by more than the slice's noise, two standard errors of the
 * per-article difference to the baseline (so a real regression fails and the slice's own sampling spread does not),
 * or when any number drifts more than {@value #DRIFT} R-1 from the table in {@code docs/evaluation.md}: the
 * pipeline is deterministic, so drift means a change of ranking or annotation code that the docs do not show.
 */
class QualityGateIT {

    /** Articles per slice: enough for a stable mean (standard error about 0.5-0.9 R-1), under a minute to annotate. */
    static final int SLICE = 200;

    private static final double DRIFT = 0.3;
    private static final List<String> SYSTEMS = List.of("features", "lead", "textrank", "lexrank");
    private static final Pattern DOC_ROW = Pattern.compile(
            "^\\| (\\S+) \\| (features|lead|textrank|lexrank) \\| (\\d+\\.\\d+) \\|", Pattern.MULTILINE);

    /** A slice's target: the default must beat {@code baseline} by {@code margin} R-1 (less the slice's noise). */
    private record Target(String slice, String file, boolean flat, List<String> baselines, double margin) {}

    private static final List<Target> TARGETS = List.of(
            new Target("cnn_dev", "cnn_dev.jsonl", false, List.of("lead", "textrank", "lexrank"), 1.5),
            new Target("cnn_dev-flat", "cnn_dev.jsonl", true, List.of("lead"), 0),
            new Target("dm_dev", "dm_dev.jsonl", false, List.of("lead"), 0),
            new Target("dm_dev-flat", "dm_dev.jsonl", true, List.of("lead"), 0),
            new Target("bbc_dev", "bbc_dev.jsonl", false, List.of("lead"), 3.0));

    private static final Map<String, List<Evaluation.SystemRun>> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void evaluate() throws IOException {
        Path dir = EvalData.dir("the quality gate", List.of("cnn_dev.jsonl", "dm_dev.jsonl", "bbc_dev.jsonl"));
        CorpusLoader loader =
                org.summarizer.cli.Main.corpusLoader(null, Runtime.getRuntime().availableProcessors(), System.err);
        Evaluation evaluation =
                new Evaluation(org.summarizer.cli.Main.summarizer(TreeModelFile.readResource("ranking/model.json")), 3);
        for (Target target : TARGETS) {
            Corpus corpus = loader.load(dir.resolve(target.file()).toString(), target.flat(), SLICE);
            RESULTS.put(target.slice(), evaluation.run(corpus.articles(), corpus.documents(), SYSTEMS));
        }
        StringBuilder table = new StringBuilder("| gate slice | system | R-1 |\n|---|---|---:|\n");
        RESULTS.forEach((slice, runs) -> runs.forEach(
                run -> table.append(String.format("| %s | %s | %.2f |%n", slice, run.system(), run.meanF1(true)[0]))));
        System.out.println("Quality gate, first " + SLICE + " articles of each dev file:\n" + table);
    }

    @Test
    void theDefaultMeetsEverySliceTarget() {
        List<String> misses = new ArrayList<>();
        for (Target target : TARGETS) {
            List<Evaluation.SystemRun> runs = RESULTS.get(target.slice());
            Evaluation.SystemRun features = run(runs, "features");
            for (String baseline : target.baselines()) {
                double[] difference = perArticleDifference(features, run(runs, baseline));
                double mean = mean(difference);
                double noise = 2 * standardError(difference, mean);
                System.out.printf(
                        "Quality gate %s: features - %s = %+.2f R-1, target %+.2f, noise (2 SE) %.2f%n",
                        target.slice(), baseline, mean, target.margin(), noise);
                if (mean < target.margin() - noise) {
                    misses.add(String.format(
                            "%s: features - %s = %+.2f R-1, target %+.2f, noise (2 SE) %.2f",
                            target.slice(), baseline, mean, target.margin(), noise));
                }
            }
        }
        assertThat(misses).as("slices where the default misses its target").isEmpty();
    }

    @Test
    void noNumberDriftsFromTheDocumentedTable() throws IOException {
        Map<String, Double> documented = documented();
        List<String> drifts = new ArrayList<>();
        RESULTS.forEach((slice, runs) -> {
            for (Evaluation.SystemRun run : runs) {
                String key = slice + " " + run.system();
                Double expected = documented.get(key);
                double actual = run.meanF1(true)[0];
                if (expected == null) {
                    drifts.add(key + ": not in docs/evaluation.md (measured " + String.format("%.2f", actual) + ")");
                } else if (Math.abs(actual - expected) > DRIFT) {
                    drifts.add(String.format("%s: documented %.2f, measured %.2f", key, expected, actual));
                }
            }
        });
        assertThat(drifts)
                .as("R-1 drift over %s from docs/evaluation.md", DRIFT)
                .isEmpty();
    }

    private static Map<String, Double> documented() throws IOException {
        String docs = Files.readString(Path.of("docs", "evaluation.md"), StandardCharsets.UTF_8);
        int section = docs.indexOf("## Quality gate");
        assertThat(section)
                .as("docs/evaluation.md has a '## Quality gate' section")
                .isNotNegative();
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher m = DOC_ROW.matcher(docs.substring(section));
        while (m.find()) {
            values.put(m.group(1) + " " + m.group(2), Double.parseDouble(m.group(3)));
        }
        return values;
    }

    private static Evaluation.SystemRun run(List<Evaluation.SystemRun> runs, String system) {
        return runs.stream().filter(r -> r.system().equals(system)).findFirst().orElseThrow();
    }

    private static double[] perArticleDifference(Evaluation.SystemRun a, Evaluation.SystemRun b) {
        double[] difference = new double[a.stem().size()];
        for (int i = 0; i < difference.length; i++) {
            difference[i] = 100
                    * (a.stem().get(i).rouge1().f1() - b.stem().get(i).rouge1().f1());
        }
        return difference;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double standardError(double[] values, double mean) {
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1) / values.length);
    }
}
