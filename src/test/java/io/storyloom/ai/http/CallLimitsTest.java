package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

        // The third caller parks, waiting for a turn, and has not started.
        await().atMost(Duration.ofSeconds(5)).until(() -> third.getState() == Thread.State.WAITING || third.getState() == Thread.State.TIMED_WAITING);
        assertThat(thirdStarted).isFalse();
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
        assertThat(limits.waiting()).isZero();
        held.close();
    }

    @Test
    void waitingAccountsTakeTurnsSoOneWithManyBooksCannotStarveAnother() throws InterruptedException {
        var now = new AtomicLong();
        var limits = new CallLimits(8, new TokenBucket(2, now::get)); // 2 a minute: a turn every 30 s
        limits.acquire("Together", "warm-up").close();
        limits.acquire("Together", "warm-up").close(); // the first minute's burst is spent
        List<String> served = new CopyOnWriteArrayList<>();
        List<Thread> calls = new ArrayList<>();

        // Account A's three books have six pictures waiting when account B's one book asks for two.
        for (String call : List.of("A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2")) {
            String account = "account-" + call.charAt(0);
            calls.add(Thread.ofVirtual().start(() -> {
                try (var turn = limits.acquire("Together", account)) {
                    served.add(call);
                }
            }));
            int waiting = calls.size();
            await().atMost(Duration.ofSeconds(5)).until(() -> limits.waiting() == waiting);
        }
        for (int turn = 1; turn <= calls.size(); turn++) {
            now.addAndGet(TimeUnit.SECONDS.toNanos(30));
            limits.wake();
            int servedSoFar = turn;
            await().atMost(Duration.ofSeconds(5)).until(() -> served.size() == servedSoFar);
        }

        assertThat(served).containsExactly("A1", "B1", "A2", "B2", "A3", "A4", "A5", "A6");
        for (Thread call : calls) {
            call.join();
        }
    }

    @Test
    void aCallGoesAtOnceWhenATurnIsFreeAndNobodyWaits() {
        var now = new AtomicLong();
        var limits = new CallLimits(1, new TokenBucket(60, now::get));
        for (int i = 0; i < 3; i++) {
            limits.acquire("Together", "account-" + i).close();
        }
        assertThat(limits.waiting()).isZero();
    }
}
