package io.storyloom.story.book;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the book is read aloud when narration is on; both optional, defaulting to the configured voice and speed.
 *
 * @param voice an ElevenLabs voice id, or an OpenAI voice name such as {@code coral}
 * @param speed 1.0 for normal speed, from 0.7 to 1.2
 */
public record NarrationChoice(
        @Schema(example = "coral", description = "An ElevenLabs voice id or an OpenAI voice name")
        @Size(min = 1, max = 64) @Pattern(regexp = "^[A-Za-z0-9_-]*$", message = "must be a voice id: letters, digits, - and _")
        String voice,
        @Schema(example = "0.9", description = "1.0 for normal speed")
        @DecimalMin(value = "0.7", message = "must be at least 0.7") @DecimalMax(value = "1.2", message = "must be at most 1.2")
        Double speed) {
}
