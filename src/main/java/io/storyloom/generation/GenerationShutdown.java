package io.storyloom.generation;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Knows when this process is shutting down. A run interrupted then is handed back to the job queue
 * (another worker, or this one after a restart, resumes it) instead of being reported as failed.
 */
@Component
class GenerationShutdown implements ApplicationListener<ContextClosedEvent> {

    private volatile boolean shuttingDown;

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
    }

    boolean isShuttingDown() {
        return shuttingDown;
    }
}
