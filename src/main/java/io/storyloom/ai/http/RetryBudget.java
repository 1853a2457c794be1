package io.storyloom.ai.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry policy of ONE provider call, for Spring's {@code RetryTemplate}: only transient failures
 * (429, 5xx, timeouts) are retried, at most {@code max-attempts} attempts in all. Waits grow
 * exponentially with jitter, except that a provider's {@code retry-after} is honoured as asked; one
 * asking for more than {@code max-backoff} ends the call rather than holding a worker.
 *
 * <p>With a {@link CallPolicy}, a read timeout is not retried unless the policy says so (the provider may
 * have done, and billed, the work), and no retry is begun after the call's deadline or whose wait would
 * end past it.
 *
 * <p>A new instance per call, because the wait depends on the last failure: the template asks
 * {@link #shouldRetry} about each failure just before it asks the back-off for the next wait.
 */
final class RetryBudget implements RetryPolicy {

    private final RetrySettings settings;
    private final DoubleSupplier random;
    private final CallPolicy policy;
    private final LongSupplier nanoTime;
    private final long started;
    private volatile ProviderCallException last;
    private volatile boolean pastDeadline;

    RetryBudget(RetrySettings settings, DoubleSupplier random) {
        this(settings, random, null, System::nanoTime);
    }

    RetryBudget(RetrySettings settings, DoubleSupplier random, CallPolicy policy, LongSupplier nanoTime) {
        this.settings = settings;
        this.random = random;
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        last = failure instanceof ProviderCallException call ? call : null;
        if (last != null && last.timedOut() && policy != null && !policy.retryTimeouts()) {
            return false;
        }
        return last != null && last.reason().retryable();
    }

    /** True when the call ended because another attempt would not have ended before its deadline. */
    boolean pastDeadline() {
        return pastDeadline;
    }

    /** Stops when waiting this long and then trying once more could outlast the deadline. */
    private long withinDeadline(long waitMillis) {
        if (policy == null || waitMillis == BackOffExecution.STOP) {
            return waitMillis;
        }
        long elapsedMillis = (nanoTime.getAsLong() - started) / 1_000_000;
        if (elapsedMillis + waitMillis >= policy.deadline().toMillis()) {
            pastDeadline = true;
            return BackOffExecution.STOP;
        }
        return waitMillis;
    }

    @Override
    public BackOff getBackOff() {
        return Waits::new;
    }

    /** The wait before retry number {@code retry} (1-based) without a hint: doubling, capped, with equal jitter. */
    long exponentialMillis(int retry) {
        long initial = Math.max(1, settings.initialBackoff().toMillis());
        long cap = Math.max(initial, settings.maxBackoff().toMillis());
        long base = retry >= 31 ? cap : Math.min(cap, initial << (retry - 1));
        // Half fixed, half random: concurrent callers spread out, yet none retries at once.
        return base / 2 + Math.round(random.getAsDouble() * (base - base / 2));
    }

    /** The wait a provider asked for, plus a little jitter so callers told the same do not return together. */
    long hintedMillis(Duration hint) {
        long asked = hint.toMillis();
        return asked + Math.round(random.getAsDouble() * Math.min(250, asked / 10));
    }

    private final class Waits implements BackOffExecution {

        private int retries;

        @Override
        public long nextBackOff() {
            retries++;
            if (retries >= settings.maxAttempts()) {
                return STOP;
            }
            Duration hint = last == null ? null : last.retryAfter();
            if (hint == null) {
                return withinDeadline(exponentialMillis(retries));
            }
            return hint.compareTo(settings.maxBackoff()) > 0 ? STOP : withinDeadline(hintedMillis(hint));
        }
    }
}
