package io.storyloom.story.book;

import io.storyloom.story.PageRedrawQueued;
import io.storyloom.story.Story;
import io.storyloom.story.StoryConflictException;
import io.storyloom.story.StoryDeleted;
import io.storyloom.story.StoryNarrationChosen;
import io.storyloom.story.StoryNotFoundException;
import io.storyloom.story.StoryProgress;
import io.storyloom.story.StoryQueued;
import io.storyloom.story.StoryStatus;
import io.storyloom.story.StoryStopped;
import io.storyloom.story.pictures.PictureCleanup;
import io.storyloom.story.status.StatusHistoryRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates, retries and deletes stories; generation itself runs elsewhere, started by {@link StoryQueued}. */
@Service
public class StoryService {

    // Seeds stay below 2^53 so JavaScript clients read them exactly.
    private static final long MAX_SEED = 1L << 53;

    private final StoryRepository stories;
    private final StatusHistoryRepository history;
    private final StoryProgress progress;
    private final PictureCleanup pictures;
    private final StoryQuota quota;
    private final StoryRequestSafety safety;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoryService(StoryRepository stories, StatusHistoryRepository history, StoryProgress progress, PictureCleanup pictures,
            StoryQuota quota, StoryRequestSafety safety, ApplicationEventPublisher events, Clock clock) {
        this.stories = stories;
        this.history = history;
        this.progress = progress;
        this.pictures = pictures;
        this.quota = quota;
        this.safety = safety;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Story create(StoryRequest request, UUID ownerId, String actor) {
        StoryRequest r = request.withDefaults();
        safety.check(r);
        quota.check(ownerId);
        quota.checkPictures(ownerId, r.pageCount() + 1); // every page and the character reference picture
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        var story = new Story(UUID.randomUUID(), ownerId, StoryStatus.PENDING.code(), StoryStatus.PENDING.message(),
                r.pageCount(), 0, 1, r.child(), r.companion(), r.idea(), r.lesson(), r.artStyle(), r.language(),
                ThreadLocalRandom.current().nextLong(1, MAX_SEED), null, null, null, null, null, null,
                "USER", actor, now, now, null);
        stories.insert(story);
        history.append(story.id(), story.status(), story.statusMessage(), 0, actor, now);
        if (r.narration() != null) {
            events.publishEvent(new StoryNarrationChosen(story.id(), r.narration().voice(), r.narration().speed()));
        }
        events.publishEvent(new StoryQueued(story.id(), story.attempt()));
        return story;
    }

    /** Resumes a failed story from its last finished step. */
    @Transactional
    public Story retry(UUID id, UUID ownerId, String actor) {
        quota.check(ownerId);
        Story story = stories.lock(id).orElseThrow(() -> new StoryNotFoundException(id));
        if (story.statusKind() != StoryStatus.FAILED) {
            throw new StoryConflictException("Only a failed story can be retried; this one is " + story.status() + ".");
        }
        quota.checkRetry(ownerId, story);
        progress.requeue(story, "Trying again from where it stopped", actor);
        stories.resetWatchdogRestarts(id);
        events.publishEvent(new StoryQueued(id, story.attempt() + 1));
        return stories.findById(id).orElseThrow();
    }

    /** Queues a new picture for one page of a finished book. */
    @Transactional
    public Story redraw(UUID id, int page, UUID ownerId, String actor) {
        quota.check(ownerId);
        Story story = stories.lock(id).orElseThrow(() -> new StoryNotFoundException(id));
        if (story.statusKind() != StoryStatus.COMPLETE) {
            throw new StoryConflictException("A picture can be redrawn once the book is finished; this one is "
                    + story.status() + ".");
        }
        if (page > story.pagesTotal()) {
            throw new StoryNotFoundException(id);
        }
        quota.checkRedraw(ownerId, id, page);
        progress.requeue(story, "Waiting to redraw the picture for page " + page, actor);
        events.publishEvent(new PageRedrawQueued(id, page, story.attempt() + 1, actor));
        return stories.findById(id).orElseThrow();
    }

    /** Stops a book being made; its job makes no further provider call. */
    @Transactional
    public Story cancel(UUID id, String actor) {
        if (!progress.stop(id, StoryStatus.CANCELLED_MESSAGE, actor)) {
            throw new StoryConflictException("Only a book that is being made can be cancelled.");
        }
        return stories.findById(id).orElseThrow();
    }

    @Transactional
    public void delete(UUID id) {
        remove(stories.lock(id).orElseThrow(() -> new StoryNotFoundException(id)));
    }

    /** Deletes every story of an account, as part of deleting the account (same transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void deleteAllOf(UUID ownerId) {
        stories.lockOwnedBy(ownerId).forEach(this::remove);
    }

    /**
     * Deletes a locked story's rows (pages, revisions, history and share links go with it); its
     * pictures go once that has committed, and a job still making it stops.
     */
    private void remove(Story story) {
        stories.delete(story.id());
        pictures.deleteAfterCommit(story.id());
        if (story.statusKind().isActive()) {
            events.publishEvent(new StoryStopped(story.id()));
        }
        events.publishEvent(new StoryDeleted(story.id(), story.attempt(), story.pagesTotal()));
    }
}
