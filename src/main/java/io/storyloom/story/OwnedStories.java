package io.storyloom.story;

import io.storyloom.account.SignedInUser;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds a story only for its owner. Someone else's story is "not found", exactly like a missing one,
 * so ids reveal nothing.
 */
@Component
public class OwnedStories {

    private final StoryContent content;

    OwnedStories(StoryContent content) {
        this.content = content;
    }

    public Story find(UUID id, SignedInUser user) {
        return content.find(id)
                .filter(story -> user != null && user.id().equals(story.ownerId()))
                .orElseThrow(() -> new StoryNotFoundException(id));
    }
}
