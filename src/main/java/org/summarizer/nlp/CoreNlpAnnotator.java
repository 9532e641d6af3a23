package org.summarizer.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.summarizer.document.Document;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * Annotates text with a shared CoreNLP pipeline ({@code tokenize,ssplit,pos,lemma,ner} by default).
 *
 * <p>Needs: the model files named by the properties on the class path. Adds: sentences with character offsets,
 * tokens with lemma, POS tag and entity class, and paragraph structure. A dateline that opens the text
 * ({@code "WASHINGTON (CNN) -- "}, {@link Dateline}) belongs to no sentence: the first one starts after it.
 *
 * <p>Threading: a {@link StanfordCoreNLP} with these annotators keeps no per-document state (the tagger and CRF
 * classifier allocate their working arrays per call), so one instance serves all request threads; our concurrency
 * test found identical output under parallel calls. Two pipelines are built that differ only in how line breaks end
 * sentences (every line, or blank lines only); CoreNLP caches annotators by their properties, so the POS and NER
 * models are loaded once and shared by both.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {

    private final StanfordCoreNLP linePipeline;
    private final StanfordCoreNLP blankLinePipeline;
    private final UnaryOperator<String> tags;

    /**
     * Builds the pipelines; this loads the models and takes seconds.
     *
     * @param properties CoreNLP properties ({@code annotators}, model paths, tagger options)
     */
    public CoreNlpAnnotator(Map<String, String> properties) {
        this(properties, UnaryOperator.identity());
    }

    /**
     * Builds the pipelines of a language whose tagger's tags are mapped to Penn classes ({@link UniversalTags}).
     *
     * @param properties CoreNLP properties ({@code annotators}, model paths, tagger options)
     * @param tags       maps each token's tag to the tag stored in the {@link Token}
     */
    public CoreNlpAnnotator(Map<String, String> properties, UnaryOperator<String> tags) {
        Objects.requireNonNull(properties, "properties");
        this.tags = Objects.requireNonNull(tags, "tags");
        Properties lineProperties = toProperties(properties, "always");
        preloadModels(lineProperties);
        this.linePipeline = new StanfordCoreNLP(lineProperties);
        this.blankLinePipeline = new StanfordCoreNLP(toProperties(properties, "two"));
    }

    /**
     * Loads the NER model on its own thread while this one loads the POS model (about 1.3 s and 0.7 s here, each
     * mostly one core), into CoreNLP's annotator cache, from which the pipelines then take them. On two cores this
     * took loading alone from 2.1 s to 1.7 s, but only 0.1 to 0.3 s off start-to-ready, as Quarkus is still starting
     * beside it. With only one of the two annotators configured it does nothing.
     */
    private static void preloadModels(Properties properties) {
        List<String> annotators = List.of(
                properties.getProperty("annotators", "").replace(" ", "").split(","));
        if (!annotators.contains("pos") || !annotators.contains("ner")) {
            return;
        }
        AnnotatorPool pool = StanfordCoreNLP.getDefaultAnnotatorPool(properties, new AnnotatorImplementations());
        CompletableFuture<Void> ner = CompletableFuture.runAsync(() -> pool.get("ner"), task -> {
            Thread thread = new Thread(task, "ner-model-loader");
            thread.setDaemon(true);
            thread.start();
        });
        pool.get("pos");
        try {
            ner.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The lean pipeline's properties: the given annotators and models, without the NER extras the ranker does not
     * use (fine-grained classes, SUTime, numeric classifiers, entity mentions), which cost ~30x the time.
     */
    public static Map<String, String> leanProperties(String annotators, String posModel, String nerModel) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("annotators", annotators);
        properties.put("pos.model", posModel);
        properties.put("ner.model", nerModel);
        properties.put("ner.applyFineGrained", "false");
        properties.put("ner.useSUTime", "false");
        properties.put("ner.applyNumericClassifiers", "false");
        properties.put("ner.buildEntityMentions", "false");
        properties.put("ner.combinationMode", "NORMAL");
        // Odd characters are dropped silently instead of logging a warning per request.
        properties.put("tokenize.options", "untokenizable=noneDelete,invertible=true");
        return properties;
    }

    private static Properties toProperties(Map<String, String> map, String newlineIsSentenceBreak) {
        Properties properties = new Properties();
        properties.putAll(map);
        properties.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
        return properties;
    }

    @Override
    public Document annotate(String text, String title) {
        boolean blankLines = Paragraphs.usesBlankLines(text);
        StanfordCoreNLP pipeline = blankLines ? blankLinePipeline : linePipeline;
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int previousEnd = -1;
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (sentences.isEmpty()) {
                labels = withoutDateline(text, labels);
            }
            if (labels.isEmpty()) {
                continue;
            }
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            boolean paragraphStart =
                    previousEnd < 0 || Paragraphs.isBreak(text.substring(previousEnd, begin), blankLines);
            if (paragraphStart && previousEnd >= 0) {
                paragraph++;
            }
            sentences.add(new Sentence(
                    sentences.size(),
                    begin,
                    end,
                    text.substring(begin, end),
                    tokens(text, labels),
                    paragraph,
                    paragraphStart));
            previousEnd = end;
        }
        List<Token> titleTokens = List.of();
        if (title != null && !title.isBlank()) {
            Annotation titleAnnotation = new Annotation(title);
            linePipeline.annotate(titleAnnotation);
            titleTokens = tokens(title, titleAnnotation.get(CoreAnnotations.TokensAnnotation.class));
        }
        return new Document(text, sentences, titleTokens);
    }

    /**
     * The first sentence's tokens from the first one past its {@link Dateline}, or all of them when it has none (or
     * when the dateline would take them all).
     */
    private static List<CoreLabel> withoutDateline(String text, List<CoreLabel> labels) {
        if (labels.isEmpty()) {
            return labels;
        }
        int datelineEnd = Dateline.end(text, labels.get(0).beginPosition());
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).beginPosition() >= datelineEnd) {
                return labels.subList(i, labels.size());
            }
        }
        return labels;
    }

    /** Our tokens; their text is cut from the source because CoreNLP normalizes words (quotes, brackets). */
    private List<Token> tokens(String source, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String lemma = label.lemma() != null ? label.lemma() : label.word();
            String pos = label.tag() != null ? tags.apply(label.tag()) : "";
            String ner = label.ner() != null ? label.ner() : Token.NO_ENTITY;
            tokens.add(new Token(
                    source.substring(label.beginPosition(), label.endPosition()),
                    lemma,
                    pos,
                    ner,
                    label.beginPosition(),
                    label.endPosition()));
        }
        return tokens;
    }
}
