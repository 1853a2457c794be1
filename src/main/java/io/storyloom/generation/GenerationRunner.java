package io.storyloom.generation;

import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryProgress;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Runs work on one story attempt and turns its end into the right outcome: done; stopped quietly when
 * the story was deleted, cancelled or restarted; handed back to the job queue when the process is
 * shutting down; otherwise FAILED with a message a parent can act on, details in the log.
 */
@Component
class GenerationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerationRunner.class);

    private final StoryContent content;
    private final StoryProgress progress;
    private final Pictures pictures;
    private final RunningGenerations running;
    private final GenerationShutdown shutdown;

    GenerationRunner(StoryContent content, StoryProgress progress, Pictures pictures, RunningGenerations running,
            GenerationShutdown shutdown) {
        this.content = content;
        this.progress = progress;
        this.pictures = pictures;
        this.running = running;
        this.shutdown = shutdown;
    }

    void run(Story story, int attempt, Consumer<GenerationRun> work) {
        MDC.put("story_id", story.id().toString());
        GenerationRun run = new GenerationRun(story.id(), attempt, StoryBriefs.of(story), progress, story.ownerId());
        RuntimeException failure = null;
        running.register(run);
        try (run) {
            work.accept(run);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            // Closing waited for the run's other threads, so no step still runs when the outcome is written
            // and a quick retry cannot meet work of this attempt.
            running.unregister(run);
        }
        try {
            if (failure != null) {
                end(run, failure);
            }
        } finally {
            MDC.remove("story_id");
        }
    }

    private void end(GenerationRun run, RuntimeException failure) {
        boolean interrupted = Thread.interrupted(); // never leave the flag set on JobRunr's worker thread
        if (shutdown.isShuttingDown()) {
            log.info("Shutting down: handing the story back to the job queue");
            throw new GenerationInterrupted(run.storyId(), failure);
        }
        if (failure instanceof GenerationStopped || run.isStopped()) {
            log.info("Generation stopped: the story was deleted, cancelled or restarted meanwhile");
            if (content.find(run.storyId()).isEmpty()) {
                pictures.deleteAll(run.storyId()); // pictures drawn after a delete would otherwise linger
            }
            return;
        }
        log.error("Generation failed{}", interrupted ? " (interrupted)" : "", failure);
        progress.fail(run.storyId(), run.attempt(), GenerationFailures.messageFor(failure),
                GenerationFailures.detail(failure), GenerationRun.ACTOR);
    }
}
