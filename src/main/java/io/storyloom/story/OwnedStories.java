package io.storyloom.story;

import io.storyloom.account.SignedInUser;
import io.storyloom.story.status.StatusCache;
import io.storyloom.story.status.StatusViews;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds a story only for its owner. Someone else's story is "not found", exactly like a missing one,
 * so ids reveal nothing.
 */
@Component
public class OwnedStories {

    private final StoryContent content;
    private final StatusCache statuses;

    OwnedStories(StoryContent content, StatusCache statuses) {
        this.content = content;
        this.statuses = statuses;
    }

    public Story find(UUID id, SignedInUser user) {
        return owned(content.find(id), id, user);
    }

    /** Passes when the user owns the story; otherwise the same "not found" as {@link #find}. */
    public void check(UUID id, SignedInUser user) {
        find(id, user);
    }

    /** The status answer of an owned story, possibly a fraction of a second old: for status polling. */
    public StatusViews.Status statusFor(UUID id, SignedInUser user) {
        return statusOf(id, user).orElseThrow(() -> new StoryNotFoundException(id));
    }

    /** As {@link #statusFor}, empty when the story is missing or someone else's. */
    public Optional<StatusViews.Status> statusOf(UUID id, SignedInUser user) {
        return statuses.find(id).filter(found -> isOwner(found.story(), user)).map(found -> found.status());
    }

    private static Story owned(Optional<Story> story, UUID id, SignedInUser user) {
        return story.filter(s -> isOwner(s, user)).orElseThrow(() -> new StoryNotFoundException(id));
    }

    private static boolean isOwner(Story story, SignedInUser user) {
        return user != null && user.id().equals(story.ownerId());
    }
}
