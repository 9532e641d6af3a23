package org.summarizer.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * A language other than English (German, French, Spanish) that a lean CoreNLP pipeline is built for: which of
 * CoreNLP's {@code StanfordCoreNLP-<language>.properties} it starts from and how its tags map to the Penn classes the
 * features read. English keeps its own settings ({@code summarizer.corenlp.*}, {@link CoreNlpAnnotator#leanProperties}).
 *
 * @param code       the ISO 639-1 code
 * @param properties the class path resource of CoreNLP's properties for the language (unpacked by the build)
 * @param annotators the annotators run: {@code tokenize,ssplit,pos,ner} (CoreNLP's lemmatizer is English only, so
 *                   a token's lemma is its word and the features match lower-cased words)
 * @param tags       maps the tagger's tags to Penn classes
 * @param settings   properties of ours set over CoreNLP's for the language (empty for most)
 */
public record PipelineLanguage(
        String code, String properties, String annotators, UnaryOperator<String> tags, Map<String, String> settings) {

    /**
     * CoreNLP's default tokens that may follow a sentence's final punctuation and still belong to it (closing
     * brackets and quotes, {@code WordToSentenceProcessor.DEFAULT_BOUNDARY_FOLLOWERS_REGEX}), plus German's closing
     * quotation marks {@code “} and {@code ‘}, which Unicode classes as opening ones.
     */
    static final String GERMAN_BOUNDARY_FOLLOWERS =
            "[\\p{Pe}\\p{Pf}\"'>\uFF02\uFF07\uFF1E)}\\]\u201C\u2018]|''|\u2019\u2019|-R[CRS]B-";

    /** Spanish: CoreNLP's UD tagger and its 4-class AnCora CRF (PERS, LUG, ORG, OTROS). */
    public static final PipelineLanguage SPANISH = new PipelineLanguage(
            "es", "StanfordCoreNLP-spanish.properties", "tokenize,ssplit,pos,ner", UniversalTags::toPenn, Map.of());

    /**
     * French: CoreNLP's UD tagger and its 4-class WikiNER CRF (I-PER, I-LOC, I-ORG, I-MISC); without CoreNLP's
     * French {@code mwt}, so {@code du} and {@code au} stay one token each.
     */
    public static final PipelineLanguage FRENCH = new PipelineLanguage(
            "fr", "StanfordCoreNLP-french.properties", "tokenize,ssplit,pos,ner", UniversalTags::toPenn, Map.of());

    /**
     * German: CoreNLP's UD tagger and its 4-class CRF (PERSON, LOCATION, ORGANIZATION, MISC); without CoreNLP's German
     * {@code mwt}, so {@code zum} and {@code im} stay one token each. Two settings of ours: {@link
     * GermanTokenPostProcessor} in place of CoreNLP's German token post processor, so that neither an ordinal ({@code
     * am 3. Oktober}) nor a news abbreviation ({@code 650 Mio. Euro}) ends a sentence; and the German closing quotation
     * marks {@code “} and {@code ‘} (which open a quote in English) stay with the sentence they close.
     */
    public static final PipelineLanguage GERMAN = new PipelineLanguage(
            "de",
            "StanfordCoreNLP-german.properties",
            "tokenize,ssplit,pos,ner",
            UniversalTags::toPenn,
            Map.of(
                    "tokenize.postProcessor",
                    GermanTokenPostProcessor.class.getName(),
                    "ssplit.boundaryFollowersRegex",
                    GERMAN_BOUNDARY_FOLLOWERS));

    /**
     * The keys taken as they are from the language's CoreNLP properties, besides its {@code pos.model} and
     * {@code ner.model}: the tokenizer's language; the rest (mwt, lemma, parsers, SUTime, fine-grained NER, KBP) is
     * left out, and so is {@code ner.language}, which adds a rule-based number tagger over a KBP gazetteer the
     * features do not read.
     */
    private static final List<String> KEPT = List.of("tokenize.language");

    private static final List<PipelineLanguage> ALL = List.of(GERMAN, FRENCH, SPANISH);

    /** The pipeline language with this code, if one is built. */
    public static Optional<PipelineLanguage> of(String code) {
        return ALL.stream().filter(l -> l.code.equals(code)).findFirst();
    }

    /**
     * The lean pipeline's properties: the tokenizer language and model files of CoreNLP's properties for the
     * language (read as UTF-8), with the lean NER settings of {@link CoreNlpAnnotator#leanProperties} and the
     * language's {@link #settings()}.
     *
     * @param models resolves a model resource to the path CoreNLP reads (the container's model directory)
     * @throws IllegalStateException when the properties resource is not on the class path
     */
    public Map<String, String> leanProperties(UnaryOperator<String> models) {
        Properties source = read();
        Map<String, String> lean = new LinkedHashMap<>(CoreNlpAnnotator.leanProperties(
                annotators,
                models.apply(source.getProperty("pos.model").strip()),
                models.apply(source.getProperty("ner.model").strip())));
        for (String key : KEPT) {
            if (source.getProperty(key) != null) {
                lean.put(key, source.getProperty(key).strip());
            }
        }
        lean.putAll(settings);
        return lean;
    }

    private Properties read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's " + properties + " is not on the class path; the build"
                        + " unpacks it with the " + code + " models (pom.xml, corenlp.model.includes." + code + ").");
            }
            Properties source = new Properties();
            source.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
