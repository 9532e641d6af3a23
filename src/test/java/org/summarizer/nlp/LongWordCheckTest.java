package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongWordCheckTest {

    @Test
    void measuresTheLongestRunWithoutWhiteSpace() {
        assertThat(LongWordCheck.longestRun("")).isZero();
        assertThat(LongWordCheck.longestRun("   ")).isZero();
        assertThat(LongWordCheck.longestRun("a bb ccc")).isEqualTo(3);
        assertThat(LongWordCheck.longestRun("https://example.org/a/b?c=d, then"))
                .isEqualTo(28);
        assertThat(LongWordCheck.longestRun("a".repeat(99_000))).isEqualTo(99_000);
    }

    @Test
    void everyKindOfUnicodeSpaceBreaksARunButZeroWidthCharactersDoNot() {
        for (char space : new char[] {
            ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u2009', '\u3000', '\u202F', '\u2028'
        }) {
            assertThat(LongWordCheck.longestRun("abc" + space + "de"))
                    .as("U+%04X", (int) space)
                    .isEqualTo(3);
        }
        assertThat(LongWordCheck.longestRun("abc\u200Bde")).isEqualTo(6);
        assertThat(LongWordCheck.longestRun("abc\uFEFFde")).isEqualTo(6);
    }

    @Test
    void theLimitLeavesRoomForLongUrls() {
        assertThat(LongWordCheck.MAX_RUN).isGreaterThanOrEqualTo(500);
    }
}
