package io.storyloom.design;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** How every character of the book looks, with fixed colours so each picture matches the last. */
public record VisualProfile(@NotEmpty @Size(max = 6) List<@NotNull @Valid Character> characters) {

    static final String HEX = "^#[0-9a-fA-F]{6}$";

    /** One character: the child, the companion, or someone they meet. */
    public record Character(
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 40) String kind,
            @NotBlank @Size(max = 400) String appearance,
            @Size(max = 200) String clothing,
            @NotNull @Valid Colors colors) {
    }

    /** Colours as {@code #rrggbb}. */
    public record Colors(
            @NotNull @Pattern(regexp = HEX) String hair,
            @NotNull @Pattern(regexp = HEX) String skin,
            @NotNull @Pattern(regexp = HEX) String eyes,
            @NotNull @Pattern(regexp = HEX) String outfit,
            @NotNull @Pattern(regexp = HEX) String accent) {
    }
}
