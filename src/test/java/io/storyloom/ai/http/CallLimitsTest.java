package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CallLimitsTest {

    @Test
    void aCallBeyondTheBoundWaitsUntilOneEnds() throws InterruptedException {
        var limits = CallLimits.of(2, 0);
        var first = limits.acquire("Together");
        var second = limits.acquire("Together");
        var thirdStarted = new AtomicBoolean();

        Thread third = Thread.ofVirtual().start(() -> {
            try (var turn = limits.acquire("Together")) {
                thirdStarted.set(true);
            }
        });

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).untilFalse(thirdStarted);
        first.close();
        await().atMost(Duration.ofSeconds(5)).untilTrue(thirdStarted);
        second.close();
        third.join();
    }

    @Test
    void aStoppedBookStopsWaiting() throws InterruptedException {
        var limits = CallLimits.concurrent(1);
        var held = limits.acquire("Together");
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();

        Thread waiting = Thread.ofVirtual().start(() -> {
            try (var turn = limits.acquire("Together")) {
                failure.set(new AssertionError("got a turn"));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.getState() == Thread.State.WAITING);
        waiting.interrupt();
        waiting.join();

        assertThat(failure.get()).isInstanceOf(io.storyloom.ai.ProviderException.class)
                .hasMessageContaining("stopped while waiting");
        held.close();
    }
}
