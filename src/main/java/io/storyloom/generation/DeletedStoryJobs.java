package io.storyloom.generation;

import io.storyloom.story.StoryDeleted;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted story's jobs from the job queue's tables, so no trace of the story (a redraw job
 * names who asked for it) stays there. Job ids follow from the story, its attempts and its pages. A
 * job still running is only marked deleted, which JobRunr expects of a running job (it interrupts it;
 * {@code StoryStopped} has stopped the run already), and removes for good after
 * {@code jobrunr.background-job-server.permanently-delete-deleted-jobs-after}.
 */
@Component
class DeletedStoryJobs {

    private final StorageProvider jobs;
    private final JobRequestScheduler scheduler;
    private final AfterCommit afterCommit;

    DeletedStoryJobs(StorageProvider jobs, JobRequestScheduler scheduler, AfterCommit afterCommit) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.afterCommit = afterCommit;
    }

    /** On a thread of its own, not the deleting request's connection ({@link AfterCommit}). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryDeleted event) {
        afterCommit.run("remove_jobs", event.storyId(), () -> removeJobs(event));
    }

    private void removeJobs(StoryDeleted event) {
        for (UUID id : ids(event)) {
            try {
                if (jobs.getJobById(id).hasState(StateName.PROCESSING)) {
                    scheduler.delete(id, "Its story was deleted");
                } else {
                    jobs.deletePermanently(id);
                }
            } catch (JobNotFoundException absent) {
                // never queued, or gone already
            }
        }
    }

    static List<UUID> ids(StoryDeleted event) {
        List<UUID> ids = new ArrayList<>();
        for (int attempt = 1; attempt <= event.attempts(); attempt++) {
            ids.add(new GenerateStoryJob(event.storyId(), attempt).jobId());
            // A redraw is its own attempt, never the first.
            for (int page = 1; attempt > 1 && page <= event.pagesTotal(); page++) {
                ids.add(new RedrawPageJob(event.storyId(), page, attempt, null).jobId());
            }
        }
        return ids;
    }
}
