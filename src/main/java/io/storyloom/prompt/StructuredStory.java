package io.storyloom.prompt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The story as the language model writes it: a title, its meta and the text of every page. */
public record StructuredStory(
        @NotBlank @Size(max = 120) String title,
        @NotNull @Valid Meta meta,
        @NotEmpty @Size(max = 12) List<@NotNull @Valid PageText> pages) {

    /** What the story is about, kept for search and for the illustrator. */
    public record Meta(
            @NotBlank @Size(max = 300) String setting,
            @NotBlank @Size(max = 100) String tone,
            @NotBlank @Size(max = 200) String lesson) {
    }

    /** One page's text. */
    public record PageText(
            @NotNull @Min(1) Integer number,
            @NotBlank @Size(max = 1200) String text) {
    }
}
