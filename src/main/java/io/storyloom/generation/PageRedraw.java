package io.storyloom.generation;

import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Draws one page of a finished book again, with a new seed, through the same status as a whole book:
 * GENERATING_PAGE_IMAGE_{n}, then COMPLETE. The new seed comes from the attempt, so a job resumed after
 * a crash recognises a picture it already drew and does not draw it twice.
 */
@Component
class PageRedraw {

    private static final Logger log = LoggerFactory.getLogger(PageRedraw.class);

    private final StoryContent content;
    private final GenerationRunner runner;
    private final PageIllustrationStep illustration;
    private final Looks looks;

    PageRedraw(StoryContent content, GenerationRunner runner, PageIllustrationStep illustration, Looks looks) {
        this.content = content;
        this.runner = runner;
        this.illustration = illustration;
        this.looks = looks;
    }

    void run(RedrawPageJob job) {
        Story story = content.find(job.storyId()).orElse(null);
        if (story == null || story.attempt() != job.attempt() || story.statusKind().isTerminal()) {
            log.info("Nothing to redraw for story {} attempt {}", job.storyId(), job.attempt());
            return;
        }
        MDC.put("page", Integer.toString(job.page()));
        try {
            runner.run(story, job.attempt(), run -> redraw(run, story, job));
        } finally {
            MDC.remove("page");
        }
    }

    private void redraw(GenerationRun run, Story story, RedrawPageJob job) {
        Page page = content.page(story.id(), job.page()).orElseThrow(() -> new GenerationStopped(story.id()));
        long seed = PageIllustrationStep.pageSeed(story.seed() + 7919L * job.attempt(), job.page());
        run.enter(StoryStatus.GENERATING_PAGE_IMAGE, job.page());
        if (page.imageSeed() == null || page.imageSeed() != seed) {
            illustration.redraw(run, looks.of(story), page, seed, job.requestedBy());
        }
        run.complete();
        log.info("Page {} redrawn", job.page());
    }
}
