package org.summarizer.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Decodes a {@code text/plain} body strictly: in the {@code charset} of its Content-Type (UTF-8 when there is none),
 * and refusing bytes that are not valid in that charset instead of silently replacing them with U+FFFD, so that
 * the offsets in the answer always point into the text the client meant. Pure and thread-safe.
 */
final class PlainText {

    private PlainText() {}

    /**
     * The text of a body.
     *
     * @throws InvalidRequestException  (400) when the bytes are not valid in the charset
     * @throws WebApplicationException (415) when the charset is unknown
     */
    static String decode(byte[] body, MediaType type) {
        Charset charset = charset(type);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(
                    List.of(new Problem.FieldError("text", "is not valid " + charset.name() + " text")));
        }
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new WebApplicationException(ProblemMapper.problem(
                    415,
                    "unsupported-charset",
                    "Unsupported charset",
                    "The charset '" + Names.safe(name) + "' is not supported; send UTF-8.",
                    null));
        }
    }
}
