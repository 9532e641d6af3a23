package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class ScriptCheckTest {

    @Test
    void englishAndOtherLatinScriptLanguagesAreSupported() {
        assertThat(ScriptCheck.check("The council approved the budget on Tuesday.")
                        .supported())
                .isTrue();
        assertThat(ScriptCheck.check("Le conseil a approuvé le budget mardi. Ça coûte cher.")
                        .supported())
                .isTrue();
        ScriptCheck.Result result = ScriptCheck.check("Straße über Öl");
        assertThat(result.latinShare()).isEqualTo(1.0);
        assertThat(result.mainScript()).isEqualTo(UnicodeScript.LATIN);
    }

    @Test
    void chineseJapaneseArabicCyrillicAreNot() {
        ScriptCheck.Result han = ScriptCheck.check("东京日本政府周二宣布了新的经济刺激计划。");
        assertThat(han.supported()).isFalse();
        assertThat(han.mainScriptName()).isEqualTo("Han");
        assertThat(ScriptCheck.check("東京でニュースを読みました。").supported()).isFalse();
        ScriptCheck.Result arabic = ScriptCheck.check("أعلنت الحكومة عن خطة جديدة.");
        assertThat(arabic.supported()).isFalse();
        assertThat(arabic.mainScriptName()).isEqualTo("Arabic");
        assertThat(ScriptCheck.check("Правительство объявило о новом плане.").mainScriptName())
                .isEqualTo("Cyrillic");
    }

    @Test
    void aFewForeignWordsInEnglishProseAreFine() {
        assertThat(ScriptCheck.check("The word for Tokyo is 東京, the guide said. The tour starts at nine.")
                        .supported())
                .isTrue();
    }

    @Test
    void theBoundaryIsHalfTheLetters() {
        assertThat(ScriptCheck.check("abcd" + "жжжж").supported()).isTrue();
        assertThat(ScriptCheck.check("abc" + "жжжж").supported()).isFalse();
    }

    @Test
    void textsWithoutLettersAreLeftToTheOtherChecks() {
        ScriptCheck.Result digits = ScriptCheck.check("12,345 + 67 = 12,412. 😀 !!");
        assertThat(digits.supported()).isTrue();
        assertThat(digits.letters()).isZero();
        assertThat(digits.mainScriptName()).isEqualTo("none");
        assertThat(ScriptCheck.check("").supported()).isTrue();
    }

    @Test
    void supplementaryCharactersCountOnceAndBrokenSurrogatesDoNotThrow() {
        ScriptCheck.Result result = ScriptCheck.check("𠀀𠀀𠀀 a");
        assertThat(result.letters()).isEqualTo(4);
        assertThat(result.supported()).isFalse();
        assertThat(ScriptCheck.check("a\uD800b\uDC00").supported()).isTrue();
    }
}
