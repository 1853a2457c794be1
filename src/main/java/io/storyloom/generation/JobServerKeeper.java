package io.storyloom.generation;

import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts this process's job server again when JobRunr stopped it on its own. JobRunr stops its
 * background job server for good after what it calls an unrecoverable error, e.g. when the server's
 * heartbeat could not be written for longer than its timeout (the database down, or its pool starved,
 * for a minute); the process would go on taking books and never make them. A stop by the app's own
 * shutdown is left alone.
 */
@Component
class JobServerKeeper {

    private static final Logger log = LoggerFactory.getLogger(JobServerKeeper.class);

    private final ObjectProvider<BackgroundJobServer> server;
    private volatile boolean closing;

    JobServerKeeper(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    @Scheduled(fixedDelayString = "5s", initialDelayString = "5s")
    void keepRunning() {
        BackgroundJobServer local = server.getIfAvailable();
        if (local == null || closing || local.isRunning()) {
            return;
        }
        log.warn("The job server had stopped; starting it again");
        try {
            local.start();
        } catch (RuntimeException e) {
            log.warn("The job server could not be started again; trying again in 5 s: {}", e.getMessage());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }
}
