package org.summarizer.features;

import java.util.Set;
import java.util.regex.Pattern;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/** The word lists and surface patterns behind the cue features (quotes, dangling starts, boilerplate, captions). */
final class TextCues {

    private static final Set<String> DANGLING_WORDS = Set.of(
            "he",
            "she",
            "it",
            "they",
            "him",
            "her",
            "them",
            "his",
            "its",
            "their",
            "this",
            "that",
            "these",
            "those",
            "however",
            "but",
            "and",
            "also",
            "so",
            "yet",
            "still",
            "meanwhile",
            "moreover",
            "furthermore",
            "then",
            "instead",
            "besides",
            "nevertheless",
            "thus",
            "therefore",
            "otherwise",
            "or",
            "nor",
            "later",
            "there");

    /** Phrases that mark page furniture rather than article prose. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            String.join(
                    "|",
                    "scroll down",
                    "click here",
                    "read more",
                    "watch the video",
                    "watch video",
                    "follow (?:us|him|her|@)",
                    "^\\s*by\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+\\s*(?:,|\\||$)",
                    "published:",
                    "updated:",
                    "last updated",
                    "\\b(?:photo|image|picture|video)s?\\s*:",
                    "\\(photo",
                    "getty images",
                    "all rights reserved",
                    "copyright",
                    "sign up",
                    "subscribe",
                    "e-?mail to a friend",
                    "share this",
                    "^\\s*related\\s*:",
                    "^\\s*caption\\s*:",
                    "^\\s*(?:ap|reuters|afp)\\s*photo"),
            Pattern.CASE_INSENSITIVE);

    /** Image-caption cues: what a photo shows rather than what happened. */
    private static final Pattern CAPTION = Pattern.compile(String.join(
            "|",
            "(?i:\\bpictured\\b)",
            "(?i:\\((?:stock|file) (?:image|photo|picture)\\))",
            "(?i:\\bfile (?:photo|image|picture)\\b)",
            "(?i:\\bstock (?:photo|image|picture)\\b)",
            "(?i:\\bin the (?:photo|picture|image) (?:above|below)\\b)",
            "(?i:\\b(?:above|below|left|right|top|bottom|centre|center)\\)\\s)",
            "(?i:\\bcredit\\s*:)",
            "(?i:^\\W*in (?:this|the) (?:video|photo|image|picture|footage)\\b)",
            // A capitalized label such as "CLAIM:" or "EXCLUSIVE:" opening the sentence.
            "^\\W*[A-Z][A-Z'\\-]{2,}(?: [A-Z][A-Z'\\-]+)*\\s*:\\s"));

    private TextCues() {}

    static boolean isBoilerplate(String text) {
        return BOILERPLATE.matcher(text).find();
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find();
    }

    /**
     * Whether the sentence quotes someone: double quotes of any kind, curly single quotes, or a straight single
     * quote opening the sentence ('So far ...,' he said), the house style of British papers.
     */
    static boolean hasQuote(String text) {
        if (text.indexOf('"') >= 0
                || text.indexOf('\u201C') >= 0
                || text.indexOf('\u201D') >= 0
                || text.indexOf('\u2018') >= 0
                || text.contains("''")
                || text.contains("``")) {
            return true;
        }
        String stripped = text.stripLeading();
        return stripped.length() > 1 && stripped.charAt(0) == '\'' && Character.isLetter(stripped.charAt(1));
    }

    /** English dangling start: a personal pronoun or a word of the English list first (see {@link LanguageCues}). */
    static boolean danglingStart(Sentence sentence) {
        return LanguageCues.ENGLISH.danglingStart(sentence);
    }

    /** The English first words that make a sentence lean on the one before. */
    static Set<String> englishDanglingWords() {
        return DANGLING_WORDS;
    }

    static boolean endsWithFinalPunctuation(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == '`') {
                continue; // a closing quote or bracket may follow the full stop
            }
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }
        return false;
    }

    /** Whether a token is a word (holds a letter or digit) rather than punctuation. */
    static boolean isWord(Token token) {
        String text = token.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The number of word tokens. */
    static int wordTokens(Sentence sentence) {
        int count = 0;
        for (Token token : sentence.tokens()) {
            if (isWord(token)) {
                count++;
            }
        }
        return count;
    }
}
