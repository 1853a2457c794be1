package io.storyloom.story;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a story's status and message, with an entry in its history, as one transaction. A story that
 * was deleted, or ended by someone else (cancelled, failed by the watchdog), refuses further steps,
 * which is how a running job learns to stop.
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
     * @return false when the story is gone or has already ended, so the caller should stop working on it
     */
    @Transactional
    public boolean enter(UUID storyId, StoryStatus status, int page, String actor) {
        return enter(storyId, status.code(page), status.message(page), actor);
    }

    /** Counts a finished page. */
    @Transactional
    public boolean pageFinished(UUID storyId) {
        var story = stories.lock(storyId).filter(s -> s.statusKind().isActive());
        story.ifPresent(s -> {
            int done = stories.refreshPagesDone(storyId, now());
            events.publishEvent(new StoryStatusChanged(storyId, s.status(), s.statusMessage(), done, s.pagesTotal(), now()));
        });
        return story.isPresent();
    }

    @Transactional
    public boolean complete(UUID storyId, String actor) {
        return enter(storyId, StoryStatus.COMPLETE.code(), StoryStatus.COMPLETE.message(), actor);
    }

    /**
     * Ends a story as failed.
     *
     * @param message for the parent: what happened and whether trying again helps
     * @param error   for the log and support
     */
    @Transactional
    public boolean fail(UUID storyId, String message, String error, String actor) {
        var story = stories.lock(storyId).filter(s -> s.statusKind().isActive());
        story.ifPresent(s -> write(s, StoryStatus.FAILED.code(), message, truncate(error), actor));
        return story.isPresent();
    }

    private boolean enter(UUID storyId, String code, String message, String actor) {
        var story = stories.lock(storyId).filter(s -> s.statusKind().isActive());
        story.ifPresent(s -> write(s, code, message, null, actor));
        return story.isPresent();
    }

    /** Puts an ended story back in the queue; the caller checked that this is allowed. */
    void requeue(Story story, String message, String actor) {
        stories.startAttempt(story.id(), story.attempt() + 1);
        write(story, StoryStatus.PENDING.code(), message, null, actor);
    }

    private void write(Story story, String code, String message, String error, String actor) {
        OffsetDateTime at = now();
        int done = stories.refreshPagesDone(story.id(), at);
        stories.updateStatus(story.id(), code, message, error, actor, at);
        history.append(story.id(), code, message, done, actor, at);
        events.publishEvent(new StoryStatusChanged(story.id(), code, message, done, story.pagesTotal(), at));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
