package io.storyloom.generation;

import io.storyloom.prompt.StoryBrief;
import io.storyloom.story.StoryProgress;
import io.storyloom.story.StoryStatus;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;

/**
 * One run of the pipeline over one story: which story, what was asked, and the threads its steps
 * may use. Closing it waits for those threads.
 */
final class GenerationRun implements AutoCloseable {

    static final String ACTOR = "generator";

    private final UUID storyId;
    private final StoryBrief brief;
    private final StoryProgress progress;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    GenerationRun(UUID storyId, StoryBrief brief, StoryProgress progress) {
        this.storyId = storyId;
        this.brief = brief;
        this.progress = progress;
    }

    UUID storyId() {
        return storyId;
    }

    StoryBrief brief() {
        return brief;
    }

    /** Enters the next state, or stops the run if the story was deleted or ended meanwhile. */
    void enter(StoryStatus status, int page) {
        if (!progress.enter(storyId, status, page, ACTOR)) {
            throw new GenerationStopped(storyId);
        }
    }

    void pageFinished() {
        if (!progress.pageFinished(storyId)) {
            throw new GenerationStopped(storyId);
        }
    }

    /** Runs a task on its own thread, carrying the log context (story id) along. */
    <T> Future<T> fork(Callable<T> task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return executor.submit(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                return task.call();
            } finally {
                MDC.clear();
            }
        });
    }

    @Override
    public void close() {
        executor.close();
    }
}
