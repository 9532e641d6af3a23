package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static MediaType text(String charset) {
        return charset == null
                ? MediaType.TEXT_PLAIN_TYPE
                : new MediaType("text", "plain", Map.of(MediaType.CHARSET_PARAMETER, charset));
    }

    @Test
    void utf8IsTheDefault() {
        assertThat(PlainText.decode("Café 😀".getBytes(StandardCharsets.UTF_8), text(null)))
                .isEqualTo("Café 😀");
        assertThat(PlainText.decode("Café".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("Café");
    }

    @Test
    void theDeclaredCharsetIsUsed() {
        assertThat(PlainText.decode("Café".getBytes(StandardCharsets.ISO_8859_1), text("iso-8859-1")))
                .isEqualTo("Café");
        assertThat(PlainText.decode("Hi".getBytes(StandardCharsets.UTF_16), text("UTF-16")))
                .isEqualTo("Hi");
    }

    @Test
    void invalidBytesAreRefusedNotReplaced() {
        byte[] bad = {'H', 'i', (byte) 0xff, ' ', (byte) 0xc3};
        assertThatThrownBy(() -> PlainText.decode(bad, text(null))).isInstanceOf(InvalidRequestException.class);
        byte[] overlong = {(byte) 0xc0, (byte) 0xaf};
        assertThatThrownBy(() -> PlainText.decode(overlong, text("utf-8"))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void unknownCharsetsAre415() {
        assertThatThrownBy(() -> PlainText.decode(new byte[] {'a'}, text("x-no-such")))
                .isInstanceOfSatisfying(
                        WebApplicationException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(415));
        assertThatThrownBy(() -> PlainText.decode(new byte[] {'a'}, text("<bad name>")))
                .isInstanceOf(WebApplicationException.class);
    }
}
