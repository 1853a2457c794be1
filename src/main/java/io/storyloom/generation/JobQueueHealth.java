package io.storyloom.generation;

import org.jobrunr.storage.StorageProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Ready only when the job queue's storage answers: no point taking stories that cannot be queued. */
@Component("jobQueue")
class JobQueueHealth extends AbstractHealthIndicator {

    private final StorageProvider jobs;

    JobQueueHealth(StorageProvider jobs) {
        super("The job queue cannot be read");
        this.jobs = jobs;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var stats = jobs.getJobStats();
        builder.up().withDetail("enqueued", stats.getEnqueued()).withDetail("processing", stats.getProcessing())
                .withDetail("servers", stats.getBackgroundJobServers());
    }
}
