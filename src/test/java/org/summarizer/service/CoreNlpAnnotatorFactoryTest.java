package org.summarizer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summarizer.config.StandaloneConfiguration;
import org.summarizer.language.Language;

/** Where the CoreNLP model files are read from: the class path by default, a directory when one is configured. */
class CoreNlpAnnotatorFactoryTest {

    private static final String POS = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static CoreNlpAnnotatorFactory factory(Map<String, String> overrides) {
        return new CoreNlpAnnotatorFactory(StandaloneConfiguration.shipped(overrides));
    }

    @Test
    void byDefaultTheModelsAreClassPathResources() {
        CoreNlpAnnotatorFactory factory = factory(Map.of());
        assertThat(factory.properties()).containsEntry("pos.model", POS).containsEntry("ner.model", NER);
        factory.validate();
    }

    @Test
    void aModelDirectoryResolvesEveryModelAsAFileUnderIt(@TempDir Path directory) throws IOException {
        for (String model : new String[] {POS, NER}) {
            Path file = directory.resolve(model);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
        CoreNlpAnnotatorFactory factory = factory(Map.of(
                "summarizer.corenlp.model-directory",
                directory.toString(),
                "summarizer.corenlp.ner-model",
                NER + " , " + NER));
        assertThat(factory.properties())
                .containsEntry("pos.model", directory.resolve(POS).toString())
                .containsEntry("ner.model", directory.resolve(NER) + "," + directory.resolve(NER));
        factory.validate();
    }

    @Test
    void aModelMissingFromTheDirectoryStopsStartUpNamingBothSettings(@TempDir Path directory) {
        CoreNlpAnnotatorFactory factory = factory(Map.of("summarizer.corenlp.model-directory", directory.toString()));
        assertThatThrownBy(factory::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(directory.resolve(POS).toString())
                .hasMessageContaining("summarizer.corenlp.pos-model")
                .hasMessageContaining("summarizer.corenlp.model-directory");
    }

    @Test
    void aLanguageWhoseModelsAreNotInTheImageStopsStartUpNamingTheBuildArgument(@TempDir Path directory)
            throws IOException {
        for (String model : new String[] {POS, NER}) {
            Path file = directory.resolve(model);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
        CoreNlpAnnotatorFactory factory = factory(Map.of("summarizer.corenlp.model-directory", directory.toString()));
        factory.validate(Language.ENGLISH);
        assertThatThrownBy(() -> factory.validate(Language.GERMAN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(directory
                        .resolve("edu/stanford/nlp/models/pos-tagger/german-ud.tagger")
                        .toString())
                .hasMessageContaining("summarizer.languages (de)")
                .hasMessageContaining("LANGUAGES build argument");
    }
}
