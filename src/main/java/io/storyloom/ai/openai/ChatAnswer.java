package io.storyloom.ai.openai;

import java.util.List;

/**
 * The answer of {@code POST /chat/completions}: only what is used. Together's per-choice {@code seed}
 * can exceed a {@code long}; it is not declared, so it is never bound.
 */
record ChatAnswer(String model, List<Choice> choices, Usage usage) {

    ChatAnswer {
        choices = choices == null ? List.of() : choices;
    }

    record Choice(Message message, String finishReason) {
    }

    /** {@code refusal} is OpenAI's way of saying the model declined. */
    record Message(String role, String content, String refusal) {
    }

    record Usage(long promptTokens, long completionTokens) {
    }
}
