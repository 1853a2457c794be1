package io.storyloom.story;

import java.util.UUID;

/**
 * Published, in the transaction that creates a book, when its request chose how it is read aloud.
 *
 * @param voice {@code null} for the configured voice
 * @param speed {@code null} for the configured speed
 */
public record StoryNarrationChosen(UUID storyId, String voice, Double speed) {
}
