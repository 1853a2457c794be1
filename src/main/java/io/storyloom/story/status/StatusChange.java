package io.storyloom.story.status;

import java.time.OffsetDateTime;

/** One entry of a story's status history. */
public record StatusChange(String status, String statusMessage, int pagesDone, String actor, OffsetDateTime changedAt) {
}
