package io.storyloom.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedLatencyTest {

    @Test
    void aQuickCallStillTakesTheWholeLatency() {
        var latency = new SimulatedLatency(Duration.ofMillis(300));

        long started = System.nanoTime();
        String answer = latency.call("model", () -> "done");

        assertThat(answer).isEqualTo("done");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    /** The model's own work is part of the simulated time, as a real provider's is part of its latency. */
    @Test
    void theModelsOwnWorkCountsTowardsTheLatency() {
        var latency = new SimulatedLatency(Duration.ofSeconds(1));

        long started = System.nanoTime();
        latency.call("model", () -> {
            sleep(Duration.ofSeconds(1));
            return null;
        });

        // Work then the whole latency again would take 2 s or more; the margin is for a busy machine.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(1),
                Duration.ofMillis(1900));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
