package io.storyloom.ai;

/**
 * A model's answer.
 *
 * @param content the text of the answer
 * @param model   the model that answered, as the provider names it
 * @param usage   tokens spent on the call
 */
public record TextCompletion(String content, String model, TokenUsage usage) {
}
