package io.storyloom.generation;

import io.storyloom.prompt.StoryPromptService;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.story.Outline;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryMeta;
import io.storyloom.story.StoryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** GENERATING_OUTLINE: the title, meta and every page's text, saved together. */
@Component
class OutlineStep {

    private static final Logger log = LoggerFactory.getLogger(OutlineStep.class);

    private final StoryPromptService prompts;
    private final StoryContent content;
    private final Costs costs;

    OutlineStep(StoryPromptService prompts, StoryContent content, Costs costs) {
        this.prompts = prompts;
        this.content = content;
        this.costs = costs;
    }

    void run(GenerationRun run, Story story) {
        if (story.hasOutline()) {
            return;
        }
        run.enter(StoryStatus.GENERATING_OUTLINE, 0);
        long started = System.nanoTime();
        run.ensureActive();
        var answer = costs.asking(run, () -> prompts.generateStructuredStory(run.brief()));
        StructuredStory written = answer.value();
        content.saveOutline(run.storyId(), new Outline(written.title(),
                new StoryMeta(written.meta().setting(), written.meta().tone(), written.meta().lesson()),
                written.pages().stream().map(StructuredStory.PageText::text).toList()), answer.model());
        costs.text(run, answer);
        log.info("Outline of {} pages written by {} in {} ms", written.pages().size(), answer.model(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
