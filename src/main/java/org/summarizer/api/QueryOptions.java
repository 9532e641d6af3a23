package org.summarizer.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.summarizer.scoring.Algorithm;
import org.summarizer.summary.SentenceOrder;

/**
 * Reads the options of a plain-text request from its query string ({@code ?sentences=2&order=rank}) into a
 * {@link SummaryRequest}. Unlike JSON fields, unknown query parameters are rejected: a misspelt option in a URL
 * would otherwise be silently ignored.
 */
final class QueryOptions {

    static final Set<String> NAMES =
            Set.of("title", "sentences", "maxWords", "maxChars", "ratio", "order", "algorithm", "explain", "language");

    private QueryOptions() {}

    /**
     * Builds the request.
     *
     * @throws InvalidRequestException for unknown, repeated or unparseable parameters
     */
    static SummaryRequest toRequest(String text, MultivaluedMap<String, String> query) {
        return toRequest(text, null, query);
    }

    /** Builds the request for an HTML body. */
    static SummaryRequest toHtmlRequest(String html, MultivaluedMap<String, String> query) {
        return toRequest(null, html, query);
    }

    private static SummaryRequest toRequest(String text, String html, MultivaluedMap<String, String> query) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : query.keySet()) {
            if (!NAMES.contains(name)) {
                // The name is the caller's input: echo it only truncated and reduced to safe characters.
                errors.add(new Problem.FieldError(
                        Names.safe(name),
                        "unknown option; known options are "
                                + String.join(", ", NAMES.stream().sorted().toList())));
            } else if (query.get(name).size() > 1) {
                errors.add(new Problem.FieldError(name, "must be given once"));
            }
        }
        SummaryRequest request = new SummaryRequest(
                text,
                html,
                null,
                query.getFirst("title"),
                integer(query, "sentences", errors),
                integer(query, "maxWords", errors),
                integer(query, "maxChars", errors),
                decimal(query, "ratio", errors),
                choice(query, "order", SentenceOrder::fromApiName, SentenceOrder.class, errors),
                choice(query, "algorithm", Algorithm::fromApiName, Algorithm.class, errors),
                bool(query, "explain", errors),
                query.getFirst("language"));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            throw new InvalidRequestException(errors);
        }
        return request;
    }

    private static <T> T choice(
            MultivaluedMap<String, String> query,
            String name,
            Function<String, T> parse,
            Class<T> type,
            List<Problem.FieldError> errors) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, Choices.message(type).orElseThrow()));
            return null;
        }
    }

    private static Integer integer(MultivaluedMap<String, String> query, String name, List<Problem.FieldError> errors) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a whole number"));
            return null;
        }
    }

    private static Double decimal(MultivaluedMap<String, String> query, String name, List<Problem.FieldError> errors) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                errors.add(new Problem.FieldError(name, "must be a finite number"));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a number"));
            return null;
        }
    }

    private static Boolean bool(MultivaluedMap<String, String> query, String name, List<Problem.FieldError> errors) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new Problem.FieldError(name, "must be true or false"));
                yield null;
            }
        };
    }
}
