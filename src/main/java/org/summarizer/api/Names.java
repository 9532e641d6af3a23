package org.summarizer.api;

/**
 * Makes names taken from a request (unknown query parameters, JSON field paths) safe to echo in a problem answer:
 * at most {@value #MAX_LENGTH} characters, and only ASCII letters, digits and {@code _ . - [ ]}; anything else
 * (markup, quotes, control characters, other scripts) becomes {@code _}. The problem body is JSON and is
 * additionally escaped by the JSON writer, so this is defence in depth against clients that paste the field name
 * into HTML. Pure and thread-safe.
 */
public final class Names {

    /** The longest name echoed back; longer names are cut and marked with {@code "..."}. */
    public static final int MAX_LENGTH = 40;

    private Names() {}

    /** The name as it may be echoed back. */
    public static String safe(String name) {
        if (name == null) {
            return "";
        }
        int length = Math.min(name.length(), MAX_LENGTH);
        StringBuilder safe = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '.'
                    || c == '-'
                    || c == '['
                    || c == ']';
            safe.append(allowed ? c : '_');
        }
        if (name.length() > MAX_LENGTH) {
            safe.append("...");
        }
        return safe.toString();
    }
}
