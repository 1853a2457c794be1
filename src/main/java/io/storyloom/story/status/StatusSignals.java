package io.storyloom.story.status;

import io.storyloom.story.StoryStatusChanged;
import io.storyloom.system.Signals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signals every new status (and finished page) to the other processes, with the story's id: sent inside
 * the transaction that writes it, so the others hear of it as it commits, never before and never for a
 * rolled-back one. {@link StatusCache} and {@link StatusFeed} listen.
 */
@Component
class StatusSignals {

    static final String CHANNEL = "storyloom_status";

    private final Signals signals;

    StatusSignals(Signals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(StoryStatusChanged changed) {
        signals.send(CHANNEL, changed.storyId().toString());
    }
}
