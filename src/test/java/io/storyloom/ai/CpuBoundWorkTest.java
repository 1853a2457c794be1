package io.storyloom.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.storyloom.support.ThreadPriorities;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CpuBoundWorkTest {

    private static final CpuBoundWork PAINTERS = new CpuBoundWork("test-painter-");

    @Test
    void paintsOnAPlatformThreadWhileAVirtualCallerWaits() throws InterruptedException {
        var painter = new AtomicReference<Thread>();
        Thread caller = Thread.ofVirtual().start(() -> painter.set(PAINTERS.run("m", Thread::currentThread)));
        caller.join();

        assertThat(painter.get().isVirtual()).isFalse();
        assertThat(painter.get().getName()).startsWith("test-painter-");
    }

    @Test
    void workInTheBackgroundRunsAtALowerPriorityThanItsCaller() {
        ThreadPriorities.assumeLinuxWithRenice();
        int caller = ThreadPriorities.currentThreadNice();
        assumeThat(caller).as("a caller above the background's priority").isLessThan(10);

        int painter = CpuBoundWork.inBackground("test-background-painter-").run("m", ThreadPriorities::currentThreadNice);

        assertThat(painter).isEqualTo(10);
        assertThat(new CpuBoundWork("test-reviewer-").run("m", ThreadPriorities::currentThreadNice))
                .as("work a caller waits on keeps the caller's priority").isEqualTo(caller);
    }

    @Test
    void aFailureOfThePaintingIsTheCallersFailure() {
        assertThatThrownBy(() -> PAINTERS.run("m", () -> {
            throw new IllegalArgumentException("no such colour");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no such colour");
    }

    @Test
    void anInterruptedCallerEndsTheCallAsCancelledAndKeepsTheInterrupt() throws InterruptedException {
        var outcome = new AtomicReference<Throwable>();
        var interrupted = new AtomicReference<Boolean>();
        var started = new CountDownLatch(1);
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                PAINTERS.run("m", () -> {
                    started.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (Throwable e) {
                outcome.set(e);
            }
            interrupted.set(Thread.currentThread().isInterrupted());
        });
        started.await();
        caller.interrupt();
        caller.join(10_000);

        assertThat(outcome.get()).isInstanceOf(ProviderException.class).hasMessageContaining("cancelled");
        assertThat(interrupted.get()).isTrue();
    }
}
