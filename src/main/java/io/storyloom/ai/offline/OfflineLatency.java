package io.storyloom.ai.offline;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long each offline call pretends to take, to demo or benchmark the pipeline without a provider.
 *
 * @param textLatency  per call to the offline writer
 * @param imageLatency per picture from the offline illustrator
 */
@ConfigurationProperties("storyloom.offline")
@Validated
record OfflineLatency(
        @DefaultValue("0ms") @NotNull @DurationMin(millis = 0) Duration textLatency,
        @DefaultValue("0ms") @NotNull @DurationMin(millis = 0) Duration imageLatency) {
}
