package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The universal tags mapped to the Penn classes the features test, and the lean Spanish, French and German properties. */
class UniversalTagsTest {

    @Test
    void contentClassesMapToThePennClassesTheFeaturesTest() {
        assertThat(UniversalTags.toPenn("NOUN")).isEqualTo("NN");
        assertThat(UniversalTags.toPenn("PROPN")).startsWith("NN");
        assertThat(UniversalTags.toPenn("VERB")).startsWith("VB");
        assertThat(UniversalTags.toPenn("ADJ")).startsWith("JJ");
        assertThat(UniversalTags.toPenn("NUM")).isEqualTo("CD");
    }

    @Test
    void functionWordsAndAuxiliariesAreNotContentClasses() {
        for (String tag : new String[] {"AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "ADV", "PART"}) {
            assertThat(UniversalTags.toPenn(tag))
                    .as(tag)
                    .doesNotStartWith("NN")
                    .doesNotStartWith("VB")
                    .doesNotStartWith("JJ")
                    .isNotEqualTo("CD");
        }
    }

    @Test
    void pennTagsPassUnchanged() {
        assertThat(UniversalTags.toPenn("NNS")).isEqualTo("NNS");
        assertThat(UniversalTags.toPenn("VBD")).isEqualTo("VBD");
    }

    @Test
    void spanishFrenchAndGermanStartFromCoreNlpsPropertiesLeaned() {
        Map<String, String> properties = PipelineLanguage.SPANISH.leanProperties(model -> "/models/" + model);
        assertThat(properties)
                .containsEntry("annotators", "tokenize,ssplit,pos,ner")
                .containsEntry("tokenize.language", "es")
                .containsEntry("pos.model", "/models/edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger")
                .containsEntry(
                        "ner.model", "/models/edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz")
                .containsEntry("ner.useSUTime", "false")
                .doesNotContainKeys("ner.language", "mwt.mappingFile", "depparse.model");
        assertThat(PipelineLanguage.FRENCH.leanProperties(model -> model))
                .containsEntry("annotators", "tokenize,ssplit,pos,ner")
                .containsEntry("tokenize.language", "fr")
                .containsEntry("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger")
                .containsEntry("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz")
                .doesNotContainKeys("mwt.mappingFile", "mwt.pos.model", "depparse.model");
        assertThat(PipelineLanguage.GERMAN.leanProperties(model -> model))
                .containsEntry("annotators", "tokenize,ssplit,pos,ner")
                .containsEntry("tokenize.language", "de")
                .containsEntry("tokenize.postProcessor", GermanTokenPostProcessor.class.getName())
                .containsKey("ssplit.boundaryFollowersRegex")
                .containsEntry("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger")
                .containsEntry("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz")
                .doesNotContainKeys("mwt.mappingFile", "parse.model", "depparse.model");
        assertThat(PipelineLanguage.SPANISH.leanProperties(model -> model)).doesNotContainKey("tokenize.postProcessor");
        assertThat(PipelineLanguage.of("es")).contains(PipelineLanguage.SPANISH);
        assertThat(PipelineLanguage.of("fr")).contains(PipelineLanguage.FRENCH);
        assertThat(PipelineLanguage.of("de")).contains(PipelineLanguage.GERMAN);
        assertThat(PipelineLanguage.of("it")).isEmpty();
    }
}
