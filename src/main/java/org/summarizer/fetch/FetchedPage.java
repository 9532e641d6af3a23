package org.summarizer.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A fetched page.
 *
 * @param url         the final URL, after redirects
 * @param body        the page's bytes, decompressed
 * @param contentType the upstream's Content-Type header, or null when it sent none
 */
public record FetchedPage(URI url, byte[] body, String contentType) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** Whether the upstream said the page is plain text (else it is treated as HTML). */
    public boolean isPlainText() {
        return mediaType(contentType).equals("text/plain");
    }

    /** The media type of a Content-Type value, lower case, without parameters; "" for none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
    }
}
