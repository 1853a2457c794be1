package io.storyloom.ai.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The retry budget of one provider call, for rate limits (429), server errors (5xx) and timeouts.
 * Other errors are never retried.
 *
 * @param maxAttempts    attempts in all, the first included
 * @param initialBackoff the wait before the first retry; it doubles with each retry, with jitter
 * @param maxBackoff     the longest wait between attempts; a provider asking (by {@code retry-after})
 *                       for a longer wait ends the call instead, so a worker is not held for minutes
 */
@ConfigurationProperties("storyloom.retry")
@Validated
public record RetrySettings(
        @DefaultValue("4") @Min(1) @Max(10) int maxAttempts,
        @DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration maxBackoff) {
}
