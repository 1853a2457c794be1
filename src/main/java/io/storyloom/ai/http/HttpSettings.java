package io.storyloom.ai.http;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Timeouts of every provider call.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer once connected; image models can take a while
 */
@ConfigurationProperties("storyloom.http")
@Validated
public record HttpSettings(
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("120s") @NotNull @DurationMin(millis = 1) Duration readTimeout) {
}
