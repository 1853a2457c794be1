package io.storyloom.ai;

import java.util.Objects;

/**
 * A text to read aloud.
 *
 * @param text   the words, as plain text
 * @param voice  the provider's voice id or name; {@code null} for the configured default
 * @param speed  1.0 for normal speed; {@code null} for the configured default
 * @param tenant whom the recording is for (the account), so tenants share the provider's limits fairly
 */
public record SpeechRequest(String text, String voice, Double speed, String tenant) {

    public SpeechRequest {
        Objects.requireNonNull(text, "text");
    }
}
