package io.storyloom.story.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatusChanged;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.validation.annotation.Validated;

/**
 * The stories behind {@code GET /stories/{id}/status}, which pages and scripts poll every few seconds:
 * kept for a fraction of a second ({@code storyloom.status.cache-ttl}, 250 ms) so a crowd of pollers
 * costs one read, and dropped the moment this process writes a new status. A status written by another
 * process shows within that fraction of a second.
 */
@Component
public class StatusCache {

    private final StoryContent stories;
    private final Cache<UUID, Optional<Story>> cache;

    StatusCache(StoryContent stories, Settings settings) {
        this.stories = stories;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(50_000).build();
    }

    public Optional<Story> find(UUID id) {
        return cache.get(id, stories::find);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryStatusChanged changed) {
        cache.invalidate(changed.storyId());
    }

    /** @param cacheTtl how long a story read for its status is kept (0: not at all) */
    @ConfigurationProperties("storyloom.status")
    @Validated
    record Settings(@DefaultValue("250ms") @NotNull @DurationMin(millis = 0) Duration cacheTtl) {
    }
}
