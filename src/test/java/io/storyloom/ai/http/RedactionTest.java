package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void removesOurKeyAndAnythingThatLooksLikeOne() {
        String said = "Incorrect API key provided: sk-proj-ab12***********************xyz. Yours: "
                + ProviderStubs.KEY + ". Header Bearer abc.def";

        String clean = Redaction.clean(said, ProviderStubs.KEY);

        assertThat(clean).doesNotContain(ProviderStubs.KEY).doesNotContain("sk-proj").doesNotContain("abc.def")
                .startsWith("Incorrect API key provided: [key]");
    }

    @Test
    void keepsMessagesShortAndOnOneLine() {
        assertThat(Redaction.clean("line one\nline two", null)).isEqualTo("line one line two");
        assertThat(Redaction.clean("word ".repeat(200), null)).hasSizeLessThanOrEqualTo(200);
        assertThat(Redaction.clean(null, null)).isEmpty();
    }
}
