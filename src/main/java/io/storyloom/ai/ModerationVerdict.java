package io.storyloom.ai;

import java.util.List;

/**
 * A moderation model's verdict on one text.
 *
 * @param flagged whether the model found it unsuitable
 * @param labels  the provider's own names of what it found, e.g. {@code violence/graphic} (OpenAI),
 *                {@code S1} (Llama Guard) or a Storyloom category key (the chat judge); may be empty
 */
public record ModerationVerdict(boolean flagged, List<String> labels) {

    public ModerationVerdict {
        labels = List.copyOf(labels);
    }

    public static ModerationVerdict safe() {
        return new ModerationVerdict(false, List.of());
    }
}
