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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The status cache never makes a status change wait for a read of the same story. */
class StatusCacheTest {

    private final UUID id = UUID.randomUUID();
    private final StoryContent stories = mock(StoryContent.class);
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final StatusCache cache = new StatusCache(stories, mock(PageStates.class),
            new StatusCache.Settings(Duration.ofMinutes(1)), mock(Signals.class));

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

    private StoryStatusChanged changed() {
        return new StoryStatusChanged(id, "GENERATING_IMAGES", "Drawing page 2", 1, 8, OffsetDateTime.now());
    }
}
