package io.storyloom.story.status;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatusChanged;
import io.storyloom.system.Signals;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.constraints.time.DurationMin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 * <p>A story polled again after its time is read again in the background while the polls go on getting
 * the answer before, which is at most twice the time old; one not polled for twice the time is read while
 * its poll waits. Were every poll to wait for the new read, a crowd of them would park each time (on one
 * core: 256 pollers' stacks copied to the heap four times a second, a young collection's worth of them
 * promoted, pauses of 10-50 ms, a p99 twice the median; bench/run polling).
 *
 * <p>A story is read on a thread of its own, not inside the cache's map: a status change drops its entry
 * while the transaction that wrote it still holds a database connection, and a read of that story in
 * progress may be waiting for one. Were the read inside the map's lock, the two would wait for each other
 * until the pool gave up (30 s, every poll and book stalled), which happened under load with 10 connections.
 */
@Component
public class StatusCache {

    private static final Logger log = LoggerFactory.getLogger(StatusCache.class);

    /**
     * Reads of stories for the cache, waiting for a connection without holding a lock. Platform threads: a virtual
     * thread started while the request threads' carriers are busy queues behind every request waiting for them
     * (up to a quarter of a second pinned to one core, long enough for the answer to expire and every poll to
     * wait for it); the operating system gives a woken thread its turn. As many as the database pool's ten
     * connections (more would only wait for one, and a database that stops answering must not make a thread
     * for every poll), each gone after a minute idle; further reads queue.
     */
    private static final Executor READERS = readers(10);

    private final StoryContent stories;
    private final PageStates pages;
    private final AsyncCache<UUID, Read> cache;
    private final Ticker ticker;
    private final long ttlNanos;
    private final Set<UUID> readingAgain = ConcurrentHashMap.newKeySet();

    @Autowired
    StatusCache(StoryContent stories, PageStates pages, Settings settings, Signals signals) {
        this(stories, pages, settings, signals, Ticker.systemTicker());
    }

    StatusCache(StoryContent stories, PageStates pages, Settings settings, Signals signals, Ticker ticker) {
        this.stories = stories;
        this.pages = pages;
        this.ticker = ticker;
        this.ttlNanos = settings.cacheTtl().toNanos();
        this.cache = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.cacheTtl().multipliedBy(2))
                .maximumSize(50_000).executor(READERS).buildAsync();
        signals.listen(StatusSignals.CHANNEL, this::drop, () -> cache.synchronous().invalidateAll());
    }

    public Optional<Snapshot> find(UUID id) {
        try {
            var kept = cache.get(id, this::read);
            var read = kept.join();
            if (ttlNanos > 0 && ticker.read() - read.at() >= ttlNanos) {
                readAgain(id, kept);
            }
            return read.snapshot();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * Reads the story again in the background (once at a time) and keeps the new answer in place of the one
     * given, unless that one has been dropped or replaced meanwhile: a status change during the read wins.
     */
    private void readAgain(UUID id, CompletableFuture<Read> given) {
        if (!readingAgain.add(id)) {
            return;
        }
        READERS.execute(() -> {
            try {
                cache.asMap().replace(id, given, CompletableFuture.completedFuture(read(id)));
            } catch (RuntimeException failed) { // the answer before stays until it expires; the next read says why
                log.debug("Reading story {} again for its status failed", id, failed);
            } finally {
                readingAgain.remove(id);
            }
        });
    }

    private static Executor readers(int threads) {
        var pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("status-read-", 0).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** How long ago the story's answer was read, once a read has completed and been kept (for tests). */
    Optional<Duration> ageOf(UUID id) {
        return cache.synchronous().policy().expireAfterWrite().flatMap(expiry -> expiry.ageOf(id))
                .filter(age -> !age.isNegative());
    }

    private Read read(UUID id) {
        var snapshot = stories.find(id).map(story -> new Snapshot(story, StatusViews.Status.of(story, pages)));
        return new Read(snapshot, ticker.read());
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

    /** A story's snapshot and when it was read (the cache's ticker, in nanoseconds). */
    private record Read(Optional<Snapshot> snapshot, long at) {
    }

    /**
     * @param cacheTtl how old a story's answer may be before a poll has it read again (kept at most twice as long;
     *                 0: not kept)
     */
    @ConfigurationProperties("storyloom.status")
    @Validated
    record Settings(@DefaultValue("250ms") @NotNull @DurationMin(millis = 0) Duration cacheTtl) {
    }
}
