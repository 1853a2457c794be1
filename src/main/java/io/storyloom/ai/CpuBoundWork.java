package io.storyloom.ai;

import io.storyloom.system.BackgroundThreads;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Platform threads, as many as there are cores, for work that is pure CPU for tens of milliseconds
 * (painting a picture, embedding sentences). On the caller's virtual thread such work would hold one
 * of the few carrier threads throughout, and every request queued behind it (a status poll) would wait;
 * on platform threads the operating system shares the cores between the two. One pool per kind of work,
 * so a queue of pictures never holds up a parent's safety review.
 */
public final class CpuBoundWork {

    private final ExecutorService pool;

    /** @param name the threads' name prefix, e.g. "safety-review-" */
    public CpuBoundWork(String name) {
        this(Thread.ofPlatform().daemon().name(name, 1).factory());
    }

    private CpuBoundWork(ThreadFactory threads) {
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
    }

    /**
     * For work nobody waits on at once (a book's pictures): its threads yield the cores to requests' threads
     * ({@link BackgroundThreads}).
     */
    public static CpuBoundWork inBackground(String name) {
        return new CpuBoundWork(BackgroundThreads.factory(name));
    }

    /**
     * The work's answer, computed on one of these threads while the caller waits without holding a carrier.
     *
     * @throws ProviderException (TRANSIENT) when the caller is interrupted (a cancelled book); its interrupt is kept
     */
    public <T> T run(String model, Supplier<T> work) {
        Future<T> running = pool.submit(work::get);
        try {
            return running.get();
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw ProviderException.cancelled(model, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
