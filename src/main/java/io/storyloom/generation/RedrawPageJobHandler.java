package io.storyloom.generation;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** Runs a {@link RedrawPageJob}. Public because JobRunr invokes it reflectively. */
@Component
public class RedrawPageJobHandler implements JobRequestHandler<RedrawPageJob> {

    private final PageRedraw redraw;

    RedrawPageJobHandler(PageRedraw redraw) {
        this.redraw = redraw;
    }

    @Override
    @Job(name = "Redraw page %0", retries = 3)
    public void run(RedrawPageJob job) {
        redraw.run(job);
    }
}
