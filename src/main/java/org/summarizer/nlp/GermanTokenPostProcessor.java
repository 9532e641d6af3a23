package org.summarizer.nlp;

import edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor;
import java.util.List;

/**
 * CoreNLP's German token post processor (it joins an ordinal's number and period, {@code 3.} before a month, and a
 * few abbreviations with their period) with the abbreviations of German news added, so that their period does not end
 * the sentence: {@code 650 Mio. Euro}, {@code Prof. Schmidt}, {@code Nr. 5}. CoreNLP's own list has four ({@code bzw},
 * {@code ca}, {@code jap}, {@code usw}); the English tokenizer already keeps {@code Dr.} and single letters ({@code z.
 * B.}) whole. Only words that cannot end a German sentence are listed, which is why {@code Art} ("kind") and the
 * two-letter weekdays are not. Named in the German pipeline's {@code tokenize.postProcessor}; CoreNLP creates it by
 * reflection, through the public no-argument constructor.
 */
public class GermanTokenPostProcessor extends GermanTokenizerPostProcessor {

    /** The abbreviations added, without their period. */
    static final List<String> NEWS_ABBREVIATIONS = List.of(
            "Mio", "Mrd", "Tsd", "Nr", "Str", "Prof", "Abs", "Bd", "Hrsg", "Jh", "Jhd", "Kap", "Tel", "St", "Chr",
            "Dipl", "Ing", "Gebr", "Std", "Jan", "Feb", "Apr", "Aug", "Sept", "Okt", "Nov", "Dez", "evtl", "ggf",
            "inkl", "insb", "vgl", "bspw", "sog", "zzgl", "geb", "gest");

    /** CoreNLP's German post processor with {@link #NEWS_ABBREVIATIONS} added. */
    public GermanTokenPostProcessor() {
        germanAbbreviations.addAll(NEWS_ABBREVIATIONS);
    }
}
