package io.storyloom.generation;

import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryProgress;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Generates one story: outline, then characters and style, then the pages' pictures, then COMPLETE.
 * Every step saves its output before the next begins and skips work already saved, so a retried or
 * restarted run continues where the last one stopped. Any failure ends the story FAILED with a
 * message a parent can act on.
 */
@Component
class StoryPipeline {

    private static final Logger log = LoggerFactory.getLogger(StoryPipeline.class);

    private final StoryContent content;
    private final StoryProgress progress;
    private final OutlineStep outline;
    private final CharacterDesignStep design;
    private final PageIllustrationStep illustration;
    private final Pictures pictures;

    StoryPipeline(StoryContent content, StoryProgress progress, OutlineStep outline, CharacterDesignStep design,
            PageIllustrationStep illustration, Pictures pictures) {
        this.content = content;
        this.progress = progress;
        this.outline = outline;
        this.design = design;
        this.illustration = illustration;
        this.pictures = pictures;
    }

    void run(UUID storyId, int attempt) {
        MDC.put("story_id", storyId.toString());
        try {
            Story story = content.find(storyId).orElse(null);
            if (story == null || story.attempt() != attempt || story.statusKind().isTerminal()) {
                log.info("Nothing to do for story {} attempt {}", storyId, attempt);
                return;
            }
            generate(story);
        } catch (GenerationStopped stopped) {
            log.info("Generation stopped: the story was deleted or ended meanwhile");
            if (content.find(storyId).isEmpty()) {
                pictures.deleteAll(storyId); // pictures drawn after a delete would otherwise linger
            }
        } catch (RuntimeException failure) {
            log.error("Generation failed", failure);
            progress.fail(storyId, GenerationFailures.messageFor(failure), GenerationFailures.detail(failure),
                    GenerationRun.ACTOR);
        } finally {
            MDC.remove("story_id");
        }
    }

    private void generate(Story story) {
        long started = System.nanoTime();
        try (var run = new GenerationRun(story.id(), StoryBriefs.of(story), progress)) {
            outline.run(run, story);
            Story written = content.find(story.id()).orElseThrow(() -> new GenerationStopped(story.id()));
            var text = StoryBriefs.outline(written, content.pages(story.id()));
            Look look = design.run(run, written, text, content.pages(story.id()));
            illustration.run(run, text, look, content.pages(story.id()));
            if (!progress.complete(story.id(), GenerationRun.ACTOR)) {
                throw new GenerationStopped(story.id());
            }
        }
        log.info("Story complete in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
