package org.summarizer.scoring;

import java.util.List;
import java.util.Map;

/**
 * An object of a model file that holds trees (the {@code lengthPrior}, the {@code wordModel}) as {@link
 * ModelJson#section} read it, before it is checked.
 *
 * @param numbers  its fields whose values are numbers
 * @param features its {@code features} list, {@code null} when it has none
 * @param trees    its {@code trees}, {@code null} when it has no such list
 */
record TreeSection(Map<String, Double> numbers, List<String> features, List<TreeArrays> trees) {

    TreeSection {
        numbers = Map.copyOf(numbers);
        features = features == null ? null : List.copyOf(features);
        trees = trees == null ? null : List.copyOf(trees);
    }
}
