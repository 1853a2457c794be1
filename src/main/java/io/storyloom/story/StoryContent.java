package io.storyloom.story;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stories and pages, and saves what the generator writes, one step at a time, so that a
 * restarted job can see which steps are done.
 */
@Service
public class StoryContent {

    private static final Logger log = LoggerFactory.getLogger(StoryContent.class);

    private final StoryRepository stories;
    private final PageRepository pages;
    private final StatusHistoryRepository history;
    private final PageRevisionRepository revisions;
    private final Clock clock;

    StoryContent(StoryRepository stories, PageRepository pages, StatusHistoryRepository history,
            PageRevisionRepository revisions, Clock clock) {
        this.stories = stories;
        this.pages = pages;
        this.history = history;
        this.revisions = revisions;
        this.clock = clock;
    }

    public Optional<Story> find(UUID storyId) {
        return stories.findById(storyId);
    }

    public List<Page> pages(UUID storyId) {
        return pages.findByStory(storyId);
    }

    public Optional<Page> page(UUID storyId, int number) {
        return pages.find(storyId, number);
    }

    public List<StatusChange> history(UUID storyId) {
        return history.findByStory(storyId);
    }

    /** Saves the title, meta and every page's text together; a second call for the same story changes nothing. */
    @Transactional
    public void saveOutline(UUID storyId, Outline outline, String actor) {
        if (pages.count(storyId) > 0) {
            log.info("Outline of story {} already saved, keeping it", storyId);
            return;
        }
        OffsetDateTime at = now();
        stories.saveOutline(storyId, outline, actor, at);
        long started = System.nanoTime();
        pages.insertAll(storyId, outline.pageTexts(), "AI", actor, at);
        revisions.appendWritten(storyId, outline.pageTexts(), actor, at);
        log.info("Inserted {} pages of story {} in {} ms", outline.pageTexts().size(), storyId,
                (System.nanoTime() - started) / 1_000_000);
    }

    public void saveVisualProfile(UUID storyId, String visualProfileJson, String actor) {
        stories.saveVisualProfile(storyId, visualProfileJson, actor, now());
    }

    public void saveBaseStyle(UUID storyId, String baseStyleJson, String actor) {
        stories.saveBaseStyle(storyId, baseStyleJson, actor, now());
    }

    public void saveReferenceImage(UUID storyId, String imageKey, String actor) {
        stories.saveReferenceImage(storyId, imageKey, actor, now());
    }

    public void saveSceneMoment(UUID storyId, int page, String sceneMomentJson, String actor) {
        pages.saveSceneMoment(storyId, page, sceneMomentJson, actor, now());
    }

    public void saveImagePrompt(UUID storyId, int page, String imagePrompt, String actor) {
        pages.saveImagePrompt(storyId, page, imagePrompt, actor, now());
    }

    /** Saves a page's picture, recorded in the page's history as drawn or, when it replaces one, redrawn. */
    @Transactional
    public void savePageImage(UUID storyId, int page, String imageKey, long seed, String actor) {
        OffsetDateTime at = now();
        String before = pages.lock(storyId, page).map(Page::imageKey).orElse(null);
        pages.saveImage(storyId, page, imageKey, seed, actor, at);
        revisions.append(storyId, page, before == null ? PageRevision.Kind.DRAWN : PageRevision.Kind.REDRAWN,
                null, null, before, imageKey, "AI", actor, at);
    }

    public List<PageRevision> revisions(UUID storyId) {
        return revisions.findByStory(storyId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
