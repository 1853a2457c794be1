package io.storyloom.ai;

import java.util.List;

/**
 * A provider's moderation model: OpenAI's moderation endpoint, Llama Guard, or a chat model asked for a
 * JSON verdict. Present only when {@code storyloom.moderation.provider} is not {@code none}.
 */
public interface ModerationModel {

    /**
     * One verdict per text, in the same order.
     *
     * @throws ProviderException when the provider cannot give a verdict
     */
    List<ModerationVerdict> moderate(List<String> texts);
}
