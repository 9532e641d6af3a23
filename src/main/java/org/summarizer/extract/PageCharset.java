package org.summarizer.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset decodes a downloaded page: the {@code charset} parameter of the HTTP {@code Content-Type} header if
 * it names a charset this JVM supports, else the page's own {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} within its first 4096 bytes, else UTF-8.
 */
public final class PageCharset {

    /** How far into the page a meta declaration is looked for (the HTML standard's prescan window is 1024). */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^;\\s]+)");

    private static final Pattern META = Pattern.compile("(?is)<meta\\b[^>]*>");

    private static final Pattern META_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([^\"'\\s;/>]+)");

    private PageCharset() {}

    /**
     * The charset to decode {@code page} with.
     *
     * @param page              the page's bytes (may be null or empty)
     * @param contentTypeHeader the HTTP {@code Content-Type} header, or null
     * @return the header's charset, else the page's declared one, else UTF-8; never null
     */
    public static Charset charsetOf(byte[] page, String contentTypeHeader) {
        if (contentTypeHeader != null) {
            Matcher matcher = HEADER_CHARSET.matcher(contentTypeHeader);
            if (matcher.find()) {
                Charset charset = lookup(unquote(matcher.group(1)));
                if (charset != null) {
                    return charset;
                }
            }
        }
        if (page != null) {
            String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.US_ASCII);
            Matcher meta = META.matcher(head);
            while (meta.find()) {
                Matcher charsetMatcher = META_CHARSET.matcher(meta.group());
                if (charsetMatcher.find()) {
                    Charset charset = lookup(charsetMatcher.group(1));
                    if (charset != null) {
                        // A page read as ASCII cannot really be UTF-16; the HTML standard reads it as UTF-8.
                        return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 2
                && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                        || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    /** The charset called {@code name}, or null if the name is illegal or unsupported. */
    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) { // IllegalCharsetName and UnsupportedCharset are both subclasses
            return null;
        }
    }
}
