package io.storyloom.ai.http;

import java.util.function.LongSupplier;

/**
 * A rate limit of so many calls per minute: a bucket of that many tokens, refilled evenly over the
 * minute. A caller takes a token and, when the bucket is empty, learns how long to wait for its turn;
 * tokens are reserved in order, so waiting callers are served first come, first served.
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

    /** Takes a token; returns how many nanoseconds to wait before using it (0 when there was one). */
    synchronized long reserve() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / nanosPerToken);
        refilledAt = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
    }
}
