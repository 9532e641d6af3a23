package org.summarizer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] page(String head) {
        return ("<!DOCTYPE html><html><head>" + head + "</head><body><p>Hello</p></body></html>")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theHeaderWins() {
        byte[] page = page("<meta charset=\"windows-1252\">");
        assertThat(PageCharset.charsetOf(page, "text/html; charset=ISO-8859-1")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(PageCharset.charsetOf(page, "text/html;charset=\"utf-8\"")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.charsetOf(page, "text/html; Charset=Shift_JIS; foo=bar"))
                .isEqualTo(Charset.forName("Shift_JIS"));
    }

    @Test
    void anUnknownOrIllegalHeaderCharsetFallsBackToThePage() {
        byte[] page = page("<meta charset=\"windows-1252\">");
        assertThat(PageCharset.charsetOf(page, "text/html; charset=no-such-charset"))
                .isEqualTo(WINDOWS_1252);
        assertThat(PageCharset.charsetOf(page, "text/html; charset=\"bad name!\""))
                .isEqualTo(WINDOWS_1252);
        assertThat(PageCharset.charsetOf(page, "text/html")).isEqualTo(WINDOWS_1252);
        assertThat(PageCharset.charsetOf(page, "")).isEqualTo(WINDOWS_1252);
        assertThat(PageCharset.charsetOf(page, null)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void metaCharsetAndHttpEquivAreRead() {
        assertThat(PageCharset.charsetOf(page("<META CHARSET=iso-8859-1>"), null))
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(PageCharset.charsetOf(
                        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"), null))
                .isEqualTo(Charset.forName("windows-1251"));
        assertThat(PageCharset.charsetOf(
                        page("<meta content='text/html;charset=EUC-KR' http-equiv='content-type'>"), null))
                .isEqualTo(Charset.forName("EUC-KR"));
    }

    @Test
    void anUnknownMetaCharsetFallsBackToTheNextDeclarationOrUtf8() {
        assertThat(PageCharset.charsetOf(page("<meta charset=\"x-unknown\">"), null))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.charsetOf(page("<meta charset=\"x-unknown\"><meta charset=\"iso-8859-1\">"), null))
                .isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void withoutDeclarationsItIsUtf8() {
        assertThat(PageCharset.charsetOf(page("<title>No charset</title>"), null))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.charsetOf(new byte[0], null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.charsetOf(null, null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheFirst4096BytesAreSearched() {
        String padding = "<!-- " + "x".repeat(PageCharset.PRESCAN_BYTES) + " -->";
        assertThat(PageCharset.charsetOf(page(padding + "<meta charset=\"iso-8859-1\">"), null))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclaredUtf16IsReadAsUtf8() {
        assertThat(PageCharset.charsetOf(page("<meta charset=\"utf-16\">"), null))
                .isEqualTo(StandardCharsets.UTF_8);
    }
}
