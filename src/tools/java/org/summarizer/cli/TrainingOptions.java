package org.summarizer.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.features.Feature;
import picocli.CommandLine.Option;

/** The learner's and the training mix's options, shared by {@code train} and {@code ablate}. */
final class TrainingOptions {

    @Option(
            names = "--share",
            split = ",",
            paramLabel = "NAME=WEIGHT",
            description = "the weight of each data file by name (e.g. bbc_train=0.02); unnamed files weigh 1")
    private Map<String, Double> shares = new LinkedHashMap<>();

    @Option(
            names = "--flat-share",
            paramLabel = "SHARE",
            defaultValue = "0.5",
            description = "share of articles trained with paragraphs joined (default ${DEFAULT-VALUE})")
    private double flatShare;

    @Option(
            names = "--untitled-share",
            paramLabel = "SHARE",
            defaultValue = "0",
            description = "share of articles trained with the title dropped (default ${DEFAULT-VALUE})")
    private double untitledShare;

    @Option(
            names = "--holdout",
            paramLabel = "SHARE",
            defaultValue = "0.1",
            description = "the last SHARE of each file is held out and scored (0: train on all; default"
                    + " ${DEFAULT-VALUE})")
    private double holdout;

    @Option(
            names = "--objective",
            defaultValue = "binary:logistic",
            description = "XGBoost objective, e.g. rank:pairwise (default ${DEFAULT-VALUE})")
    private String objective;

    @Option(names = "--rounds", defaultValue = "500", description = "boosting rounds (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--depth", defaultValue = "4", description = "tree depth (default ${DEFAULT-VALUE})")
    private int depth;

    @Option(names = "--eta", defaultValue = "0.05", description = "learning rate (default ${DEFAULT-VALUE})")
    private double eta;

    @Option(
            names = "--subsample",
            defaultValue = "0.8",
            description = "share of rows per tree (default ${DEFAULT-VALUE})")
    private double subsample;

    @Option(
            names = "--min-child-weight",
            defaultValue = "10",
            description = "least hessian weight of a leaf (default ${DEFAULT-VALUE})")
    private double minChildWeight;

    @Option(
            names = "--exclude",
            split = ",",
            paramLabel = "FEATURE",
            description = "features held at 0 (their keys, e.g. titleOverlap)")
    private List<String> exclude = List.of();

    @Option(names = "--graded", description = "graded labels (0-3) instead of oracle membership")
    private boolean graded;

    @Option(
            names = "--length-prior",
            paramLabel = "STRENGTH",
            defaultValue = "2.0",
            description = "strength of the short-summary length prior, 0 for none (default ${DEFAULT-VALUE})")
    private double lengthPrior;

    @Option(
            names = "--short-summary-words",
            paramLabel = "WORDS",
            defaultValue = "30",
            description = "a reference of at most WORDS words marks a short-summary article for the length prior"
                    + " (default ${DEFAULT-VALUE})")
    private int shortSummaryWords;

    @Option(
            names = "--word-priors",
            paramLabel = "SMOOTHING",
            defaultValue = "0",
            description = "learn the words' summary priors from the training parts, smoothed by SMOOTHING articles'"
                    + " worth of the average; 0 for none (default ${DEFAULT-VALUE})")
    private double wordPriorSmoothing;

    @Option(
            names = "--oracle-rouge2-weight",
            paramLabel = "W",
            defaultValue = "1",
            description = "the labelling oracle maximizes ROUGE-1 F1 + W x ROUGE-2 F1 (0: ROUGE-1 only; default"
                    + " ${DEFAULT-VALUE})")
    private double oracleRouge2Weight;

    @Option(
            names = "--word-model-rounds",
            paramLabel = "N",
            defaultValue = "0",
            description = "train a word model of N trees for the wordSalience features (needs --word-priors;"
                    + " 0 for none; default ${DEFAULT-VALUE})")
    private int wordModelRounds;

    @Option(
            names = "--word-model-depth",
            paramLabel = "D",
            defaultValue = "5",
            description = "the word model's tree depth (default ${DEFAULT-VALUE})")
    private int wordModelDepth;

    @Option(
            names = "--oracle-top",
            paramLabel = "K",
            defaultValue = "0",
            description = "0: label the greedy oracle's picks 1; K: label each sentence by its share of the K best"
                    + " selections (default ${DEFAULT-VALUE})")
    private int oracleTop;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "target/model.json",
            description = "where train writes the model (default ${DEFAULT-VALUE})")
    private Path out;

    Map<String, Double> shares() {
        return shares;
    }

    double flatShare() {
        return flatShare;
    }

    double untitledShare() {
        return untitledShare;
    }

    double holdout() {
        return holdout;
    }

    String objective() {
        return objective;
    }

    int rounds() {
        return rounds;
    }

    int depth() {
        return depth;
    }

    double eta() {
        return eta;
    }

    double subsample() {
        return subsample;
    }

    double minChildWeight() {
        return minChildWeight;
    }

    boolean graded() {
        return graded;
    }

    double lengthPrior() {
        return lengthPrior;
    }

    int shortSummaryWords() {
        return shortSummaryWords;
    }

    double wordPriorSmoothing() {
        return wordPriorSmoothing;
    }

    int wordModelRounds() {
        return wordModelRounds;
    }

    int wordModelDepth() {
        return wordModelDepth;
    }

    int oracleTop() {
        return oracleTop;
    }

    double oracleRouge2Weight() {
        return oracleRouge2Weight;
    }

    long seed() {
        return seed;
    }

    Path out() {
        return out;
    }

    /** The excluded features. */
    Set<Feature> excluded() {
        Set<Feature> excluded = EnumSet.noneOf(Feature.class);
        for (String key : exclude) {
            if (!key.isBlank()) {
                excluded.add(Feature.fromKey(key.strip()));
            }
        }
        return excluded;
    }

    /** Fails with a message naming the option when a value is out of its range. */
    void check() {
        range("--holdout", holdout, 0, 1);
        range("--flat-share", flatShare, 0, 1.0000001);
        range("--untitled-share", untitledShare, 0, 1.0000001);
        range("--subsample", subsample, 1e-9, 1.0000001);
        range("--length-prior", lengthPrior, 0, 10.0000001);
        range("--word-priors", wordPriorSmoothing, 0, 1e6);
        if (shortSummaryWords < 1) {
            throw new IllegalArgumentException("--short-summary-words must be at least 1, got " + shortSummaryWords);
        }
        if (rounds < 1 || depth < 1 || eta <= 0) {
            throw new IllegalArgumentException("--rounds and --depth must be at least 1 and --eta above 0");
        }
        if (wordModelRounds < 0 || wordModelDepth < 1) {
            throw new IllegalArgumentException(
                    "--word-model-rounds must be 0 or more and --word-model-depth at least 1");
        }
        if (wordModelRounds > 0 && wordPriorSmoothing == 0) {
            throw new IllegalArgumentException(
                    "--word-model-rounds needs --word-priors: the word model reads the priors");
        }
        if (oracleTop < 0) {
            throw new IllegalArgumentException("--oracle-top must be 0 or more, got " + oracleTop);
        }
        shares.forEach((name, weight) -> {
            if (weight < 0 || weight.isNaN()) {
                throw new IllegalArgumentException("--share " + name + " must be 0 or more, got " + weight);
            }
        });
    }

    private static void range(String name, double value, double from, double below) {
        if (!(value >= from && value < below)) {
            throw new IllegalArgumentException(name + " out of range, got " + value);
        }
    }
}
