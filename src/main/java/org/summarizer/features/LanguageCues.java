package org.summarizer.features;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * The language-specific part of the cue features: which first words make a sentence lean on the one before it
 * ({@link Feature#DANGLING_START}) and which characters quote someone ({@link Feature#QUOTE}). English keeps the
 * lists and rules the shipped ranker was trained with ({@link TextCues}); the other languages have short lists of
 * their own. The boilerplate and caption patterns are English and shared (docs/scoring.md says what they mean in
 * each language).
 *
 * @param code           the ISO 639-1 code
 * @param danglingWords  lower-cased first words (pronouns, demonstratives, connectives) that make a start dangle
 * @param pronounTag     whether a first token tagged {@code PRP*} dangles too: English only, whose tagger gives
 *                       personal pronouns that tag; the UD taggers tag interrogative, relative and indefinite
 *                       pronouns ({@code ¿Quién}, {@code Nadie}) alike, so there the word list decides alone
 * @param quoteMarks     quotation marks counted besides the English ones (straight and curly double quotes, curly
 *                       single quotes)
 */
public record LanguageCues(String code, Set<String> danglingWords, boolean pronounTag, String quoteMarks) {

    /** English: {@link TextCues}'s list, the {@code PRP} tag and the English quotation marks. */
    public static final LanguageCues ENGLISH = new LanguageCues("en", TextCues.englishDanglingWords(), true, "");

    /**
     * Spanish: subject and object pronouns, demonstratives, third-person possessives and the connectives that open a
     * sentence continuing the one before; guillemets count as quotation marks.
     */
    public static final LanguageCues SPANISH = new LanguageCues(
            "es",
            Set.of(
                    "él",
                    "ella",
                    "ellos",
                    "ellas",
                    "ello",
                    "le",
                    "les",
                    "su",
                    "sus",
                    "este",
                    "esta",
                    "esto",
                    "estos",
                    "estas",
                    "ese",
                    "esa",
                    "eso",
                    "esos",
                    "esas",
                    "aquel",
                    "aquella",
                    "aquello",
                    "pero",
                    "además",
                    "también",
                    "tampoco",
                    "y",
                    "e",
                    "o",
                    "u",
                    "ni",
                    "entonces",
                    "así",
                    "luego",
                    "después",
                    "mientras",
                    "aunque",
                    "sino",
                    "incluso",
                    "todavía",
                    "asimismo",
                    "allí",
                    "ahí",
                    "entretanto"),
            false,
            "\u00AB\u00BB\u2039\u203A");

    /**
     * French: subject and object pronouns, demonstratives, third-person possessives and connectives; guillemets
     * count as quotation marks.
     */
    public static final LanguageCues FRENCH = new LanguageCues(
            "fr",
            Set.of(
                    "il",
                    "elle",
                    "ils",
                    "elles",
                    "lui",
                    "leur",
                    "leurs",
                    "son",
                    "sa",
                    "ses",
                    "ce",
                    "cet",
                    "cette",
                    "ces",
                    "cela",
                    "ceci",
                    "ça",
                    "celui",
                    "celle",
                    "ceux",
                    "celles",
                    "mais",
                    "cependant",
                    "pourtant",
                    "toutefois",
                    "néanmoins",
                    "aussi",
                    "également",
                    "et",
                    "ou",
                    "ni",
                    "puis",
                    "ensuite",
                    "alors",
                    "donc",
                    "ainsi",
                    "sinon",
                    "là"),
            false,
            "\u00AB\u00BB\u2039\u203A");

    /**
     * German: personal pronouns, third-person possessives, demonstratives and connectives (not the articles, which
     * open most German sentences); the low and high quotation marks („ “ ‚ ‘) and both guillemet orders count as
     * quotation marks.
     */
    public static final LanguageCues GERMAN = new LanguageCues(
            "de",
            Set.of(
                    "er",
                    "sie",
                    "es",
                    "ihm",
                    "ihn",
                    "ihr",
                    "ihnen",
                    "sein",
                    "seine",
                    "seiner",
                    "seinen",
                    "seinem",
                    "ihre",
                    "ihrer",
                    "ihren",
                    "ihrem",
                    "dies",
                    "diese",
                    "dieser",
                    "dieses",
                    "diesen",
                    "diesem",
                    "jene",
                    "jener",
                    "jenes",
                    "aber",
                    "doch",
                    "jedoch",
                    "allerdings",
                    "dennoch",
                    "trotzdem",
                    "außerdem",
                    "zudem",
                    "auch",
                    "und",
                    "oder",
                    "dann",
                    "daher",
                    "deshalb",
                    "deswegen",
                    "darum",
                    "dabei",
                    "damit",
                    "dort",
                    "dazu",
                    "danach",
                    "somit"),
            false,
            "\u201E\u201A\u00AB\u00BB\u2039\u203A");

    /** The cues of a language this build has a pipeline for. */
    public static Optional<LanguageCues> of(String code) {
        return Optional.ofNullable(
                switch (code) {
                    case "en" -> ENGLISH;
                    case "es" -> SPANISH;
                    case "fr" -> FRENCH;
                    case "de" -> GERMAN;
                    default -> null;
                });
    }

    /** Whether the sentence's first word (after any opening quote or dash) makes it lean on the one before. */
    boolean danglingStart(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!TextCues.isWord(token)) {
                continue;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            return (pronounTag && token.pos().startsWith("PRP")) || danglingWords.contains(word);
        }
        return false;
    }

    /** Whether the sentence quotes someone. */
    boolean hasQuote(String text) {
        if (TextCues.hasQuote(text)) {
            return true;
        }
        for (int i = 0; i < quoteMarks.length(); i++) {
            if (text.indexOf(quoteMarks.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
