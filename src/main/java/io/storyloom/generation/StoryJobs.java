package io.storyloom.generation;

import io.storyloom.story.PageRedrawQueued;
import io.storyloom.story.StoryQueued;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Puts a story's generation on the durable job queue once the request that asked for it has committed. */
@Component
class StoryJobs {

    private static final Logger log = LoggerFactory.getLogger(StoryJobs.class);

    private final JobRequestScheduler scheduler;
    private final JobQueueNudge nudge;

    StoryJobs(JobRequestScheduler scheduler, JobQueueNudge nudge) {
        this.scheduler = scheduler;
        this.nudge = nudge;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryQueued event) {
        var job = new GenerateStoryJob(event.storyId(), event.attempt());
        scheduler.enqueue(job.jobId(), job);
        log.info("Queued generation of story {} (attempt {})", event.storyId(), event.attempt());
        nudge.nudge();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PageRedrawQueued event) {
        var job = new RedrawPageJob(event.storyId(), event.page(), event.attempt(), event.requestedBy());
        scheduler.enqueue(job.jobId(), job);
        log.info("Queued redraw of page {} of story {}", event.page(), event.storyId());
        nudge.nudge();
    }
}
