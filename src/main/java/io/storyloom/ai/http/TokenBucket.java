package io.storyloom.ai.http;

import java.util.function.LongSupplier;

/**
 * A rate limit of so many calls per minute: a bucket of that many tokens, refilled evenly over the
 * minute. A caller takes a token when there is one, or learns how long until the next. Who waits for
 * tokens, and in which order they are served, is up to the caller ({@link CallLimits}).
 */
final class TokenBucket {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final double capacity;
    private final double nanosPerToken;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.capacity = perMinute;
        this.nanosPerToken = (double) MINUTE_NANOS / perMinute;
        this.nanoTime = nanoTime;
        this.tokens = perMinute;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes a token if there is one. */
    synchronized boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Nanoseconds until a token can be taken; 0 when one can now. */
    synchronized long nanosUntilToken() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * nanosPerToken);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / nanosPerToken);
        refilledAt = now;
    }
}
