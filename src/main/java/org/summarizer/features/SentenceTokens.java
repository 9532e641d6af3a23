package org.summarizer.features;

import java.util.List;
import java.util.Locale;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/** The features that read one sentence's tokens (part of speech, lemma, entity class) and nothing else. */
final class SentenceTokens {

    /** {@link #numberCount} saturates at this many number tokens. */
    static final int NUMBER_CAP = 4;

    private SentenceTokens() {}

    /** The share of word tokens inside a named entity. */
    static double entityDensity(Sentence sentence) {
        int words = 0;
        int entities = 0;
        for (Token token : sentence.tokens()) {
            if (TextCues.isWord(token)) {
                words++;
                if (token.isEntity()) {
                    entities++;
                }
            }
        }
        return words == 0 ? 0 : (double) entities / words;
    }

    /** Whether any token is a number (CD). */
    static boolean hasNumber(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /** Number tokens (CD), min(count, {@value #NUMBER_CAP}) / {@value #NUMBER_CAP}. */
    static double numberCount(Sentence sentence) {
        int count = 0;
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("CD")) {
                count++;
            }
        }
        return Math.min(count, NUMBER_CAP) / (double) NUMBER_CAP;
    }

    /** The share of word tokens tagged as proper nouns (NNP, NNPS). */
    static double properNounShare(Sentence sentence) {
        int words = 0;
        int proper = 0;
        for (Token token : sentence.tokens()) {
            if (TextCues.isWord(token)) {
                words++;
                if (token.pos().startsWith("NNP")) {
                    proper++;
                }
            }
        }
        return words == 0 ? 0 : (double) proper / words;
    }

    /** Whether the sentence attributes: a verb form of say or tell, or "according to". */
    static boolean attributes(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (token.pos().startsWith("VB") && (lemma.equals("say") || lemma.equals("tell"))) {
                return true;
            }
            if (lemma.equals("according")
                    && t + 1 < tokens.size()
                    && tokens.get(t + 1).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }
}
