package io.storyloom.story.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatusChanged;
import io.storyloom.system.Signals;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The status cache never makes a status change wait for a read of the same story, and a crowd of polls does not
 * wait for a story read again after its time.
 */
class StatusCacheTest {

    private final UUID id = UUID.randomUUID();
    private final StoryContent stories = mock(StoryContent.class);
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final StatusCache cache = new StatusCache(stories, mock(PageStates.class),
            new StatusCache.Settings(Duration.ofMinutes(1)), mock(Signals.class));

    /** A cache whose answers are read again after 250 ms of a clock the test moves. */
    private final AtomicLong nanos = new AtomicLong();
    private final StatusCache timed = new StatusCache(stories, mock(PageStates.class),
            new StatusCache.Settings(Duration.ofMillis(250)), mock(Signals.class), nanos::get);

    /**
     * A change is announced while its transaction still holds a database connection, and a read may be waiting
     * for one: were the change to wait for the read, each would wait for the other until the pool gave up.
     */
    @Test
    void aStatusChangeDoesNotWaitForAReadOfTheSameStoryInProgress() throws Exception {
        when(stories.find(id)).thenAnswer(call -> {
            reading.countDown();
            release.await();
            return Optional.empty();
        });
        var poll = CompletableFuture.supplyAsync(() -> cache.find(id));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        var change = CompletableFuture.runAsync(() -> cache.on(changed()));

        assertThat(change).succeedsWithin(Duration.ofSeconds(5));
        release.countDown();
        assertThat(poll).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(Optional.empty());
    }

    @AfterEach
    void releaseBlockedReads() {
        release.countDown();
    }

    @Test
    void aStoryIsReadOnceUntilItsStatusChangesAndAgainAfter() {
        when(stories.find(id)).thenReturn(Optional.empty());

        cache.find(id);
        cache.find(id);
        verify(stories, times(1)).find(id);

        cache.on(changed());
        cache.find(id);
        verify(stories, times(2)).find(id);
    }

    @Test
    void aFailedReadIsThrownAsItWasAndNotKept() {
        when(stories.find(id)).thenThrow(new IllegalStateException("database down")).thenReturn(Optional.empty());

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> cache.find(id)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");
        // the failed read is dropped as it completes, which a poll right after may still see
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .untilAsserted(() -> assertThat(cache.find(id)).isEmpty());
    }

    @Test
    void aStoryPolledAfterItsTimeIsReadAgainWhileThePollsGetTheAnswerBefore() throws Exception {
        when(stories.find(id)).thenReturn(Optional.empty()).thenAnswer(call -> blockedRead());
        readAndKept();

        nanos.addAndGet(Duration.ofMillis(300).toNanos());
        var polls = CompletableFuture.supplyAsync(() -> { timed.find(id); return timed.find(id); });

        assertThat(polls).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(Optional.empty());
        assertThat(reading.await(10, TimeUnit.SECONDS)).as("read again in the background").isTrue();
        verify(stories, times(2)).find(id);
        release.countDown();
    }

    /** Each answer read again starts its time afresh, so a story polled on and on never makes a poll wait. */
    @Test
    void aStoryPolledOnAndOnIsReadAgainWithoutEverMakingAPollWait() {
        when(stories.find(id)).thenReturn(Optional.empty(), Optional.empty(), Optional.empty())
                .thenAnswer(call -> blockedRead());
        readAndKept();

        for (int read = 2; read <= 3; read++) {
            nanos.addAndGet(Duration.ofMillis(300).toNanos());
            assertThat(CompletableFuture.supplyAsync(() -> timed.find(id))).succeedsWithin(Duration.ofSeconds(5));
            int reads = read;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                verify(stories, times(reads)).find(id);
                assertThat(timed.ageOf(id)).contains(Duration.ZERO);
            });
        }
        nanos.addAndGet(Duration.ofMillis(300).toNanos()); // 900 ms after the first read, 300 after the last

        assertThat(CompletableFuture.supplyAsync(() -> timed.find(id))).succeedsWithin(Duration.ofSeconds(5))
                .isEqualTo(Optional.empty());
    }

    @Test
    void aStoryNotPolledForTwiceItsTimeIsReadWhileThePollWaits() throws Exception {
        when(stories.find(id)).thenReturn(Optional.empty()).thenAnswer(call -> blockedRead());
        readAndKept();

        nanos.addAndGet(Duration.ofMillis(501).toNanos());
        var poll = CompletableFuture.supplyAsync(() -> timed.find(id));

        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(poll).isNotDone();
        release.countDown();
        assertThat(poll).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(Optional.empty());
    }

    /** A read started before a status change is not kept after it: the next poll reads the story again. */
    @Test
    void aReadAgainThatEndsAfterAStatusChangeIsNotKept() throws Exception {
        when(stories.find(id)).thenReturn(Optional.empty()).thenAnswer(call -> blockedRead())
                .thenReturn(Optional.empty());
        readAndKept();
        nanos.addAndGet(Duration.ofMillis(300).toNanos());
        assertThat(CompletableFuture.supplyAsync(() -> timed.find(id))).succeedsWithin(Duration.ofSeconds(5));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        timed.on(changed());
        release.countDown();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> verify(stories, times(2)).find(id));
        timed.find(id);

        verify(stories, times(3)).find(id);
    }

    /** A virtual thread started while the carriers are busy would wait behind every request for them. */
    @Test
    void aStoryIsReadOnAThreadOfTheOperatingSystemsOwn() {
        var readers = new java.util.concurrent.CopyOnWriteArrayList<Thread>();
        when(stories.find(id)).thenAnswer(call -> {
            readers.add(Thread.currentThread());
            return Optional.empty();
        });

        assertThat(CompletableFuture.supplyAsync(() -> cache.find(id), Executors.newVirtualThreadPerTaskExecutor()))
                .succeedsWithin(Duration.ofSeconds(5));

        assertThat(readers).singleElement().satisfies(reader -> {
            assertThat(reader.isVirtual()).isFalse();
            assertThat(reader.getName()).startsWith("status-read-");
        });
    }

    /** A database that stops answering holds as many reads as it has connections; the rest queue, no thread each. */
    @Test
    void readsBeyondTheDatabasePoolQueueForAThread() {
        var started = new java.util.concurrent.atomic.AtomicInteger();
        when(stories.find(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            started.incrementAndGet();
            release.await();
            return Optional.empty();
        });
        var polls = Executors.newVirtualThreadPerTaskExecutor();
        var answers = java.util.stream.IntStream.range(0, 20)
                .mapToObj(poll -> CompletableFuture.supplyAsync(() -> cache.find(UUID.randomUUID()), polls))
                .toArray(CompletableFuture[]::new);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> started.get() == 10);
        org.awaitility.Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> started.get() == 10);
        release.countDown();

        assertThat(CompletableFuture.allOf(answers)).succeedsWithin(Duration.ofSeconds(10));
        assertThat(started).hasValue(20);
    }

    /** Reads the story and waits until the cache has stamped the answer with the time it was read. */
    private void readAndKept() {
        timed.find(id);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> timed.ageOf(id).isPresent());
    }

    private Optional<StatusCache.Snapshot> blockedRead() throws InterruptedException {
        reading.countDown();
        release.await();
        return Optional.empty();
    }

    private StoryStatusChanged changed() {
        return new StoryStatusChanged(id, "GENERATING_IMAGES", "Drawing page 2", 1, 8, OffsetDateTime.now());
    }
}
