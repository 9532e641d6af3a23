package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void ordinaryNamesAreKept() {
        assertThat(Names.safe("sentence")).isEqualTo("sentence");
        assertThat(Names.safe("max_words-2.x[0]")).isEqualTo("max_words-2.x[0]");
    }

    @Test
    void markupQuotesControlsAndOtherScriptsBecomeUnderscores() {
        assertThat(Names.safe("<script>alert(1)</script>")).isEqualTo("_script_alert_1___script_");
        assertThat(Names.safe("a\"b'c\u0000d\u001be\u00e9\u4e1c")).isEqualTo("a_b_c_d_e__");
        assertThat(Names.safe(null)).isEmpty();
    }

    @Test
    void longNamesAreCut() {
        String safe = Names.safe("x".repeat(1_000));
        assertThat(safe).hasSize(Names.MAX_LENGTH + 3).endsWith("...");
    }
}
