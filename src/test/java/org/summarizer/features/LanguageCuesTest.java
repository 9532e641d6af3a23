package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/** The per-language dangling-start words and quotation marks, on hand-tagged sentences (no models). */
class LanguageCuesTest {

    /** A sentence of "word/TAG" tokens separated by spaces. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : tagged.split(" ")) {
            int slash = part.lastIndexOf('/');
            String word = part.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(word, word, part.substring(slash + 1), Token.NO_ENTITY, begin, text.length()));
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, 0, true);
    }

    @Test
    void spanishPronounsAndConnectivesDangleButQuestionsAndArticlesDoNot() {
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("Pero/CC el/DT plan/NN fracasó/VB ./.")))
                .isTrue();
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("«/. Ella/PRP lo/PRP sabía/VB ./.")))
                .isTrue();
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("Su/DT portavoz/NN explicó/VB ./.")))
                .isTrue();
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("¿/. Quién/PRP pagará/VB ?/.")))
                .isFalse();
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("La/DT Junta/NNP anunció/VB ./.")))
                .isFalse();
    }

    @Test
    void englishKeepsThePronounTagAndItsList() {
        assertThat(LanguageCues.ENGLISH.danglingStart(sentence("Somebody/PRP said/VBD so/RB ./.")))
                .isTrue();
        assertThat(LanguageCues.ENGLISH.danglingStart(sentence("However/RB ,/, it/PRP rained/VBD ./.")))
                .isTrue();
        assertThat(LanguageCues.SPANISH.danglingStart(sentence("However/RB ,/, it/PRP rained/VBD ./.")))
                .isFalse();
        assertThat(TextCues.danglingStart(sentence("The/DT council/NN met/VBD ./.")))
                .isFalse();
    }

    @Test
    void guillemetsQuoteInSpanishOnly() {
        String text = "El secretario calificó el recorte de «improvisado».";
        assertThat(LanguageCues.SPANISH.hasQuote(text)).isTrue();
        assertThat(LanguageCues.ENGLISH.hasQuote(text)).isFalse();
        assertThat(LanguageCues.SPANISH.hasQuote("“Sin agua no hay humedal”, resumió."))
                .isTrue();
        assertThat(LanguageCues.SPANISH.hasQuote("Los embalses cerraron octubre al 21,4 %."))
                .isFalse();
    }

    @Test
    void frenchPronounsAndConnectivesDangleAndGuillemetsQuote() {
        assertThat(LanguageCues.FRENCH.danglingStart(sentence("Cependant/RB ,/. la/DT ligne/NN ferme/VB ./.")))
                .isTrue();
        assertThat(LanguageCues.FRENCH.danglingStart(sentence("Elle/PRP a/MD refusé/VB ./.")))
                .isTrue();
        assertThat(LanguageCues.FRENCH.danglingStart(sentence("Quelle/DT galère/NN !/.")))
                .isFalse();
        assertThat(LanguageCues.FRENCH.hasQuote("Une décision \u00AB\u00A0inacceptable\u00A0\u00BB."))
                .isTrue();
    }

    @Test
    void germanPronounsAndConnectivesDangleButArticlesDoNotAndLowQuotesQuote() {
        assertThat(LanguageCues.GERMAN.danglingStart(sentence("Dennoch/RB sank/VB der/DT Pegel/NN ./.")))
                .isTrue();
        assertThat(LanguageCues.GERMAN.danglingStart(sentence("Er/PRP sagte/VB nichts/PRP ./.")))
                .isTrue();
        assertThat(LanguageCues.GERMAN.danglingStart(sentence("Die/DT Elbe/NNP steigt/VB ./.")))
                .isFalse();
        assertThat(LanguageCues.GERMAN.hasQuote("\u201EBis dahin z\u00E4hlt jede Stunde.\u201C"))
                .isTrue();
        assertThat(LanguageCues.GERMAN.hasQuote("Der Pegel steigt.")).isFalse();
    }

    @Test
    void cuesExistForTheLanguagesWithPipelines() {
        assertThat(LanguageCues.of("en")).contains(LanguageCues.ENGLISH);
        assertThat(LanguageCues.of("es")).contains(LanguageCues.SPANISH);
        assertThat(LanguageCues.of("fr")).contains(LanguageCues.FRENCH);
        assertThat(LanguageCues.of("de")).contains(LanguageCues.GERMAN);
        assertThat(LanguageCues.of("ru")).isEmpty();
    }
}
