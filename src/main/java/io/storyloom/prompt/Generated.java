package io.storyloom.prompt;

import io.storyloom.ai.TokenUsage;

/**
 * A validated answer with what it cost.
 *
 * @param value the parsed, validated answer
 * @param usage tokens spent on it, repair round included
 * @param model the model that answered
 */
public record Generated<T>(T value, TokenUsage usage, String model) {
}
