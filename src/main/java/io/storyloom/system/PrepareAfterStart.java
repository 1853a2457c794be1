package io.storyloom.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up (healthy, answering), prepares every {@link Preparable} on one background thread, at the
 * background threads' lower priority, so the work leaves the start and the requests coming in meanwhile. A
 * preparation that fails is logged and left to the first use, which fails the same way where it can be seen.
 */
@Component
class PrepareAfterStart {

    private static final Logger log = LoggerFactory.getLogger(PrepareAfterStart.class);

    private final ObjectProvider<Preparable> preparables;

    PrepareAfterStart(ObjectProvider<Preparable> preparables) {
        this.preparables = preparables;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareInBackground() {
        // Asked now, not when this bean is made: a bean registered as another type (a TextModel) is matched
        // by what it is once every singleton exists.
        var all = preparables.orderedStream().toList();
        BackgroundThreads.factory("prepare-").newThread(() -> all.forEach(PrepareAfterStart::prepare)).start();
    }

    static void prepare(Preparable preparable) {
        try {
            preparable.prepare();
        } catch (RuntimeException e) {
            log.warn("Could not prepare {} after start; its first use will try again", preparable.getClass().getName(), e);
        }
    }
}
