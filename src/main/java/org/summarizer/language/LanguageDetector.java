package org.summarizer.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Detects the language of a text with Apache OpenNLP's language detector and its {@code langdetect-183} model (a
 * maximum-entropy model over character 1- to 3-grams for 103 languages), restricted to the {@link Language}s. The
 * restriction is made once, on the model: {@link #restrict} keeps only the weights of those 14 languages and the
 * n-grams that have any, which leaves 54,804 of 145,895 n-grams and 13 MiB of heap instead of 34 MiB, and gives
 * exactly the probabilities of the whole model renormalized over the 14 (a maximum-entropy model's probabilities are
 * a softmax over its outcomes). The only class that imports OpenNLP.
 *
 * <p>It reads at most the first {@value #PREFIX_CHARS} characters (about two news paragraphs; the cost grows with
 * the length, 4 ms for a whole 600-word article against under 1 ms for the prefix, see docs/languages.md), and does
 * not ask the model about a text with fewer than {@value #MIN_LETTERS} letters there (numbers, a name, a word or
 * two), which is {@link Detection#undetectable(int) undetectable}. The model is loaded once (about 1 s) and shared;
 * {@link #detect} is thread-safe.
 */
public final class LanguageDetector {

    /** The detector reads at most this many characters from the start of the text. */
    public static final int PREFIX_CHARS = 1_000;

    /** Texts with fewer letters than this in the prefix are not detected. */
    public static final int MIN_LETTERS = 20;

    /** The class path resource of the model, in {@code org.apache.opennlp:opennlp-models-langdetect}. */
    private static final String MODEL = "/langdetect-183.bin";

    private static final Map<String, Language> BY_ISO_639_3 = new HashMap<>();

    static {
        for (Language language : Language.values()) {
            BY_ISO_639_3.put(language.iso639_3(), language);
        }
    }

    private final LanguageDetectorModel model;

    private LanguageDetector(LanguageDetectorModel model) {
        this.model = model;
    }

    /**
     * Loads the model from the class path.
     *
     * @throws IllegalStateException when the model is missing or unreadable
     */
    public static LanguageDetector load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The language detection model " + MODEL + " is not on the class path.");
            }
            return new LanguageDetector(restrict(new LanguageDetectorModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("The language detection model " + MODEL + " could not be read", e);
        }
    }

    /** Loads the whole model, with all 103 languages, for comparing it with the restricted one in tests. */
    static LanguageDetectorModel loadWhole() throws IOException {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            return new LanguageDetectorModel(in);
        }
    }

    /** The model with only the {@link Language}s as outcomes and only the n-grams that weigh for any of them. */
    static LanguageDetectorModel restrict(LanguageDetectorModel whole) {
        if (!(whole.getMaxentModel() instanceof GISModel model)) {
            throw new IllegalStateException("The language detection model is not a maximum-entropy (GIS) model.");
        }
        Object[] parts = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        int[] kept = new int[outcomes.length];
        Arrays.fill(kept, -1);
        List<String> keptOutcomes = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (BY_ISO_639_3.containsKey(outcomes[i])) {
                kept[i] = keptOutcomes.size();
                keptOutcomes.add(outcomes[i]);
            }
        }
        if (keptOutcomes.size() != BY_ISO_639_3.size()) {
            throw new IllegalStateException(
                    "The language detection model lacks some of the languages " + BY_ISO_639_3.keySet());
        }
        List<String> labels = new ArrayList<>();
        List<Context> params = new ArrayList<>();
        for (Map.Entry<String, Context> entry : contexts.entrySet()) {
            int[] ids = entry.getValue().getOutcomes();
            double[] weights = entry.getValue().getParameters();
            int n = 0;
            for (int id : ids) {
                n += kept[id] >= 0 ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            int[] keptIds = new int[n];
            double[] keptWeights = new double[n];
            for (int i = 0, j = 0; i < ids.length; i++) {
                if (kept[ids[i]] >= 0) {
                    keptIds[j] = kept[ids[i]];
                    keptWeights[j++] = weights[i];
                }
            }
            labels.add(entry.getKey());
            params.add(new Context(keptIds, keptWeights));
        }
        AbstractModel restricted = new GISModel(
                params.toArray(new Context[0]), labels.toArray(new String[0]), keptOutcomes.toArray(new String[0]));
        return new LanguageDetectorModel(restricted, Map.of(), whole.getFactory());
    }

    /** The language of the text's first {@value #PREFIX_CHARS} characters. */
    public Detection detect(CharSequence text) {
        String prefix = prefix(text);
        int letters = letters(prefix);
        if (letters < MIN_LETTERS) {
            return Detection.undetectable(letters);
        }
        // LanguageDetectorME keeps per-call state in its context generator: one per call (cheap), one shared model.
        opennlp.tools.langdetect.Language[] predicted = new LanguageDetectorME(model).predictLanguages(prefix);
        Map<Language, Double> scores = new EnumMap<>(Language.class);
        for (opennlp.tools.langdetect.Language candidate : predicted) {
            Language language = BY_ISO_639_3.get(candidate.getLang());
            if (language != null) {
                scores.merge(language, candidate.getConfidence(), Double::sum);
            }
        }
        return best(scores, letters);
    }

    /** The best of the scores, its share of their sum and its ratio to the runner-up. */
    static Detection best(Map<Language, Double> scores, int letters) {
        Language best = null;
        double first = 0;
        double second = 0;
        double sum = 0;
        for (Map.Entry<Language, Double> entry : scores.entrySet()) {
            double score = entry.getValue();
            sum += score;
            if (score > first) {
                second = first;
                first = score;
                best = entry.getKey();
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null || sum <= 0) {
            return Detection.undetectable(letters);
        }
        return new Detection(best, first / sum, second > 0 ? first / second : Double.POSITIVE_INFINITY, letters);
    }

    /** The first {@value #PREFIX_CHARS} characters, not ending inside a surrogate pair. */
    static String prefix(CharSequence text) {
        if (text.length() <= PREFIX_CHARS) {
            return text.toString();
        }
        int end = PREFIX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
