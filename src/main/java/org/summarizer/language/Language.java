package org.summarizer.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the detector tells apart: the ones this build has a pipeline for ({@link #buildable()}: English,
 * German, French, Spanish) and the common ones it must recognise in order to refuse
 * them instead of summarizing them with the wrong pipeline. Restricting the detector to these keeps a Russian text
 * from being called Bulgarian, but also means a language outside the list is reported as its nearest neighbour in it
 * (Catalan as Spanish, say).
 */
public enum Language {
    ENGLISH("en", "eng", "English", true),
    GERMAN("de", "deu", "German", true),
    FRENCH("fr", "fra", "French", true),
    SPANISH("es", "spa", "Spanish", true),
    ITALIAN("it", "ita", "Italian", false),
    PORTUGUESE("pt", "por", "Portuguese", false),
    DUTCH("nl", "nld", "Dutch", false),
    POLISH("pl", "pol", "Polish", false),
    TURKISH("tr", "tur", "Turkish", false),
    RUSSIAN("ru", "rus", "Russian", false),
    ARABIC("ar", "ara", "Arabic", false),
    CHINESE("zh", "cmn", "Chinese", false),
    JAPANESE("ja", "jpn", "Japanese", false),
    KOREAN("ko", "kor", "Korean", false);

    private final String code;
    private final String iso639_3;
    private final String englishName;
    private final boolean buildable;

    Language(String code, String iso639_3, String englishName, boolean buildable) {
        this.code = code;
        this.iso639_3 = iso639_3;
        this.englishName = englishName;
        this.buildable = buildable;
    }

    /** The ISO 639-1 code, e.g. {@code de}: the request's and the response's {@code language}. */
    public String code() {
        return code;
    }

    /** The ISO 639-3 code the OpenNLP model uses ({@code cmn} for Mandarin Chinese). */
    String iso639_3() {
        return iso639_3;
    }

    /** The English name, e.g. {@code German}. */
    public String englishName() {
        return englishName;
    }

    /**
     * Whether this build has a pipeline for it, so that {@code summarizer.languages} may list it: English, German,
     * French and Spanish.
     */
    public boolean buildable() {
        return buildable;
    }

    /** "German (de)", for messages. */
    public String label() {
        return englishName + " (" + code + ")";
    }

    /** The language with this ISO 639-1 code (any case, surrounding white space ignored), if it is one of these. */
    public static Optional<Language> fromCode(String code) {
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(normalized)).findFirst();
    }

    /** Whether {@code code} is an ISO 639-1 code at all (two letters that name a language), known here or not. */
    public static boolean isIsoCode(String code) {
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return normalized.length() == 2
                && Arrays.asList(Locale.getISOLanguages()).contains(normalized);
    }

    /** The English name of any ISO 639-1 code ({@code sv} -> {@code Swedish}), for messages about unknown ones. */
    public static String englishNameOf(String isoCode) {
        String normalized = isoCode.strip().toLowerCase(Locale.ROOT);
        return Locale.forLanguageTag(normalized).getDisplayLanguage(Locale.ENGLISH);
    }
}
