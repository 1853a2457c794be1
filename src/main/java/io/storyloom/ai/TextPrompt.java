package io.storyloom.ai;

import java.util.List;
import java.util.Map;

/**
 * One request to a {@link TextModel}.
 *
 * @param kind      what is being asked, so adapters can log it and the offline model can answer it
 * @param messages  the conversation: system, user and, for a repair request, the previous answer and the violations
 * @param schema    the JSON shape the answer must have, or {@code null} for free text
 * @param facts     the structured inputs the messages were rendered from; real models read the messages,
 *                  the offline model writes its answer from these
 * @param seed      for reproducible answers where the provider supports it
 * @param maxTokens upper bound for the answer
 */
public record TextPrompt(
        PromptKind kind,
        List<ChatMessage> messages,
        OutputSchema schema,
        Map<String, Object> facts,
        long seed,
        int maxTokens) {

    public TextPrompt {
        messages = List.copyOf(messages);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    /** The same request with more messages appended (used for the one repair round). */
    public TextPrompt followedBy(ChatMessage... more) {
        var all = new java.util.ArrayList<>(messages);
        all.addAll(List.of(more));
        return new TextPrompt(kind, all, schema, facts, seed, maxTokens);
    }

    /** True when this prompt is a repair round, i.e. it already holds a previous answer. */
    public boolean isRepair() {
        return messages.stream().anyMatch(m -> m.role() == ChatMessage.Role.ASSISTANT);
    }
}
