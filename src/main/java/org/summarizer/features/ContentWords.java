package org.summarizer.features;

import java.util.Locale;
import java.util.Set;
import org.summarizer.document.Token;

/**
 * Decides which tokens carry content for similarity: nouns, proper nouns, verbs, adjectives and numbers, minus a
 * short list of light verbs and reporting verbs that occur in nearly every news sentence.
 */
final class ContentWords {

    private static final Set<String> LIGHT_LEMMAS = Set.of(
            "be", "have", "do", "say", "tell", "get", "make", "go", "take", "come", "would", "could", "will", "can",
            "may", "might", "must", "shall", "should", "also", "not", "mr.", "mrs.", "ms.", "'s", "year", "time",
            "cnn");

    private ContentWords() {}

    /** Whether the token counts as a content word. */
    static boolean isContent(Token token) {
        String pos = token.pos();
        boolean contentPos = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD");
        if (!contentPos) {
            return false;
        }
        String key = key(token);
        return key.length() > 1 && !LIGHT_LEMMAS.contains(key) && hasLetterOrDigit(key);
    }

    /** The matching key of a token: its lemma, lower-cased. */
    static String key(Token token) {
        return token.lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
