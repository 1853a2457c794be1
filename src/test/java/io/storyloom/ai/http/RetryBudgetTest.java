package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.ProviderException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class RetryBudgetTest {

    private static final RetrySettings SETTINGS = new RetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private static ProviderCallException failure(Reason reason, Duration retryAfter) {
        return new ProviderCallException(reason, "Together", "busy", 429, "", retryAfter, null);
    }

    @Test
    void waitsDoubleAndStayBetweenHalfAndAllOfTheirStep() {
        var low = new RetryBudget(SETTINGS, () -> 0.0);
        var high = new RetryBudget(SETTINGS, () -> 1.0);

        assertThat(low.exponentialMillis(1)).isEqualTo(500);
        assertThat(high.exponentialMillis(1)).isEqualTo(1000);
        assertThat(high.exponentialMillis(3)).isEqualTo(4000);
        assertThat(high.exponentialMillis(10)).isEqualTo(30_000);
        assertThat(high.exponentialMillis(40)).isEqualTo(30_000);
    }

    @Test
    void onlyTransientFailuresAreRetried() {
        var budget = new RetryBudget(SETTINGS, () -> 0.5);

        assertThat(budget.shouldRetry(failure(Reason.TRANSIENT, null))).isTrue();
        assertThat(budget.shouldRetry(failure(Reason.BAD_KEY, null))).isFalse();
        assertThat(budget.shouldRetry(failure(Reason.UNKNOWN_MODEL, null))).isFalse();
        assertThat(budget.shouldRetry(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aRetryAfterIsHonouredAndTheAttemptsAreCounted() {
        var budget = new RetryBudget(SETTINGS, () -> 0.0);
        BackOffExecution waits = budget.getBackOff().start();

        budget.shouldRetry(failure(Reason.TRANSIENT, Duration.ofSeconds(7)));
        assertThat(waits.nextBackOff()).isEqualTo(7000);
        budget.shouldRetry(failure(Reason.TRANSIENT, null));
        assertThat(waits.nextBackOff()).isEqualTo(1000);
        budget.shouldRetry(failure(Reason.TRANSIENT, null));
        assertThat(waits.nextBackOff()).isEqualTo(2000);
        budget.shouldRetry(failure(Reason.TRANSIENT, null));
        assertThat(waits.nextBackOff()).isEqualTo(4000);
        budget.shouldRetry(failure(Reason.TRANSIENT, null));
        assertThat(waits.nextBackOff()).isEqualTo(BackOffExecution.STOP); // five attempts in all
    }

    @Test
    void aRetryAfterBeyondTheLongestWaitStops() {
        var budget = new RetryBudget(SETTINGS, () -> 0.0);
        BackOffExecution waits = budget.getBackOff().start();

        budget.shouldRetry(failure(Reason.TRANSIENT, Duration.ofMinutes(5)));

        assertThat(waits.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}
