package io.storyloom.safety;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The child-safety review: {@code storyloom.safety.*}, or {@code STORYLOOM_SAFETY_*} in the environment.
 *
 * @param modelWait   how long a review that arrives before the semantic classifier has loaded (about two
 *                    seconds after the app's first use) waits for it; after that the review is refused as unavailable
 *                    (503), never passed without the classifier
 * @param failClosed  when the moderation provider cannot be reached: {@code true} refuses the review as
 *                    unavailable (503 for a request, a failed book for generated text); {@code false}
 *                    goes on with the local verdict alone and logs a warning
 */
@ConfigurationProperties("storyloom.safety")
@Validated
public record SafetySettings(
        @DefaultValue("20s") @NotNull Duration modelWait,
        @DefaultValue("true") boolean failClosed) {

    /** The defaults, for use outside Spring (the benchmark, unit tests). */
    public static SafetySettings defaults() {
        return new SafetySettings(Duration.ofSeconds(20), true);
    }
}
