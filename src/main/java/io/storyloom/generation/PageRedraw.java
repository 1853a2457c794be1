package io.storyloom.generation;

import io.storyloom.prompt.BaseStyle;
import io.storyloom.prompt.VisualProfile;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryProgress;
import io.storyloom.story.StoryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws one page of a finished book again, with a new seed, through the same status as a whole book:
 * GENERATING_PAGE_IMAGE_{n}, then COMPLETE. The new seed comes from the attempt, so a job resumed after
 * a crash recognises a picture it already drew and does not draw it twice.
 */
@Component
class PageRedraw {

    private static final Logger log = LoggerFactory.getLogger(PageRedraw.class);

    private final StoryContent content;
    private final StoryProgress progress;
    private final PageIllustrationStep illustration;
    private final Pictures pictures;
    private final JsonMapper json;

    PageRedraw(StoryContent content, StoryProgress progress, PageIllustrationStep illustration, Pictures pictures,
            JsonMapper json) {
        this.content = content;
        this.progress = progress;
        this.illustration = illustration;
        this.pictures = pictures;
        this.json = json;
    }

    void run(RedrawPageJob job) {
        MDC.put("story_id", job.storyId().toString());
        MDC.put("page", Integer.toString(job.page()));
        try {
            Story story = content.find(job.storyId()).orElse(null);
            if (story == null || story.attempt() != job.attempt() || story.statusKind().isTerminal()) {
                log.info("Nothing to redraw for attempt {}", job.attempt());
                return;
            }
            Page page = content.page(job.storyId(), job.page()).orElseThrow(() -> new GenerationStopped(job.storyId()));
            long seed = PageIllustrationStep.pageSeed(story.seed() + 7919L * job.attempt(), job.page());
            try (var run = new GenerationRun(story.id(), StoryBriefs.of(story), progress)) {
                run.enter(StoryStatus.GENERATING_PAGE_IMAGE, job.page());
                if (page.imageSeed() == null || page.imageSeed() != seed) {
                    Look look = new Look(json.readValue(story.visualProfile(), VisualProfile.class),
                            json.readValue(story.baseStyle(), BaseStyle.class),
                            story.referenceImageKey() == null ? null : pictures.load(story.referenceImageKey()));
                    illustration.redraw(run, look, page, seed, job.requestedBy());
                }
                if (!progress.complete(story.id(), GenerationRun.ACTOR)) {
                    throw new GenerationStopped(story.id());
                }
            }
            log.info("Page {} redrawn", job.page());
        } catch (GenerationStopped stopped) {
            log.info("Redraw stopped: the story was deleted or ended meanwhile");
        } catch (RuntimeException failure) {
            log.error("Redraw failed", failure);
            progress.fail(job.storyId(), GenerationFailures.messageFor(failure), GenerationFailures.detail(failure),
                    GenerationRun.ACTOR);
        } finally {
            MDC.remove("story_id");
            MDC.remove("page");
        }
    }
}
