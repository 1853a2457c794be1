package io.storyloom.story.book;

import java.time.Duration;

/** The account has as many books in the making, or made today, as it may. */
public class QuotaExceededException extends RuntimeException {

    private final Duration retryAfter;

    QuotaExceededException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
