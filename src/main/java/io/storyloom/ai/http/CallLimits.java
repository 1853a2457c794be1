package io.storyloom.ai.http;

import io.storyloom.ai.ProviderException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How hard one provider may be pushed, across every book being made: at most so many calls at the same
 * time, and optionally at most so many per minute (image models often allow only a handful).
 */
public final class CallLimits {

    private final int maxConcurrency;
    private final Semaphore permits;
    private final TokenBucket perMinute;

    private CallLimits(int maxConcurrency, TokenBucket perMinute) {
        this.maxConcurrency = maxConcurrency;
        this.permits = new Semaphore(maxConcurrency, true);
        this.perMinute = perMinute;
    }

    /** At most {@code maxConcurrency} calls at once, no rate limit. */
    public static CallLimits concurrent(int maxConcurrency) {
        return new CallLimits(maxConcurrency, null);
    }

    /** At most {@code maxConcurrency} calls at once and {@code perMinute} per minute; 0 per minute for no limit. */
    public static CallLimits of(int maxConcurrency, int perMinute) {
        return new CallLimits(maxConcurrency, perMinute > 0 ? new TokenBucket(perMinute, System::nanoTime) : null);
    }

    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** Waits for this call's turn; closing the permit lets the next one go. */
    Permit acquire(String provider) {
        try {
            if (perMinute != null) {
                long wait = perMinute.reserve();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            permits.acquire();
            return permits::release;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Reason.TRANSIENT, provider,
                    "The book was stopped while waiting for the " + provider + " service. Press Retry to continue.", e);
        }
    }

    /** A call's turn; closing it ends the turn. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
