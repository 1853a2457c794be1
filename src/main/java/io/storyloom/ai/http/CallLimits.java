package io.storyloom.ai.http;

import io.storyloom.ai.ProviderException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How hard one provider may be pushed, across every book being made: at most so many calls at the same
 * time, and optionally at most so many per minute (image models often allow only a handful).
 *
 * <p>Turns are shared fairly between tenants (opaque keys; the generator passes the account a picture
 * is for). A call that cannot go at once waits in its tenant's line, and each turn that comes free goes
 * to the next tenant in rotation, which then moves to the back: round-robin over the tenants that are
 * waiting. So an account with three books queued gets every other turn while a second account waits,
 * rather than all its turns first: with n tenants waiting each gets 1/n of the rate, and a lone tenant
 * gets all of it. Within a tenant calls keep their order. Calls without a tenant share one line.
 */
public final class CallLimits {

    private static final String SHARED = "";

    private final int maxConcurrency;
    private final TokenBucket perMinute;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Each waiting tenant's calls, oldest first. */
    private final Map<String, ArrayDeque<Waiter>> lines = new HashMap<>();
    /** The tenants with waiting calls, the one whose turn is next first. */
    private final ArrayDeque<String> rotation = new ArrayDeque<>();
    private int running;

    CallLimits(int maxConcurrency, TokenBucket perMinute) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1");
        }
        this.maxConcurrency = maxConcurrency;
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

    /** Waits for a call's turn among calls without a tenant; closing the permit lets the next one go. */
    Permit acquire(String provider) {
        return acquire(provider, null);
    }

    /** Waits for this tenant's call's turn; closing the permit lets the next one go. */
    Permit acquire(String provider, String tenant) {
        String key = tenant == null ? SHARED : tenant;
        lock.lock();
        try {
            if (rotation.isEmpty() && running < maxConcurrency && takeToken()) {
                running++;
                return this::release;
            }
            Waiter me = new Waiter();
            lines.computeIfAbsent(key, k -> new ArrayDeque<>()).add(me);
            if (!rotation.contains(key)) {
                rotation.add(key);
            }
            awaitTurn(me, key, provider);
            return this::release;
        } finally {
            lock.unlock();
        }
    }

    private void awaitTurn(Waiter me, String key, String provider) {
        try {
            while (!me.granted) {
                long wait = grantFreeTurns();
                if (me.granted) {
                    break;
                }
                if (wait == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(wait);
                }
            }
        } catch (InterruptedException e) {
            if (me.granted) {
                running--;
                grantFreeTurns();
            } else {
                leaveLine(me, key);
            }
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Reason.TRANSIENT, provider,
                    "The book was stopped while waiting for the " + provider + " service. Press Retry to continue.", e);
        }
    }

    /**
     * Hands free turns to waiting calls, one tenant after the other, and wakes them. Returns how long
     * until the next turn may come free by the clock, or {@link Long#MAX_VALUE} when only a finished call
     * (or nobody waiting) can free one. Under the lock.
     */
    private long grantFreeTurns() {
        boolean granted = false;
        long wait = Long.MAX_VALUE;
        while (!rotation.isEmpty() && running < maxConcurrency) {
            if (!takeToken()) {
                wait = perMinute.nanosUntilToken();
                break;
            }
            String tenant = rotation.poll();
            ArrayDeque<Waiter> line = lines.get(tenant);
            line.poll().granted = true;
            if (line.isEmpty()) {
                lines.remove(tenant);
            } else {
                rotation.add(tenant);
            }
            running++;
            granted = true;
        }
        if (granted) {
            changed.signalAll();
        }
        return wait;
    }

    private boolean takeToken() {
        return perMinute == null || perMinute.tryTake();
    }

    private void leaveLine(Waiter me, String key) {
        ArrayDeque<Waiter> line = lines.get(key);
        line.remove(me);
        if (line.isEmpty()) {
            lines.remove(key);
            rotation.remove(key);
        }
    }

    private void release() {
        lock.lock();
        try {
            running--;
            grantFreeTurns();
        } finally {
            lock.unlock();
        }
    }

    /** Calls waiting for a turn, for tests. */
    int waiting() {
        lock.lock();
        try {
            return lines.values().stream().mapToInt(ArrayDeque::size).sum();
        } finally {
            lock.unlock();
        }
    }

    /** Looks again whether a turn is free, as a waiting call does when the clock says one should be; for tests. */
    void wake() {
        lock.lock();
        try {
            grantFreeTurns();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A call's turn; closing it ends the turn. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Waiter {
        boolean granted;
    }
}
