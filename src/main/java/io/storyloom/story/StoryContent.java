package io.storyloom.story;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.story.book.PageRepository;
import io.storyloom.story.book.PageRevision;
import io.storyloom.story.book.PageRevisionRepository;
import io.storyloom.story.book.StoryRepository;
import io.storyloom.story.pictures.PictureLedger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stories and pages, and saves what the generator writes, one step at a time, so that a
 * restarted job can see which steps are done.
 */
@Service
public class StoryContent {

    private final StoryRepository stories;
    private final PageRepository pages;
    private final PageRevisionRepository revisions;
    private final PictureLedger pictures;
    private final Clock clock;

    StoryContent(StoryRepository stories, PageRepository pages, PageRevisionRepository revisions,
            PictureLedger pictures, Clock clock) {
        this.stories = stories;
        this.pages = pages;
        this.revisions = revisions;
        this.pictures = pictures;
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

    /** Saves the title, meta and every page's text together; a second call for the same story changes nothing. */
    @Transactional
    public void saveOutline(UUID storyId, Outline outline, String actor) {
        // Under the story's lock, so that of two runs racing here (a stalled attempt and its restart) one
        // saves and the other finds the outline saved.
        Story story = stories.lock(storyId).orElse(null);
        if (story == null || pages.count(storyId) > 0) {
            return; // deleted, or a resumed run whose outline was saved before the interruption
        }
        OffsetDateTime at = now();
        WriteLog.run("save_outline", storyId, null, () -> stories.saveOutline(story, outline, actor, at));
        // One batch for all pages (and one for their first revisions), timed as such in the log.
        WriteLog.run("insert_pages", storyId, null, () -> {
            pages.insertAll(storyId, outline.pageTexts(), "AI", actor, at);
            revisions.appendWritten(storyId, outline.pageTexts(), actor, at);
        });
    }

    public void saveVisualProfile(UUID storyId, VisualProfile visualProfile, String actor) {
        WriteLog.run("save_visual_profile", storyId, null,
                () -> stories.saveVisualProfile(storyId, visualProfile, actor, now()));
    }

    public void saveBaseStyle(UUID storyId, BaseStyle baseStyle, String actor) {
        WriteLog.run("save_base_style", storyId, null, () -> stories.saveBaseStyle(storyId, baseStyle, actor, now()));
    }

    public void saveReferenceImage(UUID storyId, String imageKey, String actor) {
        WriteLog.run("save_reference_image", storyId, null,
                () -> stories.saveReferenceImage(storyId, imageKey, actor, now()));
    }

    public void saveSceneMoment(UUID storyId, int page, SceneMoment sceneMoment, String actor) {
        WriteLog.run("save_scene_moment", storyId, page,
                () -> pages.saveSceneMoment(storyId, page, sceneMoment, actor, now()));
    }

    public void saveImagePrompt(UUID storyId, int page, String imagePrompt, String actor) {
        WriteLog.run("save_image_prompt", storyId, page,
                () -> pages.saveImagePrompt(storyId, page, imagePrompt, actor, now()));
    }

    /** Saves a page's picture, recorded in the page's history as drawn or, when it replaces one, redrawn. */
    @Transactional
    public void savePageImage(UUID storyId, int page, String imageKey, long seed, String actor) {
        WriteLog.run("save_page_image", storyId, page, () -> {
            OffsetDateTime at = now();
            String before = pages.lock(storyId, page).map(Page::imageKey).orElse(null);
            pages.saveImage(storyId, page, imageKey, seed, actor, at);
            revisions.append(storyId, page, before == null ? PageRevision.Kind.DRAWN : PageRevision.Kind.REDRAWN,
                    null, null, before, imageKey, "AI", actor, at);
        });
    }

    /** Counts a language model answer (its repair round included) towards what the story cost. */
    public void recordTextUsage(UUID storyId, long promptTokens, long completionTokens, int calls) {
        stories.addUsage(storyId, promptTokens, completionTokens, calls, 0);
    }

    /**
     * Counts a drawn picture towards what the story cost and its owner's daily picture budget.
     *
     * @param page   the page it was drawn for, {@code null} for the character reference picture
     * @param redraw whether a person asked for it again
     */
    @Transactional
    public void recordImage(UUID storyId, Integer page, boolean redraw) {
        stories.addUsage(storyId, 0, 0, 0, 1);
        pictures.record(storyId, page, redraw, now());
    }

    /** Counts characters read aloud towards what the story cost, like a drawn picture, re-narrations included. */
    public void recordNarration(UUID storyId, int characters) {
        stories.addNarration(storyId, characters);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
