package org.summarizer.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summarizer.scoring.Algorithm;
import org.summarizer.summary.SentenceOrder;

/**
 * The validation message of the request's enumerated options ({@code algorithm}, {@code order}), built from the
 * enums' API names so that JSON, query parameters, the OpenAPI enumeration and the message agree.
 */
final class Choices {

    private Choices() {}

    /** "must be one of 'a', 'b'" for an enumerated option type, or empty for any other type. */
    static Optional<String> message(Class<?> type) {
        if (type == Algorithm.class) {
            return Optional.of(oneOf(Arrays.stream(Algorithm.values()).map(Algorithm::apiName)));
        }
        if (type == SentenceOrder.class) {
            return Optional.of(oneOf(Arrays.stream(SentenceOrder.values()).map(SentenceOrder::apiName)));
        }
        return Optional.empty();
    }

    private static String oneOf(Stream<String> names) {
        return "must be one of " + names.map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
