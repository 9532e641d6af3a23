package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The German pipeline's tokenizer and sentence splitter (no model files: tokenize and ssplit read none) with its
 * settings: ordinals and news abbreviations keep their period, German closing quotes stay with their sentence.
 */
class GermanSentenceSplitTest {

    private static StanfordCoreNLP splitter;

    @BeforeAll
    static void buildSplitter() {
        Properties properties = new Properties();
        Map<String, String> lean = PipelineLanguage.GERMAN.leanProperties(model -> model);
        properties.putAll(lean);
        properties.setProperty("annotators", "tokenize,ssplit");
        splitter = new StanfordCoreNLP(properties);
    }

    private static List<String> sentences(String text) {
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(sentence -> text.substring(
                        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
                .toList();
    }

    @Test
    void newsAbbreviationsAndOrdinalsDoNotEndASentence() {
        assertThat(sentences("Seitdem wurden rund 650 Mio. Euro investiert. Prof. Schmidt ist skeptisch. Der Zug"
                        + " fährt bis zum 3. Oktober nicht. Es kostet 2 Mrd. Euro."))
                .containsExactly(
                        "Seitdem wurden rund 650 Mio. Euro investiert.",
                        "Prof. Schmidt ist skeptisch.",
                        "Der Zug fährt bis zum 3. Oktober nicht.",
                        "Es kostet 2 Mrd. Euro.");
    }

    @Test
    void aGermanClosingQuoteStaysWithTheSentenceItCloses() {
        assertThat(sentences("\u201EBis dahin z\u00E4hlt jede Stunde.\u201C Der Pegel steigt. Er sagte:"
                        + " \u201EWir sind bereit!\u201C Dann ging er."))
                .containsExactly(
                        "\u201EBis dahin z\u00E4hlt jede Stunde.\u201C",
                        "Der Pegel steigt.",
                        "Er sagte: \u201EWir sind bereit!\u201C",
                        "Dann ging er.");
    }

    @Test
    void withoutTheAddedAbbreviationsCoreNlpWouldEndTheSentenceAtMio() {
        Properties properties = new Properties();
        properties.putAll(PipelineLanguage.GERMAN.leanProperties(model -> model));
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty(
                "tokenize.postProcessor", "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        StanfordCoreNLP plain = new StanfordCoreNLP(properties);
        Annotation annotation = new Annotation("Es kostet 650 Mio. Euro. Das ist viel.");
        plain.annotate(annotation);
        List<CoreMap> split = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(split).hasSize(3);
    }
}
