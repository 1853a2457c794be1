package io.storyloom.ai.http;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Timeouts of provider calls.
 *
 * @param connectTimeout how long to wait for a connection, for every provider
 * @param readTimeout    how long to wait for an answer once connected, for the story writer and any provider
 *                       without a read timeout of its own (pictures have {@code storyloom.image.read-timeout})
 */
@ConfigurationProperties("storyloom.http")
@Validated
public record HttpSettings(
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("120s") @NotNull @DurationMin(millis = 1) Duration readTimeout) {
}
