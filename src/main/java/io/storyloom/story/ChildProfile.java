package io.storyloom.story;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The child the book is for and its hero. */
public record ChildProfile(
        @Schema(example = "Mia")
        @NotBlank @Size(max = 60) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text")
        String name,
        @Schema(example = "5")
        @NotNull @Min(1) @Max(12)
        Integer age,
        @Schema(example = "she/her")
        @Size(max = 30) @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text")
        String pronouns,
        @Schema(example = "curly red hair, freckles, green eyes")
        @Size(max = 300)
        String appearance,
        @Schema(example = "yellow raincoat")
        @Size(max = 200)
        String clothing,
        @Schema(example = "[\"dinosaurs\", \"puddles\"]")
        @Size(max = 10)
        List<@NotBlank @Size(max = 40) String> interests) {

    /** No control characters: a name or pronoun is one line of text. */
    static final String SINGLE_LINE = "^[^\\x00-\\x1F\\x7F]*$";

    public ChildProfile {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
