package io.storyloom.generation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How books are generated.
 *
 * @param pageConcurrency how many pages of one book are illustrated at the same time
 * @param sceneMoments    {@code batch}: all pages' scene moments in one call (about four model calls per
 *                        book); {@code per-page}: one call per page, just before its picture
 * @param imageWidth      picture width in pixels
 * @param imageHeight     picture height in pixels
 * @param stopCheckInterval how often this process asks the database whether its runs are still wanted
 */
@ConfigurationProperties("storyloom.generation")
@Validated
public record GenerationProperties(
        @DefaultValue("4") @Min(1) @Max(32) int pageConcurrency,
        @DefaultValue("batch") SceneMomentMode sceneMoments,
        @DefaultValue("1024") @Min(64) @Max(2048) int imageWidth,
        @DefaultValue("768") @Min(64) @Max(2048) int imageHeight,
        @DefaultValue("500ms") @NotNull @DurationMin(millis = 1) Duration stopCheckInterval) {

    public enum SceneMomentMode { BATCH, PER_PAGE }
}
