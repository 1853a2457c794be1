package io.storyloom.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Another thread's uncaught exception does not fail a test that is waiting for something else. */
class AwaitilityDefaultsTest {

    @Test
    void aWaitIsNotFailedByAnotherThreadsUncaughtException() {
        var waiting = new CountDownLatch(1);
        var other = Thread.ofPlatform().name("another-class-background-thread").start(() -> {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                return;
            }
            throw new IllegalStateException("thrown on purpose by AwaitilityDefaultsTest, not a failure");
        });
        int[] polls = {0};

        // The other thread throws while this test waits; with Awaitility's own default the wait fails with it.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            waiting.countDown();
            return !other.isAlive() && ++polls[0] > 5;
        });
    }
}
