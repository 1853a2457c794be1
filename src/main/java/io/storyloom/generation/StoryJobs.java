package io.storyloom.generation;

import io.storyloom.story.PageRedrawQueued;
import io.storyloom.story.StoryProgress;
import io.storyloom.story.StoryQueued;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts a story's generation on the durable job queue once the request that asked for it has committed,
 * on a thread of its own ({@link AfterCommit}).
 */
@Component
class StoryJobs {

    private static final Logger log = LoggerFactory.getLogger(StoryJobs.class);

    private final JobRequestScheduler scheduler;
    private final JobQueueNudge nudge;
    private final StoryProgress progress;
    private final AfterCommit afterCommit;

    StoryJobs(JobRequestScheduler scheduler, JobQueueNudge nudge, StoryProgress progress, AfterCommit afterCommit) {
        this.scheduler = scheduler;
        this.nudge = nudge;
        this.progress = progress;
        this.afterCommit = afterCommit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryQueued event) {
        afterCommit.run("queue_generation", event.storyId(), () -> generate(event.storyId(), event.attempt()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PageRedrawQueued event) {
        afterCommit.run("queue_redraw", event.storyId(), () -> {
            var job = new RedrawPageJob(event.storyId(), event.page(), event.attempt(), event.requestedBy());
            enqueue(event.storyId(), event.attempt(), job.jobId(), job);
            log.atInfo().addKeyValue("operation", "queue_redraw").addKeyValue("story_id", event.storyId())
                    .addKeyValue("page", event.page())
                    .log("Queued redraw of page {} of story {}", event.page(), event.storyId());
        });
    }

    void generate(UUID storyId, int attempt) {
        var job = new GenerateStoryJob(storyId, attempt);
        enqueue(storyId, attempt, job.jobId(), job);
        log.atInfo().addKeyValue("operation", "queue_generation").addKeyValue("story_id", storyId)
                .log("Queued generation of story {} (attempt {})", storyId, attempt);
    }

    private void enqueue(UUID storyId, int attempt, UUID jobId, JobRequest job) {
        scheduler.enqueue(jobId, job);
        progress.jobQueued(storyId, attempt, jobId);
        nudge.nudge();
    }
}
