package io.storyloom.story.book;

import io.storyloom.story.ArtStyle;
import io.storyloom.story.ChildProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a parent asks for: {@code child.name}, {@code child.age} and {@code idea} are required, the rest defaulted. */
public record StoryRequest(
        @NotNull @Valid
        ChildProfile child,
        @Schema(example = "a small blue dragon")
        @Size(max = 200)
        String companion,
        @Schema(example = "Mia finds a dragon egg in the garden")
        @NotBlank @Size(min = 3, max = 1000)
        String idea,
        @Schema(example = "patience")
        @Size(max = 200)
        String lesson,
        @Schema(example = "6", defaultValue = "6")
        @Min(1) @Max(12)
        Integer pageCount,
        @Schema(example = "watercolor", defaultValue = "watercolor")
        ArtStyle artStyle,
        @Schema(example = "en", defaultValue = "en", description = "BCP 47 language tag of the story's text")
        @Size(max = 20) @Pattern(regexp = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", message = "must be a language tag such as en or pt-BR")
        String language,
        @Schema(description = "How the book is read aloud when narration is on; both fields optional")
        @Valid
        NarrationChoice narration) {

    static final int DEFAULT_PAGE_COUNT = 6;

    /** The request with every optional field filled in and surrounding spaces removed. */
    StoryRequest withDefaults() {
        return new StoryRequest(
                new ChildProfile(child.name().strip(), child.age(), blankToNull(child.pronouns()),
                        blankToNull(child.appearance()), blankToNull(child.clothing()),
                        child.interests().stream().map(String::strip).toList()),
                blankToNull(companion),
                idea.strip(),
                blankToNull(lesson),
                pageCount == null ? DEFAULT_PAGE_COUNT : pageCount,
                artStyle == null ? ArtStyle.WATERCOLOR : artStyle,
                language == null || language.isBlank() ? "en" : language.strip(),
                narration == null ? null : new NarrationChoice(blankToNull(narration.voice()), narration.speed()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
