package io.storyloom.story;

import java.util.UUID;

/** Published when a page's text changed after the book was made (edited, or an earlier text restored). */
public record PageTextChanged(UUID storyId, int page) {
}
