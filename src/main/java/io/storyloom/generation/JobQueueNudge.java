package io.storyloom.generation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.tasks.steward.OnboardNewWorkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts a just-queued job now when this process runs a JobRunr worker. JobRunr's SQL storage polls
 * for new work at most every five seconds; a parent watching the screen should not wait for that.
 * The claim goes through JobRunr's own onboarding task, which takes jobs from the database atomically,
 * so a job is still run once however many workers look. Without a local worker, polling does the work.
 */
@Component
class JobQueueNudge implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobQueueNudge.class);

    private final ObjectProvider<BackgroundJobServer> server;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("queue-nudge").factory());
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile OnboardNewWorkTask onboarding;

    JobQueueNudge(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    void nudge() {
        BackgroundJobServer local = server.getIfAvailable();
        if (local == null || !local.isRunning()) {
            return;
        }
        // Nudges that arrive while one runs are folded into one more round.
        if (pending.compareAndSet(false, true)) {
            runner.execute(() -> onboard(local));
        }
    }

    private void onboard(BackgroundJobServer local) {
        try {
            if (onboarding == null) {
                onboarding = new OnboardNewWorkTask(local);
            }
            pending.set(false);
            onboarding.runTaskThreadSafe();
        } catch (RuntimeException e) {
            log.debug("Could not start queued work at once; the next poll will", e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
