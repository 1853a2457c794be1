package io.storyloom.prompt;

import io.storyloom.design.SceneMoment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The moments of all pages, asked for in one call. */
public record SceneMoments(@NotEmpty @Size(max = 12) List<@NotNull @Valid SceneMoment> scenes) {
}
