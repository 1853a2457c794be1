package io.storyloom.story;

import java.util.UUID;

/**
 * Published when a story is deleted (on its own or with its account), inside the deleting transaction;
 * listeners that clean up outside the database do it once it has committed.
 *
 * @param attempts   how many generation attempts the story had: its jobs are numbered 1 to this
 * @param pagesTotal how many pages it had
 */
public record StoryDeleted(UUID storyId, int attempts, int pagesTotal) {
}
