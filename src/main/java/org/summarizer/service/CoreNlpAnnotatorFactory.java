package org.summarizer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.summarizer.config.StandaloneConfiguration;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.language.Language;
import org.summarizer.nlp.CoreNlpAnnotator;
import org.summarizer.nlp.PipelineLanguage;

/**
 * Builds the lean CoreNLP pipelines: English from {@code summarizer.corenlp.*}, the other languages from their
 * {@link PipelineLanguage} (their model files resolved against {@code summarizer.corenlp.model-directory} too).
 */
@ApplicationScoped
public class CoreNlpAnnotatorFactory implements AnnotatorFactory {

    private final SummarizerConfig.CoreNlp config;

    public CoreNlpAnnotatorFactory(SummarizerConfig config) {
        this.config = config.corenlp();
    }

    /** The lean CoreNLP properties from the configuration; explicit {@code summarizer.corenlp.properties} win. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>(CoreNlpAnnotator.leanProperties(
                config.annotators(), resolve(config.posModel()), resolve(config.nerModel())));
        properties.putAll(config.properties());
        return properties;
    }

    /** The model path(s), comma-separated, as files under {@code model-directory} when that is set. */
    private String resolve(String models) {
        if (config.modelDirectory().isEmpty()) {
            return models;
        }
        Path directory = Path.of(config.modelDirectory().get());
        return Arrays.stream(models.split(","))
                .map(String::strip)
                .map(model -> directory.resolve(model).toString())
                .collect(Collectors.joining(","));
    }

    /**
     * The properties the service uses, read outside Quarkus with {@link StandaloneConfiguration} (for the offline
     * tools, benchmarks and tests that build the annotator themselves).
     */
    public static Map<String, String> standaloneProperties() {
        return new CoreNlpAnnotatorFactory(StandaloneConfiguration.load()).properties();
    }

    @Override
    public void validate() {
        Map<String, String> properties = properties();
        check(properties.get("pos.model"), "summarizer.corenlp.pos-model");
        for (String model : properties.get("ner.model").split(",")) {
            check(model.strip(), "summarizer.corenlp.ner-model");
        }
    }

    private static void check(String resource, String setting) {
        check(
                resource,
                setting,
                "The build packages only the model files listed in the corenlp.model.includes"
                        + " property of pom.xml; add it there or change " + setting + ".");
    }

    private static void check(String resource, String setting, String remedy) {
        if (resource == null || resource.isBlank()) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource(resource) == null && !new java.io.File(resource).isFile()) {
            throw new IllegalStateException("CoreNLP model '" + resource + "' (set by " + setting + " and"
                    + " summarizer.corenlp.model-directory) is not on the class path or file system. " + remedy);
        }
    }

    @Override
    public DocumentAnnotator create() {
        return new CoreNlpAnnotator(properties());
    }

    /**
     * The lean CoreNLP properties of a language: English's from the configuration, another's from its CoreNLP
     * properties file.
     *
     * @throws IllegalStateException when this build has no pipeline for the language
     */
    public Map<String, String> properties(Language language) {
        if (language == Language.ENGLISH) {
            return properties();
        }
        return pipeline(language).leanProperties(this::resolve);
    }

    @Override
    public void validate(Language language) {
        if (language == Language.ENGLISH) {
            validate();
            return;
        }
        Map<String, String> properties = properties(language);
        String setting = "summarizer.languages (" + language.code() + ")";
        String remedy = "A container image holds the model files of the languages of its LANGUAGES build argument"
                + " (docs/deployment.md); rebuild it with " + language.code() + " listed, or remove "
                + language.code() + " from summarizer.languages.";
        check(properties.get("pos.model"), setting, remedy);
        check(properties.get("ner.model"), setting, remedy);
    }

    @Override
    public DocumentAnnotator create(Language language) {
        if (language == Language.ENGLISH) {
            return create();
        }
        return new CoreNlpAnnotator(properties(language), pipeline(language).tags());
    }

    private static PipelineLanguage pipeline(Language language) {
        return PipelineLanguage.of(language.code())
                .orElseThrow(() -> new IllegalStateException(
                        "summarizer.languages: " + language.label() + " has no pipeline in this build."));
    }
}
