package io.storyloom.design;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The single moment a page's picture shows. */
public record SceneMoment(
        @NotNull @Min(1) Integer page,
        @NotBlank @Size(max = 300) String setting,
        @NotBlank @Size(max = 40) String timeOfDay,
        @NotBlank @Size(max = 300) String action,
        @NotBlank @Size(max = 60) String emotion,
        @NotNull @Size(max = 6) List<@NotBlank @Size(max = 60) String> charactersPresent,
        @NotNull @Size(max = 8) List<@NotBlank @Size(max = 80) String> props,
        @NotBlank @Size(max = 60) String camera,
        @NotBlank @Size(max = 600) String description) {
}
