package org.summarizer.selection;

import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.FeaturedDocument;

/**
 * Marks the sentences that are page furniture rather than article prose, for the selector to take only as a last
 * resort: image captions and boilerplate by their cue features, and run-on blocks (a caption without final
 * punctuation run into the next sentence, which a flat text turns into a 60-100-word "sentence") by their length
 * against the article's median.
 */
public final class PageFurniture {

    /** {@link Feature#LENGTH_VS_MEDIAN} at or above which a sentence counts as a run-on block: 3x the median. */
    static final double RUN_ON = 0.6;

    private PageFurniture() {}

    /** One flag per sentence: {@code true} for furniture. */
    public static boolean[] of(FeaturedDocument document) {
        boolean[] flags = new boolean[document.size()];
        for (int i = 0; i < flags.length; i++) {
            FeatureVector v = document.features().get(i);
            flags[i] = v.get(Feature.CAPTION) > 0
                    || v.get(Feature.BOILERPLATE) > 0
                    || v.get(Feature.LENGTH_VS_MEDIAN) >= RUN_ON;
        }
        return flags;
    }
}
