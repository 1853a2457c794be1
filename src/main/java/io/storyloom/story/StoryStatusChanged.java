package io.storyloom.story;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Published after a story's status was written. */
public record StoryStatusChanged(UUID storyId, String status, String statusMessage, int pagesDone, int pagesTotal,
        OffsetDateTime changedAt) {
}
