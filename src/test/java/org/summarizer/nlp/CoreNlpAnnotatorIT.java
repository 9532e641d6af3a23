package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;
import org.summarizer.service.CoreNlpAnnotatorFactory;

/** The real CoreNLP pipeline: offsets, paragraphs, entities, and identical output under concurrent use. */
class CoreNlpAnnotatorIT {

    private static CoreNlpAnnotator annotator;
    private static String article;

    @BeforeAll
    static void load() throws IOException {
        annotator = new CoreNlpAnnotator(CoreNlpAnnotatorFactory.standaloneProperties());
        try (InputStream in = CoreNlpAnnotatorIT.class.getResourceAsStream("/articles/river-bridge.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sentencesAndTokensPointIntoTheText() {
        Document document = annotator.annotate(article, "Bridge to close");
        assertThat(document.sentenceCount()).isBetween(25, 30);
        for (Sentence sentence : document.sentences()) {
            assertThat(article.substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(article.substring(token.begin(), token.end())).isEqualTo(token.text());
                assertThat(token.pos()).isNotEmpty();
            }
        }
        assertThat(document.titleTokens()).extracting(Token::text).containsExactly("Bridge", "to", "close");
    }

    @Test
    void everyLineStartsAParagraphAndEntitiesAreTagged() {
        Document document = annotator.annotate(article, null);
        long lines = article.strip().lines().count();
        assertThat(document.sentences().stream()
                        .filter(Sentence::paragraphStart)
                        .count())
                .isEqualTo(lines);
        List<String> people = document.sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .filter(t -> t.ner().equals("PERSON"))
                .map(Token::text)
                .toList();
        assertThat(people).contains("Whitfield", "Ostrowski");
        Token engineers = document.sentences().get(0).tokens().get(0);
        assertThat(engineers.lemma()).isEqualTo("engineer");
        assertThat(engineers.pos()).isEqualTo("NNS");
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksAreWrapping() {
        String text = "The first paragraph starts here and\nwraps onto a second line. It has two sentences.\n\n"
                + "The second paragraph is short.";
        Document document = annotator.annotate(text, null);
        assertThat(document.sentences())
                .extracting(Sentence::text)
                .containsExactly(
                        "The first paragraph starts here and\nwraps onto a second line.",
                        "It has two sentences.",
                        "The second paragraph is short.");
        assertThat(document.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void aDatelineBelongsToNoSentence() {
        String text = "WASHINGTON (CNN) -- The Senate passed the bill on Friday.\nThe House votes next week.";
        Document document = annotator.annotate(text, null);
        assertThat(document.sentences())
                .extracting(Sentence::text)
                .containsExactly("The Senate passed the bill on Friday.", "The House votes next week.");
        Sentence first = document.sentences().get(0);
        assertThat(first.begin()).isEqualTo(text.indexOf("The Senate"));
        assertThat(first.tokens()).extracting(Token::text).doesNotContain("CNN", "WASHINGTON", "--");
        assertThat(first.paragraphStart()).isTrue();
        // only the text's opening: the same words later are an ordinary sentence's
        Document later = annotator.annotate("The House votes next week.\n" + text, null);
        assertThat(later.sentences().get(1).text()).startsWith("WASHINGTON (CNN) --");
    }

    @Test
    void offsetsCountUtf16CodeUnitsAcrossEmojiAndAccents() {
        String text = "Café owners 😀 cheered.\nThe mayor said \u201Cyes\u201D to the plan.";
        Document document = annotator.annotate(text, null);
        assertThat(document.sentences()).hasSize(2);
        Sentence second = document.sentences().get(1);
        assertThat(text.substring(second.begin(), second.end())).isEqualTo(second.text());
    }

    @Test
    void oneSharedPipelineGivesIdenticalResultsFromSeveralThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String paragraph : article.split("\n")) {
            texts.add(paragraph + "\n" + article.substring(0, 400));
        }
        List<Document> sequential = new ArrayList<>();
        for (String text : texts) {
            sequential.add(annotator.annotate(text, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> annotator.annotate(text, null)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
