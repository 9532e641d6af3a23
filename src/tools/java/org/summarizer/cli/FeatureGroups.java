package org.summarizer.cli;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.summarizer.features.Feature;

/**
 * The groups of features that {@code ablate} leaves out one at a time; every feature is in exactly one.
 * docs/evaluation.md lists them.
 */
final class FeatureGroups {

    /** Group name to its features, in the order the ablation runs them. */
    static final Map<String, Set<Feature>> ALL = Collections.unmodifiableMap(groups());

    private FeatureGroups() {}

    private static Map<String, Set<Feature>> groups() {
        Map<String, Set<Feature>> groups = new LinkedHashMap<>();
        groups.put(
                "position",
                EnumSet.of(
                        Feature.FIRST_SENTENCE,
                        Feature.POSITION,
                        Feature.RELATIVE_POSITION,
                        Feature.PARAGRAPH_START,
                        Feature.PARAGRAPH_POSITION,
                        Feature.IN_PARAGRAPH_POSITION));
        groups.put("length", EnumSet.of(Feature.LENGTH, Feature.SHORT, Feature.LENGTH_VS_MEDIAN));
        groups.put(
                "centrality",
                EnumSet.of(
                        Feature.CENTROID,
                        Feature.FORWARD_CENTRALITY,
                        Feature.BACKWARD_CENTRALITY,
                        Feature.TEXTRANK,
                        Feature.LEXRANK,
                        Feature.LEAD_SIMILARITY,
                        Feature.CENTROID_RANK));
        groups.put("entities", EnumSet.of(Feature.ENTITY_DENSITY, Feature.SHARED_ENTITIES, Feature.PROPER_NOUNS));
        groups.put("novelty", EnumSet.of(Feature.ENTITY_NOVELTY, Feature.CONTENT_NOVELTY));
        groups.put("title", EnumSet.of(Feature.TITLE_OVERLAP, Feature.TITLE_ENTITY_OVERLAP));
        groups.put(
                "cues",
                EnumSet.of(
                        Feature.QUOTE,
                        Feature.NUMBER,
                        Feature.DANGLING_START,
                        Feature.BOILERPLATE,
                        Feature.CAPTION,
                        Feature.NO_FINAL_PUNCTUATION,
                        Feature.NUMBER_COUNT,
                        Feature.ATTRIBUTION));
        groups.put("word priors", matching(Feature::fromWordPriors));
        groups.put("word model", matching(Feature::fromWordModel));
        groups.put("document", matching(Feature::documentLevel));
        return groups;
    }

    private static EnumSet<Feature> matching(Predicate<Feature> test) {
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        for (Feature feature : Feature.values()) {
            if (test.test(feature)) {
                features.add(feature);
            }
        }
        return features;
    }
}
