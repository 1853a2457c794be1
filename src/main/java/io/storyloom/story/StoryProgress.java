package io.storyloom.story;

import io.storyloom.story.book.StoryRepository;
import io.storyloom.story.status.StatusHistoryRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a story's status and message, with an entry in its history, as one transaction. A story that
 * was deleted, ended by someone else (cancelled, failed by the watchdog) or handed to a newer attempt
 * refuses further steps from the old one, which is how a running job learns to stop.
 */
@Service
public class StoryProgress {

    private final StoryRepository stories;
    private final StatusHistoryRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoryProgress(StoryRepository stories, StatusHistoryRepository history, ApplicationEventPublisher events,
            Clock clock) {
        this.stories = stories;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves a story that is being generated to its next state.
     *
     * @param attempt the generation attempt doing the work; a stale attempt (the story was retried,
     *                re-queued or ended meanwhile) is refused
     * @return false when the story is gone, has ended, or belongs to another attempt: stop working on it
     */
    @Transactional
    public boolean enter(UUID storyId, int attempt, StoryStatus status, int page, String actor) {
        var story = current(storyId, attempt);
        story.ifPresent(s -> write(s, status.code(page), status.message(page), null, actor));
        return story.isPresent();
    }

    /** Counts a finished page. */
    @Transactional
    public boolean pageFinished(UUID storyId, int attempt) {
        var story = current(storyId, attempt);
        story.ifPresent(s -> {
            OffsetDateTime at = now();
            int done = stories.refreshPagesDone(storyId, at);
            events.publishEvent(new StoryStatusChanged(storyId, s.status(), s.statusMessage(), done, s.pagesTotal(), at));
        });
        return story.isPresent();
    }

    @Transactional
    public boolean complete(UUID storyId, int attempt, String actor) {
        return enter(storyId, attempt, StoryStatus.COMPLETE, 0, actor);
    }

    /**
     * Ends a story as failed.
     *
     * @param message for the parent: what happened and whether trying again helps
     * @param error   for the log and support
     */
    @Transactional
    public boolean fail(UUID storyId, int attempt, String message, String error, String actor) {
        var story = current(storyId, attempt);
        story.ifPresent(s -> write(s, StoryStatus.FAILED.code(), message, truncate(error), actor));
        return story.isPresent();
    }

    /** Ends a story that is being made, whatever its attempt (a person cancelled it, or the watchdog gave up). */
    @Transactional
    public boolean stop(UUID storyId, String message, String actor) {
        var story = stories.lock(storyId).filter(s -> s.statusKind().isActive());
        story.ifPresent(s -> {
            write(s, StoryStatus.FAILED.code(), message, null, actor);
            events.publishEvent(new StoryStopped(storyId));
        });
        return story.isPresent();
    }

    /**
     * Starts a new attempt of a story that is being made but stuck; the old attempt's job stops at its
     * next step. Counted, so the watchdog gives up after a few.
     */
    @Transactional
    public Optional<Integer> restart(UUID storyId, String message, String actor) {
        var story = stories.lock(storyId).filter(s -> s.statusKind().isActive());
        story.ifPresent(s -> {
            requeue(s, message, actor);
            stories.countWatchdogRestart(storyId);
        });
        return story.map(s -> s.attempt() + 1);
    }

    /** Records which queued job works on the story's current attempt. */
    public void jobQueued(UUID storyId, int attempt, UUID jobId) {
        stories.setJob(storyId, attempt, jobId);
    }

    private Optional<Story> current(UUID storyId, int attempt) {
        return stories.lock(storyId).filter(s -> s.statusKind().isActive() && s.attempt() == attempt);
    }

    /** Puts an ended story back in the queue; the caller checked that this is allowed. */
    public void requeue(Story story, String message, String actor) {
        stories.startAttempt(story.id(), story.attempt() + 1);
        write(story, StoryStatus.PENDING.code(), message, null, actor);
    }

    private void write(Story story, String code, String message, String error, String actor) {
        OffsetDateTime at = now();
        int done = WriteLog.call("update_status", story.id(), null, () -> {
            int pagesDone = stories.refreshPagesDone(story.id(), at);
            stories.updateStatus(story.id(), code, message, error, actor, at);
            history.append(story.id(), code, message, pagesDone, actor, at);
            return pagesDone;
        });
        events.publishEvent(new StoryStatusChanged(story.id(), code, message, done, story.pagesTotal(), at));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
