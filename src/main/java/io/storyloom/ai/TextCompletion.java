package io.storyloom.ai;

/**
 * A model's answer.
 *
 * @param content   the text of the answer
 * @param truncated true when the model stopped at its token limit, so the content is incomplete
 * @param model     the model that answered, as the provider names it
 * @param usage     tokens spent on the call
 */
public record TextCompletion(String content, boolean truncated, String model, TokenUsage usage) {
}
