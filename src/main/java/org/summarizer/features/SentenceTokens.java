package org.summarizer.features;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/** The features that read one sentence's tokens (part of speech, lemma, entity class) and nothing else. */
final class SentenceTokens {

    /** {@link #numberCount} saturates at this many number tokens. */
    static final int NUMBER_CAP = 4;

    private SentenceTokens() {}

    /** The share of word tokens inside a named entity. */
    static double entityDensity(Sentence sentence) {
        return wordShare(sentence, Token::isEntity);
    }

    /** Whether any token is a number (CD). */
    static boolean hasNumber(Sentence sentence) {
        return numberCount(sentence) > 0;
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
        return wordShare(sentence, token -> token.pos().startsWith("NNP"));
    }

    /** The share of the sentence's word tokens that pass the test; 0 for a sentence without words. */
    private static double wordShare(Sentence sentence, Predicate<Token> test) {
        int words = 0;
        int passing = 0;
        for (Token token : sentence.tokens()) {
            if (TextCues.isWord(token)) {
                words++;
                if (test.test(token)) {
                    passing++;
                }
            }
        }
        return words == 0 ? 0 : (double) passing / words;
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
