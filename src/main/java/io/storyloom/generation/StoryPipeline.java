package io.storyloom.generation;

import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates one story: outline, then characters and style, then the pages' pictures, then (when
 * narration is on) each page read aloud, then COMPLETE.
 * Every step saves its output before the next begins and skips work already saved, so a retried or
 * restarted run continues where the last one stopped.
 */
@Component
class StoryPipeline {

    private static final Logger log = LoggerFactory.getLogger(StoryPipeline.class);

    private final StoryContent content;
    private final GenerationRunner runner;
    private final OutlineStep outline;
    private final CharacterDesignStep design;
    private final PageIllustrationStep illustration;
    private final NarrationStep narration;
    private final GenerationMetrics metrics;

    StoryPipeline(StoryContent content, GenerationRunner runner, OutlineStep outline, CharacterDesignStep design,
            PageIllustrationStep illustration, NarrationStep narration, GenerationMetrics metrics) {
        this.content = content;
        this.runner = runner;
        this.outline = outline;
        this.design = design;
        this.illustration = illustration;
        this.narration = narration;
        this.metrics = metrics;
    }

    void run(UUID storyId, int attempt) {
        Story story = content.find(storyId).orElse(null);
        if (story == null || story.attempt() != attempt || story.statusKind().isTerminal()) {
            log.info("Nothing to do for story {} attempt {}", storyId, attempt);
            return;
        }
        runner.run(story, attempt, run -> generate(run, story));
    }

    private void generate(GenerationRun run, Story story) {
        long started = System.nanoTime();
        metrics.time("story", () -> {
            metrics.time("outline", () -> outline.run(run, story));
            Story written = content.find(story.id()).orElseThrow(() -> new GenerationStopped(story.id()));
            var text = StoryBriefs.outline(written, content.pages(story.id()));
            Look look = metrics.time("design", () -> design.run(run, written, text, content.pages(story.id())));
            metrics.time("pages", () -> illustration.run(run, text, look, content.pages(story.id())));
            metrics.time("narration", () -> narration.run(run));
            run.complete();
        });
        log.atInfo().addKeyValue("operation", "complete_story")
                .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
                .log("Story complete in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
