package org.summarizer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.summarizer.document.Document;
import org.summarizer.eval.AnnotatedCorpus;
import org.summarizer.eval.Article;
import org.summarizer.eval.Corpus;
import org.summarizer.eval.CorpusLoader;
import org.summarizer.eval.Evaluation;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.features.LanguageCues;
import org.summarizer.features.WordPriors;
import org.summarizer.training.LengthPriorTrainer;
import org.summarizer.training.Trainer;
import org.summarizer.training.WordModelTrainer;

/**
 * What {@code train} and {@code ablate} do: trains the trees on the training files, the last {@code --holdout} share
 * of each file held out as validation, and reports ROUGE on that held-out part (paragraphed and flattened) against
 * Lead and TextRank. With {@code --holdout 0} it trains on everything. Flat-text robustness comes from training on a
 * {@code --flat-share} of the articles with their paragraphs joined into one line.
 */
final class Training {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A word needs this many (weighted) training articles for a prior. */
    private static final double WORD_PRIOR_MIN_ARTICLES = 3;

    /** Words in more than this share of the training articles get no prior (function words). */
    private static final double WORD_PRIOR_MAX_SHARE = 0.4;

    /** The features the trees must keep non-decreasing: more of the title in a sentence never lowers its score. */
    static final Set<Feature> INCREASING = Set.of(Feature.TITLE_OVERLAP, Feature.TITLE_ENTITY_OVERLAP);

    private final TrainingOptions options;
    private final List<Path> files;
    private final int limit;
    private final CorpusLoader loader;
    private final String command;
    private final PrintWriter out;

    /**
     * @param options what to train
     * @param files   the training files
     * @param limit   at most this many articles of each file (0: all)
     * @param loader  annotates the files
     * @param command the command line, recorded in the model file (file paths shortened to their names)
     * @param out     where the reports go
     */
    Training(
            TrainingOptions options,
            List<Path> files,
            int limit,
            CorpusLoader loader,
            String command,
            PrintWriter out) {
        this.options = options;
        this.files = files;
        this.limit = limit;
        this.loader = loader;
        this.command = command;
        this.out = out;
    }

    /** The training that a {@code train} or {@code ablate} command line asks for. */
    static Training of(picocli.CommandLine.Model.CommandSpec spec, CorpusOptions corpus, TrainingOptions options) {
        return new Training(
                options,
                corpus.files(spec),
                corpus.limit(),
                corpus.loader(),
                TrainCommand.recordedCommand(spec),
                spec.commandLine().getOut());
    }

    void train() throws IOException {
        long start = System.nanoTime();
        List<TrainingSplit> splits = load();
        Trainer.Trained trained = fit(splits, options.excluded());
        report(splits, trained, "");
        ObjectNode file = trained.file();
        String version = LocalDate.now() + "."
                + AnnotatedCorpus.sha256(JSON.writeValueAsString(file.get("trees"))
                                + JSON.writeValueAsString(file.get("lengthPrior"))
                                + (file.has("wordModel") ? JSON.writeValueAsString(file.get("wordModel")) : ""))
                        .substring(0, 8);
        file.put("version", version);
        Map<String, Object> provenance = Provenance.of(splits, options.oracleRouge2Weight(), command);
        provenance.forEach((key, value) -> file.set(key, JSON.valueToTree(value)));
        Path target = options.out();
        Files.createDirectories(target.toAbsolutePath().getParent());
        JSON.writeValue(target.toFile(), file);
        out.printf(
                "Wrote %s (version %s, %d trees, %d nodes) in %.0f s%n",
                target,
                version,
                trained.model().trees().size(),
                trained.model().nodes(),
                (System.nanoTime() - start) / 1e9);
    }

    void ablate() throws IOException {
        List<TrainingSplit> splits = load();
        Map<String, Set<Feature>> runs = new LinkedHashMap<>();
        runs.put("(none: all features)", EnumSet.noneOf(Feature.class));
        FeatureGroups.ALL.forEach((name, features) -> runs.put("-" + name, features));
        for (Map.Entry<String, Set<Feature>> run : runs.entrySet()) {
            report(splits, fit(splits, run.getValue()), run.getKey());
        }
    }

    private List<TrainingSplit> load() throws IOException {
        options.check();
        double holdout = options.holdout();
        List<TrainingSplit> splits = new ArrayList<>();
        for (Path file : files) {
            Corpus paragraphs = loader.load(file.toString(), false, limit);
            Corpus flat = loader.load(file.toString(), true, limit);
            int cut = (int) Math.round(paragraphs.articles().size() * (1 - holdout));
            splits.add(new TrainingSplit(paragraphs.name(), paragraphs, flat, cut));
        }
        return splits;
    }

