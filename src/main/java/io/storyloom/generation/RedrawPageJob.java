package io.storyloom.generation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** The durable job that draws one page's picture again. Public because JobRunr instantiates it. */
public record RedrawPageJob(UUID storyId, int page, int attempt, String requestedBy) implements JobRequest {

    @Override
    public Class<RedrawPageJobHandler> getJobRequestHandler() {
        return RedrawPageJobHandler.class;
    }

    UUID jobId() {
        return UUID.nameUUIDFromBytes(("redraw-page:" + storyId + ":" + page + ":" + attempt)
                .getBytes(StandardCharsets.UTF_8));
    }
}
