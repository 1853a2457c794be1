package io.storyloom.story;

import io.storyloom.account.SignedInUser;
import io.storyloom.story.status.StatusCache;
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

    /** The same, possibly a fraction of a second old: for status polling. */
    public Story findForStatus(UUID id, SignedInUser user) {
        return owned(statuses.find(id), id, user);
    }

    private static Story owned(java.util.Optional<Story> story, UUID id, SignedInUser user) {
        return story.filter(s -> user != null && user.id().equals(s.ownerId()))
                .orElseThrow(() -> new StoryNotFoundException(id));
    }
}
