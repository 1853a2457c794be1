package io.storyloom.prompt;

import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TokenUsage;

/**
 * A question that could not be answered usably, after the model had already been paid for answers: the
 * tokens of answers that failed validation, so they are counted like any other. Says what its cause says.
 */
public final class SpentOnFailure extends ProviderException {

    private final TokenUsage usage;
    private final int calls;

    SpentOnFailure(ProviderException failure, TokenUsage usage, int calls) {
        super(failure.reason(), failure.provider(), failure.getMessage(), failure);
        this.usage = usage;
        this.calls = calls;
    }

    /** Tokens spent on the answers that came. */
    public TokenUsage usage() {
        return usage;
    }

    /** Model calls that were answered. */
    public int calls() {
        return calls;
    }
}
