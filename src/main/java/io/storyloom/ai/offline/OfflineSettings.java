package io.storyloom.ai.offline;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long each offline call pretends to take, to demo or benchmark the pipeline without a real
 * provider; zero for no wait. A negative latency stops the start (see {@link SimulatedLatency}).
 *
 * @param textLatency  each call to the offline writer
 * @param imageLatency each picture of the offline illustrator
 */
@ConfigurationProperties("storyloom.offline")
@Validated
record OfflineSettings(
        @DefaultValue("0ms") @NotNull Duration textLatency,
        @DefaultValue("0ms") @NotNull Duration imageLatency) {
}
