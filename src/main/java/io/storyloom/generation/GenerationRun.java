package io.storyloom.generation;

import io.storyloom.prompt.StoryBrief;
import io.storyloom.story.StoryProgress;
import io.storyloom.story.StoryStatus;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;

/**
 * One run of the pipeline over one story attempt: which story, what was asked, and the threads its
 * steps use. It can be stopped from outside (cancel, a newer attempt, shutdown): then no further
 * provider call starts and the calls under way are interrupted. Closing it waits for its threads.
 */
final class GenerationRun implements AutoCloseable {

    static final String ACTOR = "generator";

    private final UUID storyId;
    private final int attempt;
    private final StoryBrief brief;
    private final StoryProgress progress;
    private final String tenant;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Future<?>> forked = ConcurrentHashMap.newKeySet();
    private final Thread owner = Thread.currentThread();
    private volatile boolean stopped;
    private volatile boolean completing;

    /** @param owner the account the book is for, whose pictures share the image provider fairly with others' */
    GenerationRun(UUID storyId, int attempt, StoryBrief brief, StoryProgress progress, UUID owner) {
        this.storyId = storyId;
        this.attempt = attempt;
        this.brief = brief;
        this.progress = progress;
        this.tenant = owner == null ? null : owner.toString();
    }

    UUID storyId() {
        return storyId;
    }

    int attempt() {
        return attempt;
    }

    StoryBrief brief() {
        return brief;
    }

    /** Whom the run's pictures are for, as the image provider's fair share knows it: the owner's account. */
    String tenant() {
        return tenant;
    }

    /** Enters the next state, or stops the run if the story was deleted, ended or re-queued meanwhile. */
    void enter(StoryStatus status, int page) {
        ensureActive();
        if (!progress.enter(storyId, attempt, status, page, ACTOR)) {
            stop();
            throw new GenerationStopped(storyId);
        }
    }

    void pageFinished() {
        if (!progress.pageFinished(storyId, attempt)) {
            stop();
            throw new GenerationStopped(storyId);
        }
    }

    void complete() {
        completing = true; // set before the story reads COMPLETE, so the unwanted-run check never sees it as ended
        if (!progress.complete(storyId, attempt, ACTOR)) {
            throw new GenerationStopped(storyId);
        }
    }

    /** Called before every provider call: a stopped run makes no more. */
    void ensureActive() {
        if (stopped) {
            throw new GenerationStopped(storyId);
        }
    }

    boolean isStopped() {
        return stopped;
    }

    /** Whether the run has reached its own end: writing COMPLETE, or done with it. */
    boolean isCompleting() {
        return completing;
    }

    /** Stops the run from another thread: interrupts the provider calls under way. */
    void stop() {
        stopped = true;
        forked.forEach(task -> task.cancel(true));
        if (owner != Thread.currentThread()) {
            owner.interrupt();
        }
    }

    /** Runs a task on its own thread, carrying the log context (story id) along. */
    <T> Future<T> fork(Callable<T> task) {
        ensureActive();
        Map<String, String> context = MDC.getCopyOfContextMap();
        Future<T> future = executor.submit(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                return task.call();
            } finally {
                MDC.clear();
            }
        });
        forked.add(future);
        return future;
    }

    @Override
    public void close() {
        executor.close();
    }
}