    private Map<String, Double> shares(List<TrainingSplit> splits) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (TrainingSplit split : splits) {
            shares.put(split.name(), 1.0);
        }
        options.shares().forEach((name, weight) -> {
            if (!shares.containsKey(name)) {
                throw new IllegalArgumentException(
                        "--share names a file not given with --data: '" + name + "' (names: " + shares.keySet() + ")");
            }
            shares.put(name, weight);
        });
        return shares;
    }

    private Trainer.Trained fit(List<TrainingSplit> splits, Set<Feature> excluded) {
        double flatShare = options.flatShare();
        double untitledShare = options.untitledShare();
        Map<String, Double> shares = shares(splits);
        double shareSum =
                shares.values().stream().mapToDouble(Double::doubleValue).sum();
        int total = splits.stream().mapToInt(TrainingSplit::cut).sum();
        // each file's articles share its weight, so a file counts as its share says however many articles it has
        ToDoubleFunction<TrainingSplit> weightOf =
                split -> shares.get(split.name()) / shareSum * total / Math.max(1, split.cut());
        List<Trainer.Example> examples = new ArrayList<>();
        List<LengthPriorTrainer.Example> priorExamples = new ArrayList<>();
        WordPriors priors = WordPriors.NONE;
        if (options.wordPriorSmoothing() > 0) {
            // from the training parts only, each file at its share, as the rows are weighted
            WordPriors.Builder builder = new WordPriors.Builder();
            for (TrainingSplit split : splits) {
                double weight = weightOf.applyAsDouble(split);
                for (int i = 0; i < split.cut(); i++) {
                    Article article = split.paragraphs().articles().get(i);
                    builder.add(article.text(), article.reference(), weight);
                }
            }
            priors = builder.build(options.wordPriorSmoothing(), WORD_PRIOR_MIN_ARTICLES, WORD_PRIOR_MAX_SHARE);
        }
        boolean withPriors = !priors.isEmpty();
        WordModels wordModels = options.wordModelRounds() == 0
                ? WordModels.NONE
                : WordModels.train(
                        splits,
                        weightOf,
                        priors,
                        new WordModelTrainer.Settings(
                                options.wordModelRounds(), options.wordModelDepth(), options.seed()),
                        out);
        FeatureExtractor extractor = new FeatureExtractor(priors, wordModels.all());
        for (TrainingSplit split : splits) {
            double weight = weightOf.applyAsDouble(split);
            if (weight == 0) {
                continue;
            }
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < split.cut(); i++) {
                indices.add(i);
            }
            List<Trainer.Example> part = indices.parallelStream()
                    .map(i -> {
                        Article article = split.paragraphs().articles().get(i);
                        Corpus corpus = inShare(article, flatShare, 0) ? split.flat() : split.paragraphs();
                        Document document = corpus.documents().get(i);
                        if (inShare(article, untitledShare, 1)) {
                            document = new Document(document.text(), document.sentences(), List.of());
                        }
                        // the article's own counts are left out of its word priors (leave-one-out)
                        WordPriors.Self self = withPriors
                                ? new WordPriors.Self(
                                        WordPriors.words(article.text()), WordPriors.words(article.reference()), weight)
                                : null;
                        FeaturedDocument featured = extractor.extract(
                                document, LanguageCues.ENGLISH, self, wordModels.notTrainedOn(article));
                        return new Trainer.Example(
                                featured,
                                Evaluation.sentenceTexts(corpus.documents().get(i)),
                                corpus.articles().get(i).referenceSentences(),
                                weight);
                    })
                    .toList();
            examples.addAll(part);
            // the prior counts every file alike: it must learn which articles are not of the short kind, too
            double priorWeight = (double) total / splits.size() / Math.max(1, split.cut());
            for (Trainer.Example example : part) {
                if (example.document().size() > 0) {
                    priorExamples.add(new LengthPriorTrainer.Example(
                            example.document().features().get(0), words(example.reference()), priorWeight));
                }
            }
        }
        Trainer.Settings settings = new Trainer.Settings(
                new Trainer.Trees(
                        options.objective(),
                        options.rounds(),
                        options.depth(),
                        options.eta(),
                        options.subsample(),
                        options.minChildWeight(),
                        options.seed()),
                new Trainer.Labels(3, options.graded(), options.oracleRouge2Weight(), options.oracleTop()),
                excluded,
                INCREASING);
        String version = LocalDate.now() + ".pending";
        Trainer.Trained ranker = new Trainer(settings)
                .train(examples, version, Provenance.trainingData(splits, shares), priors, wordModels.section());
        if (options.lengthPrior() == 0) {
            return ranker;
        }
        LengthPriorTrainer.Settings prior = new LengthPriorTrainer.Settings(
                options.lengthPrior(), 20, options.shortSummaryWords(), 100, 3, options.seed());
        return new LengthPriorTrainer(prior).addTo(ranker, priorExamples);
    }

    private static int words(List<String> reference) {
        int words = 0;
        for (String sentence : reference) {
            String stripped = sentence.strip();
            words += stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        }
        return words;
    }

    /**
     * Whether an article is among the {@code share} picked for an augmentation, decided by its id (stable); each
     * {@code salt} picks independently of the others.
     */
    private static boolean inShare(Article article, double share, int salt) {
        int bucket = Math.floorMod((article.id().hashCode() + salt * 0x5BD1E995) * 0x9E3779B9, 1000);
        return bucket < share * 1000;
    }

    private void report(List<TrainingSplit> splits, Trainer.Trained trained, String label) {
        Map<String, List<Evaluation.SystemRun>> results = new LinkedHashMap<>();
        Evaluation evaluation = new Evaluation(Main.summarizer(trained.model()), 3);
        for (TrainingSplit split : splits) {
            if (split.cut() >= split.paragraphs().articles().size()) {
                continue;
            }
            for (Corpus corpus : List.of(split.paragraphs(), split.flat())) {
                int n = corpus.articles().size();
                List<Evaluation.SystemRun> runs = evaluation.run(
                        corpus.articles().subList(split.cut(), n),
                        corpus.documents().subList(split.cut(), n),
                        List.of("features", "lead", "textrank"));
                results.put(corpus.name() + "-holdout", runs);
            }
        }
        if (!results.isEmpty()) {
            out.println(label.isEmpty() ? "Held-out part of each training file:" : "Ablation " + label + ":");
            out.println(Evaluation.table(results));
        }
    }
}
