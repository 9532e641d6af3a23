package org.summarizer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summarizer.features.Feature;

/** The ablation leaves every feature out once: a feature added without a group would never be ablated. */
class FeatureGroupsTest {

    @Test
    void everyFeatureIsInExactlyOneGroup() {
        Map<Feature, String> owner = new EnumMap<>(Feature.class);
        for (Map.Entry<String, Set<Feature>> group : FeatureGroups.ALL.entrySet()) {
            for (Feature feature : group.getValue()) {
                assertThat(owner.put(feature, group.getKey()))
                        .as(feature.key() + " in " + group.getKey())
                        .isNull();
            }
        }
        assertThat(owner.keySet()).containsExactlyInAnyOrder(Feature.values());
    }
}
