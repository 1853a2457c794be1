package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ObservedMetersTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final ObservedMeters meters = new ObservedMeters(registry, "http.server.requests");

    @Test
    void findsNothingUntilAnAnswerOfThatRouteAndStatusWasObserved() {
        assertThat(meters.of("/stories/{id}/status", 200)).isNull();
        observed("/stories/{id}/status", "404");
        observed("/stories/{id}", "200");
        assertThat(meters.of("/stories/{id}/status", 200)).isNull();

        Timer polls = observed("/stories/{id}/status", "200");
        assertThat(meters.of("/stories/{id}/status", 200)).as("looked for again a second after the last miss").isNull();
        clock.add(Duration.ofSeconds(1));
        var found = meters.of("/stories/{id}/status", 200);
        assertThat(found.timer()).isSameAs(polls);
        assertThat(found.active()).isNull();
    }

    @Test
    void looksForAMissingTimerAtMostOnceASecond() {
        var counting = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock) {
            int searches;

            @Override
            public Search find(String name) {
                searches++;
                return super.find(name);
            }
        };
        var lookup = new ObservedMeters(counting, "http.server.requests");
        for (int i = 0; i < 1_000; i++) {
            assertThat(lookup.of("/stories/{id}/status", 200)).isNull();
        }
        assertThat(counting.searches).isEqualTo(1);
        clock.add(Duration.ofMillis(1_001));
        assertThat(lookup.of("/stories/{id}/status", 200)).isNull();
        assertThat(counting.searches).isEqualTo(2);
    }

    @Test
    void takesTheInFlightGaugeOfAllGetsWhenLongTaskTimersAreOn() {
        LongTaskTimer active = LongTaskTimer.builder("http.server.requests.active")
                .tags("method", "GET", "uri", "UNKNOWN", "exception", "none", "outcome", "UNKNOWN", "status", "UNKNOWN")
                .register(registry);
        observed("UNKNOWN", "401");
        assertThat(meters.of("UNKNOWN", 401).active()).isSameAs(active);
    }

    @Test
    void findsNoneWhereTwoSeriesCouldBeMeant() {
        observed("/stories/{id}/status", "200");
        Timer.builder("http.server.requests").tags("method", "GET", "uri", "/stories/{id}/status", "status", "200",
                "exception", "none", "outcome", "SUCCESS", "error", "other").register(registry);
        assertThat(meters.of("/stories/{id}/status", 200)).isNull();
    }

    /** The timer the HTTP observation makes for a GET answered with this route and status. */
    private Timer observed(String route, String status) {
        return Timer.builder("http.server.requests").tags("method", "GET", "uri", route, "status", status,
                "exception", "none", "outcome", status.startsWith("2") ? "SUCCESS" : "CLIENT_ERROR", "error", "none")
                .register(registry);
    }
}
