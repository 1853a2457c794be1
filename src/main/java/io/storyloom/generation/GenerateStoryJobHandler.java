package io.storyloom.generation;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** Runs a {@link GenerateStoryJob}. Public because JobRunr invokes it reflectively. */
@Component
public class GenerateStoryJobHandler implements JobRequestHandler<GenerateStoryJob> {

    private final StoryPipeline pipeline;

    GenerateStoryJobHandler(StoryPipeline pipeline) {
        this.pipeline = pipeline;
    }

    // The pipeline ends every failure itself; JobRunr's retries are for a worker that died mid-job,
    // whose orphaned job is then resumed from the last saved step.
    @Override
    @Job(name = "Generate story %0", retries = 3)
    public void run(GenerateStoryJob job) {
        pipeline.run(job.storyId(), job.attempt());
    }
}
