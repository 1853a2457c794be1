package io.storyloom.ai.offline;

import io.storyloom.ai.ProviderException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How long an offline model pretends a call takes, for demos and benchmarks: the whole call, its own
 * work included, as a real provider's answer takes its latency whatever it computes meanwhile. A wait
 * cut short by an interrupt (a cancelled book) ends the call as a real provider call would end: with an
 * error. Shared by the writer and the illustrator, hence public; like them, internal to {@code ai}.
 */
public record SimulatedLatency(Duration duration) {

    public SimulatedLatency {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Simulated latency cannot be negative: " + duration);
        }
    }

    /** Does the model's work, then waits out what is left of the latency; the answer is the work's. */
    public <T> T call(String model, Supplier<T> work) {
        long started = System.nanoTime();
        T answer = work.get();
        pause(model, duration.minusNanos(System.nanoTime() - started));
        return answer;
    }

    private static void pause(String model, Duration left) {
        if (left.isNegative() || left.isZero()) {
            return;
        }
        try {
            Thread.sleep(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProviderException.cancelled(model, e);
        }
    }
}
