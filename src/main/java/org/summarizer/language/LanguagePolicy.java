package org.summarizer.language;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides which language a text is summarized as, from the request's {@code language}, the {@link Detection} and
 * the languages whose pipelines are loaded. Pure and thread-safe:
 *
 * <ul>
 *   <li>a requested language is used as it is (it overrides detection, which then does not run); one that is not
 *       loaded is the caller's error, reported by {@link #checkRequested(String)} as a 400 before anything runs;
 *   <li>a confident detection ({@link Detection#ratio()} at least {@value #MIN_RATIO}) of a loaded language is used;
 *       of a language that is not loaded, the text is refused ({@link UnsupportedLanguageException}, 422);
 *   <li>anything else (too few letters, numbers only, mixed text, no clear winner) falls back to English.
 * </ul>
 */
public final class LanguagePolicy {

    /**
     * A detection counts when its language is at least this many times as probable as the runner-up. Measured on
     * the short news texts of docs/languages.md: their ratios are 1.9 (Japanese) to 61, the lowest of 300 English
     * two-sentence openings is 1.3 (summarized as English either way), texts of a few words are below 1.3.
     */
    public static final double MIN_RATIO = 1.5;

    /** The language used when the text does not say which it is. */
    public static final Language FALLBACK = Language.ENGLISH;

    /** The setting that lists the languages whose pipelines load. */
    public static final String SETTING = "summarizer.languages";

    private final Set<Language> loaded;

    /** @param loaded the languages whose pipelines are loaded; must contain {@link #FALLBACK} */
    public LanguagePolicy(Set<Language> loaded) {
        if (!loaded.contains(FALLBACK)) {
            throw new IllegalArgumentException("The fallback language " + FALLBACK.label() + " must be loaded.");
        }
        this.loaded = Collections.unmodifiableSet(EnumSet.copyOf(loaded));
    }

    /**
     * The policy for the languages of {@value #SETTING}.
     *
     * @param codes the setting's ISO 639-1 codes, any case
     * @throws IllegalStateException naming the setting when a code is not a language this build has a pipeline for,
     *     or when English is missing
     */
    public static LanguagePolicy fromSetting(List<String> codes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        List<String> buildable = Arrays.stream(Language.values())
                .filter(Language::buildable)
                .map(Language::code)
                .toList();
        for (String code : codes) {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty() || !language.get().buildable()) {
                String what = language.map(l -> l.label() + " has no pipeline in this build")
                        .orElse("'" + code.strip() + "' is not a language this service knows");
                throw new IllegalStateException(SETTING + ": " + what + "; it may list " + String.join(", ", buildable)
                        + " (docs/languages.md).");
            }
            languages.add(language.get());
        }
        if (!languages.contains(FALLBACK)) {
            throw new IllegalStateException(SETTING + " must list " + FALLBACK.code() + ", the language of texts that"
                    + " do not tell which they are in; got " + String.join(",", codes) + ".");
        }
        return new LanguagePolicy(languages);
    }

    /** The languages whose pipelines are loaded, in the order of {@link Language} (English first). */
    public Set<Language> loaded() {
        return loaded;
    }

    /** How the language of a text was chosen. */
    public enum Source {
        /** The request's {@code language}. */
        REQUESTED,
        /** The detector, confidently. */
        DETECTED,
        /** Neither: {@link #FALLBACK}. */
        FALLBACK
    }

    /**
     * The language a text is summarized as.
     *
     * @param language  the language used, always a loaded one
     * @param source    how it was chosen
     * @param detection what the detector found, or {@code null} when a requested language made it unnecessary
     */
    public record Choice(Language language, Source source, Detection detection) {
        public Choice {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Chooses the language of a text.
     *
     * @param requested the request's language, already {@linkplain #checkRequested checked}; {@code null} for none
     * @param detection runs the detector; called only without a requested language
     * @throws UnsupportedLanguageException when the text is confidently in a language that is not loaded
     */
    public Choice choose(Language requested, Supplier<Detection> detection) {
        if (requested != null) {
            if (!loaded.contains(requested)) {
                throw new IllegalArgumentException(requested.label() + " is not loaded; checkRequested refuses it.");
            }
            return new Choice(requested, Source.REQUESTED, null);
        }
        Detection found = detection.get();
        if (found.best() == null || found.ratio() < MIN_RATIO) {
            return new Choice(FALLBACK, Source.FALLBACK, found);
        }
        if (!loaded.contains(found.best())) {
            throw new UnsupportedLanguageException(found.best(), unsupportedDetail(found.best()));
        }
        return new Choice(found.best(), Source.DETECTED, found);
    }

    /**
     * Checks a request's {@code language}: the message of its 400 when it is not an ISO 639-1 code or names a
     * language that is not loaded, else empty.
     */
    public Optional<String> checkRequested(String code) {
        Optional<Language> known = Language.fromCode(code);
        if (known.isPresent() && loaded.contains(known.get())) {
            return Optional.empty();
        }
        if (!Language.isIsoCode(code)) {
            return Optional.of("must be an ISO 639-1 language code; supported: " + supportedCodes());
        }
        String iso = code.strip().toLowerCase(java.util.Locale.ROOT);
        String named = "'" + iso + "' (" + Language.englishNameOf(iso) + ")";
        if (known.isPresent() && known.get().buildable()) {
            return Optional.of(named + " is not loaded; set " + enabling(known.get()) + " to load it; supported: "
                    + supportedCodes());
        }
        return Optional.of(named + " is not supported; supported: " + supportedCodes());
    }

    /** The detail of the 422 for a text in a language that is not loaded. */
    String unsupportedDetail(Language detected) {
        String supported = loaded.stream().map(Language::label).sorted().collect(Collectors.joining(", "));
        String codes = loaded.stream().map(Language::code).sorted().collect(Collectors.joining(", "));
        String hint =
                " If the detection is wrong, send the text's language as the request's \"language\" (" + codes + ").";
        if (detected.buildable()) {
            return "The text is in " + detected.label() + ". This service can summarize " + detected.englishName()
                    + " but does not load it (set " + enabling(detected) + " to load it); it summarizes " + supported
                    + " only." + hint;
        }
        return "The text is in " + detected.label() + ", which this service does not summarize; it summarizes "
                + supported + " only." + hint;
    }

    /** The setting that loads {@code language} besides the loaded ones: {@code summarizer.languages=en,es}. */
    private String enabling(Language language) {
        Set<Language> with = EnumSet.copyOf(loaded);
        with.add(language);
        return SETTING + "=" + with.stream().map(Language::code).collect(Collectors.joining(","));
    }

    private String supportedCodes() {
        return loaded.stream()
                .map(l -> "'" + l.code() + "' (" + l.englishName() + ")")
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
