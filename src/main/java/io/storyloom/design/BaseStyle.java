package io.storyloom.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The art direction shared by every picture of one book. */
public record BaseStyle(
        @NotBlank @Size(max = 40) String artStyle,
        @NotBlank @Size(max = 200) String medium,
        @NotEmpty @Size(max = 8) List<@NotNull @Pattern(regexp = VisualProfile.HEX) String> palette,
        @NotBlank @Size(max = 200) String lighting,
        @NotBlank @Size(max = 200) String mood,
        @NotBlank @Size(max = 600) String stylePrompt) {
}
