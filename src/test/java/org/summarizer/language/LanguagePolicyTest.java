package org.summarizer.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The decision between the request's language, the detection and the loaded languages, without the model. */
class LanguagePolicyTest {

    private static final LanguagePolicy ENGLISH_ONLY = new LanguagePolicy(EnumSet.of(Language.ENGLISH));

    private static Supplier<Detection> detected(Language language, double ratio) {
        return () -> new Detection(language, 0.8, ratio, 200);
    }

    @Test
    void aRequestedLanguageOverridesDetectionWhichThenDoesNotRun() {
        AtomicInteger calls = new AtomicInteger();
        LanguagePolicy.Choice choice = ENGLISH_ONLY.choose(Language.ENGLISH, () -> {
            calls.incrementAndGet();
            return new Detection(Language.RUSSIAN, 0.9, 30, 200);
        });
        assertThat(choice.language()).isEqualTo(Language.ENGLISH);
        assertThat(choice.source()).isEqualTo(LanguagePolicy.Source.REQUESTED);
        assertThat(calls).hasValue(0);
    }

    @Test
    void aConfidentDetectionOfALoadedLanguageIsUsed() {
        LanguagePolicy policy = new LanguagePolicy(EnumSet.of(Language.ENGLISH, Language.GERMAN));
        LanguagePolicy.Choice choice = policy.choose(null, detected(Language.GERMAN, LanguagePolicy.MIN_RATIO));
        assertThat(choice.language()).isEqualTo(Language.GERMAN);
        assertThat(choice.source()).isEqualTo(LanguagePolicy.Source.DETECTED);
    }

    @Test
    void aConfidentDetectionOfALanguageThatIsNotLoadedIsRefusedNamingItAndTheLoadedOnes() {
        assertThatThrownBy(() -> ENGLISH_ONLY.choose(null, detected(Language.RUSSIAN, 20)))
                .isInstanceOfSatisfying(UnsupportedLanguageException.class, e -> {
                    assertThat(e.detected()).isEqualTo(Language.RUSSIAN);
                    assertThat(e.getMessage())
                            .startsWith("The text is in Russian (ru), which this service does not summarize")
                            .contains("English (en) only")
                            .endsWith("If the detection is wrong, send the text's language as the request's"
                                    + " \"language\" (en).")
                            .doesNotContain("to load it");
                });
    }

    @Test
    void germanNotLoadedNamesTheSettingThatLoadsIt() {
        assertThatThrownBy(() -> ENGLISH_ONLY.choose(null, detected(Language.GERMAN, 10)))
                .isInstanceOf(UnsupportedLanguageException.class)
                .hasMessageContaining("The text is in German (de).")
                .hasMessageContaining("set summarizer.languages=en,de to load it")
                .hasMessageContaining("English (en) only");
    }

    @Test
    void anUnclearOrImpossibleDetectionFallsBackToEnglish() {
        double justBelow = Math.nextDown(LanguagePolicy.MIN_RATIO);
        LanguagePolicy.Choice unclear = ENGLISH_ONLY.choose(null, detected(Language.RUSSIAN, justBelow));
        assertThat(unclear.language()).isEqualTo(Language.ENGLISH);
        assertThat(unclear.source()).isEqualTo(LanguagePolicy.Source.FALLBACK);
        LanguagePolicy.Choice none = ENGLISH_ONLY.choose(null, () -> Detection.undetectable(3));
        assertThat(none.language()).isEqualTo(Language.ENGLISH);
        assertThat(none.source()).isEqualTo(LanguagePolicy.Source.FALLBACK);
        assertThat(none.detection().letters()).isEqualTo(3);
    }

    @Test
    void aRequestedCodeMustBeIsoAndLoaded() {
        assertThat(ENGLISH_ONLY.checkRequested("en")).isEmpty();
        assertThat(ENGLISH_ONLY.checkRequested(" EN ")).isEmpty();
        assertThat(ENGLISH_ONLY.checkRequested("english"))
                .hasValue("must be an ISO 639-1 language code; supported: 'en' (English)");
        assertThat(ENGLISH_ONLY.checkRequested("xx"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("must be an ISO 639-1 language code"));
        assertThat(ENGLISH_ONLY.checkRequested("")).isPresent();
        assertThat(ENGLISH_ONLY.checkRequested("de"))
                .hasValue("'de' (German) is not loaded; set summarizer.languages=en,de to load it; supported:"
                        + " 'en' (English)");
        assertThat(ENGLISH_ONLY.checkRequested("ru"))
                .hasValue("'ru' (Russian) is not supported; supported: 'en' (English)");
        // An ISO code the detector does not know is still named.
        assertThat(ENGLISH_ONLY.checkRequested("sv"))
                .hasValue("'sv' (Swedish) is not supported; supported: 'en' (English)");
    }

    @Test
    void aRequestedLanguageThatIsNotLoadedCannotBeChosen() {
        assertThatThrownBy(() -> ENGLISH_ONLY.choose(Language.GERMAN, detected(Language.GERMAN, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguagePolicy(EnumSet.of(Language.GERMAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spanishOrFrenchNotLoadedNamesTheSettingThatLoadsIt() {
        assertThatThrownBy(() -> ENGLISH_ONLY.choose(null, detected(Language.SPANISH, 10)))
                .isInstanceOf(UnsupportedLanguageException.class)
                .hasMessageContaining("The text is in Spanish (es).")
                .hasMessageContaining("set summarizer.languages=en,es to load it")
                .hasMessageContaining("English (en) only");
        assertThat(ENGLISH_ONLY.checkRequested("es"))
                .hasValue("'es' (Spanish) is not loaded; set summarizer.languages=en,es to load it; supported:"
                        + " 'en' (English)");
        LanguagePolicy englishAndSpanish = new LanguagePolicy(EnumSet.of(Language.ENGLISH, Language.SPANISH));
        assertThatThrownBy(() -> englishAndSpanish.choose(null, detected(Language.FRENCH, 10)))
                .hasMessageContaining("The text is in French (fr).")
                .hasMessageContaining("set summarizer.languages=en,fr,es to load it")
                .hasMessageContaining("English (en), Spanish (es) only");
    }

    @Test
    void thePolicyIsBuiltFromTheSetting() {
        assertThat(LanguagePolicy.fromSetting(List.of("en")).loaded()).containsExactly(Language.ENGLISH);
        LanguagePolicy both = LanguagePolicy.fromSetting(List.of(" ES", "en"));
        assertThat(both.loaded()).containsExactlyInAnyOrder(Language.ENGLISH, Language.SPANISH);
        assertThat(both.checkRequested("es")).isEmpty();
        assertThat(both.choose(null, detected(Language.SPANISH, 10)).language()).isEqualTo(Language.SPANISH);
        assertThat(both.checkRequested("de"))
                .hasValue("'de' (German) is not loaded; set summarizer.languages=en,de,es to load it; supported:"
                        + " 'en' (English), 'es' (Spanish)");
    }

    @Test
    void aSettingWithoutAPipelineOrWithoutEnglishFailsNamingTheKey() {
        assertThatThrownBy(() -> LanguagePolicy.fromSetting(List.of("en", "it")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("summarizer.languages: Italian (it) has no pipeline in this build; it may list en, de, fr,"
                        + " es (docs/languages.md).");
        assertThatThrownBy(() -> LanguagePolicy.fromSetting(List.of("en", "klingon")))
                .hasMessageStartingWith("summarizer.languages: 'klingon' is not a language this service knows");
        assertThatThrownBy(() -> LanguagePolicy.fromSetting(List.of("es")))
                .hasMessageStartingWith("summarizer.languages must list en");
    }
}
