package io.storyloom.ai;

import java.util.List;
import java.util.Map;

/**
 * One request to a {@link TextModel}.
 *
 * @param kind         what is being asked, so adapters can log it and the offline writer can answer it
 * @param messages     the conversation: system, user and, for a repair request, the previous answer and the violations
 * @param schema       the JSON shape the answer must have, or {@code null} for free text
 * @param offlineFacts only for the offline writer, which cannot read the messages: the facts they were rendered
 *                     from, under the names of {@link OfflineFacts}; real models ignore them
 * @param seed         for reproducible answers where the provider supports it
 * @param maxTokens    upper bound for the answer
 */
public record TextPrompt(
        PromptKind kind,
        List<ChatMessage> messages,
        OutputSchema schema,
        Map<String, Object> offlineFacts,
        long seed,
        int maxTokens) {

    public TextPrompt {
        messages = List.copyOf(messages);
        offlineFacts = offlineFacts == null ? Map.of() : Map.copyOf(offlineFacts);
    }

    /** The same request with more messages appended (used for the one repair round). */
    public TextPrompt followedBy(ChatMessage... more) {
        var all = new java.util.ArrayList<>(messages);
        all.addAll(List.of(more));
        return new TextPrompt(kind, all, schema, offlineFacts, seed, maxTokens);
    }

    /** The same request with a different token limit (used when an answer was cut off). */
    public TextPrompt withMaxTokens(int tokens) {
        return new TextPrompt(kind, messages, schema, offlineFacts, seed, tokens);
    }

    /** True when this prompt is a repair round, i.e. it already holds a previous answer. */
    public boolean isRepair() {
        return messages.stream().anyMatch(m -> m.role() == ChatMessage.Role.ASSISTANT);
    }
}
