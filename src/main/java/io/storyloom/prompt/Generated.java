package io.storyloom.prompt;

import io.storyloom.ai.TokenUsage;

/**
 * A validated answer with what it cost.
 *
 * @param value the parsed, validated answer
 * @param usage tokens spent on it, repair round included
 * @param model the model that answered
 * @param calls model calls it took: 1, or 2 with a repair round
 */
public record Generated<T>(T value, TokenUsage usage, String model, int calls) {

    public Generated(T value, TokenUsage usage, String model) {
        this(value, usage, model, 1);
    }
}
