package io.storyloom.story.status;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatusChanged;
import io.storyloom.system.Signals;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
 *
 * <p>A story is read on a thread of its own, not inside the cache's map: a status change drops its entry
 * while the transaction that wrote it still holds a database connection, and a read of that story in
 * progress may be waiting for one. Were the read inside the map's lock, the two would wait for each other
 * until the pool gave up (30 s, every poll and book stalled), which happened under load with 10 connections.
 */
@Component
public class StatusCache {

    /** Reads of stories for the cache: each a virtual thread, waiting for a connection without holding a lock. */
    private static final Executor READERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("status-read-", 0).factory());

    private final StoryContent stories;
    private final PageStates pages;
    private final AsyncCache<UUID, Optional<Snapshot>> cache;

    StatusCache(StoryContent stories, PageStates pages, Settings settings, Signals signals) {
        this.stories = stories;
        this.pages = pages;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(50_000)
                .executor(READERS).buildAsync();
        signals.listen(StatusSignals.CHANNEL, this::drop, () -> cache.synchronous().invalidateAll());
    }

    public Optional<Snapshot> find(UUID id) {
        try {
            return cache.get(id, this::load).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private Optional<Snapshot> load(UUID id) {
        return stories.find(id).map(story -> new Snapshot(story, StatusViews.Status.of(story, pages)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryStatusChanged changed) {
        cache.synchronous().invalidate(changed.storyId());
    }

    private void drop(String storyId) {
        try {
            cache.synchronous().invalidate(UUID.fromString(storyId));
        } catch (IllegalArgumentException notAnId) {
            cache.synchronous().invalidateAll();
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
