package io.storyloom.story.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatusChanged;
import io.storyloom.system.Signals;
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
 * The answers to {@code GET /stories/{id}/status}, which pages and scripts poll every few seconds, with
 * the story they come from (its owner is checked on every read): kept for a fraction of a second
 * ({@code storyloom.status.cache-ttl}, 250 ms) so a crowd of pollers costs one read of the story and its
 * pages' states, and dropped the moment any process writes a new status or finishes a page (this one by
 * an event, another by a signal over PostgreSQL, {@link StatusSignals}). After a lost signal connection
 * all are dropped.
 */
@Component
public class StatusCache {

    private final StoryContent stories;
    private final PageStates pages;
    private final Cache<UUID, Optional<Snapshot>> cache;

    StatusCache(StoryContent stories, PageStates pages, Settings settings, Signals signals) {
        this.stories = stories;
        this.pages = pages;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(50_000).build();
        signals.listen(StatusSignals.CHANNEL, this::drop, cache::invalidateAll);
    }

    public Optional<Snapshot> find(UUID id) {
        return cache.get(id, this::load);
    }

    private Optional<Snapshot> load(UUID id) {
        return stories.find(id).map(story -> new Snapshot(story, StatusViews.Status.of(story, pages)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryStatusChanged changed) {
        cache.invalidate(changed.storyId());
    }

    private void drop(String storyId) {
        try {
            cache.invalidate(UUID.fromString(storyId));
        } catch (IllegalArgumentException notAnId) {
            cache.invalidateAll();
        }
    }

    /** A story and its status answer, as read together. */
    public record Snapshot(Story story, StatusViews.Status status) {
    }

    /** @param cacheTtl how long a story read for its status is kept (0: not at all) */
    @ConfigurationProperties("storyloom.status")
    @Validated
    record Settings(@DefaultValue("250ms") @NotNull @DurationMin(millis = 0) Duration cacheTtl) {
    }
}
