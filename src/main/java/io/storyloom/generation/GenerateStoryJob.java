package io.storyloom.generation;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The durable job that generates one story. The attempt tells a stale job (from before a retry)
 * apart from the current one.
 */
public record GenerateStoryJob(UUID storyId, int attempt) implements JobRequest {

    @Override
    public Class<GenerateStoryJobHandler> getJobRequestHandler() {
        return GenerateStoryJobHandler.class;
    }

    /** The same story and attempt always give the same job id, so enqueueing twice runs it once. */
    UUID jobId() {
        return UUID.nameUUIDFromBytes(("generate-story:" + storyId + ":" + attempt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
