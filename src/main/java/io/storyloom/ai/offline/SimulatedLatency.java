package io.storyloom.ai.offline;

import io.storyloom.ai.ProviderException;
import java.time.Duration;

/**
 * How long an offline model pretends a call takes, for demos and benchmarks. A wait cut short by an
 * interrupt (a cancelled book) ends the call as a real provider call would end: with an error. Shared
 * by the writer and the illustrator, hence public; like them, internal to {@code ai}.
 */
public record SimulatedLatency(Duration duration) {

    public SimulatedLatency {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Simulated latency cannot be negative: " + duration);
        }
    }

    public void pause(String model) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Reason.TRANSIENT, model, "The call was cancelled.", e);
        }
    }
}
