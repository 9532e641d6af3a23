package org.summarizer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    /** The text after the dateline, or the whole text when there is none. */
    private static String afterDateline(String text) {
        return text.substring(Dateline.end(text, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(CNN) -- The council voted.",
                "(CNN)The council voted.",
                "WASHINGTON (CNN) -- The council voted.",
                "LONDON, England (CNN) -- The council voted.",
                "Atlanta, Georgia (CNN) -- The council voted.",
                "RIO DE JANEIRO, Brazil (CNN) -- The council voted.",
                "(CNN Student News) -- The council voted.",
                "(EW.com) -- The council voted.",
                "(Travel + Leisure) -- The council voted.",
                "LONDON (Reuters) - The council voted.",
                "NEW YORK (AP) \u2014 The council voted.",
                "BERLIN (dpa) - The council voted.",
                "WASHINGTON \u2014 The council voted.",
                "WASHINGTON, D.C. -- The council voted.",
                "  (CNN) -- The council voted.",
            })
    void aDatelineIsCutFromTheStart(String text) {
        assertThat(afterDateline(text)).isEqualTo("The council voted.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The council voted.",
                "Apple Inc (AAPL) said profits rose.",
                "Boris Johnson (pictured) said the plan works.",
                "The Centers for Disease Control and Prevention (CDC) said so.",
                "US - China talks resume.",
                "(CNN) --",
                "(CNN) -- \nThe council voted.",
                "(a source in lower case) -- The council voted.",
                "Berlin (dpa) - The council voted.",
                "Boris Johnson (pictured) - the council voted.",
                "(A Source That Is Far Too Long To Be A Source) -- The council voted.",
                "WASHINGTON said the council voted.",
            })
    void otherOpeningsAreKept(String text) {
        assertThat(afterDateline(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(CNN) -- The council voted.", "WASHINGTON \u2014 The council voted."})
    void onlyTheTextsOpeningCounts(String dateline) {
        String text = "A first sentence. " + dateline;
        assertThat(Dateline.end(text, 0)).isZero();
        int second = text.indexOf(dateline);
        assertThat(text.substring(Dateline.end(text, second))).isEqualTo("The council voted.");
    }
}
