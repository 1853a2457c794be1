package io.storyloom.ai.http;

import io.storyloom.ai.ProviderException;
import java.time.Duration;

/**
 * A provider call that failed, with what the HTTP exchange said. The message is for people; the
 * status, the provider's own (redacted) words and its {@code retry-after} hint are for the code.
 */
public class ProviderCallException extends ProviderException {

    private final int status;
    private final String providerMessage;
    private final Duration retryAfter;
    private int timedOutAttempts;

    ProviderCallException(Reason reason, String provider, String message, int status, String providerMessage,
            Duration retryAfter, Throwable cause) {
        super(reason, provider, message, cause);
        this.status = status;
        this.providerMessage = providerMessage == null ? "" : providerMessage;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status, or 0 when no answer came (timeout, connection refused). */
    public int status() {
        return status;
    }

    /** The provider's error message with anything like a key removed; empty when it gave none. */
    public String providerMessage() {
        return providerMessage;
    }

    /** The same failure, counting attempts that timed out (each may have been done, and billed, by the provider). */
    ProviderCallException withTimedOutAttempts(int attempts) {
        this.timedOutAttempts = attempts;
        return this;
    }

    @Override
    public int unansweredAttempts() {
        return timedOutAttempts;
    }

    /** True when no answer came within the read timeout. */
    public boolean timedOut() {
        return status == 0 && "timeout".equals(providerMessage);
    }

    /** How long the provider asked us to wait before trying again, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
