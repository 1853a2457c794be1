package io.storyloom.generation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import io.storyloom.story.StoryMonitoring;
import io.storyloom.story.StoryMonitoring.UnfinishedStory;
import io.storyloom.story.StoryProgress;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Makes sure no story stays GENERATING_* forever. Once a minute (one process of the cluster runs it,
 * as a JobRunr recurring job) it looks for stories being made whose job has vanished, or whose status
 * has not moved for {@code storyloom.watchdog.stale-after}; each is restarted from its last finished
 * step, or, after {@code max-restarts}, ended FAILED with a message. Public because JobRunr calls it.
 */
@Component
public class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private static final String ACTOR = "watchdog";
    private static final Set<StateName> ALIVE = EnumSet.of(StateName.AWAITING, StateName.SCHEDULED,
            StateName.ENQUEUED, StateName.PROCESSING);

    private final Settings settings;
    private final StoryMonitoring stories;
    private final StorageProvider jobs;
    private final StoryProgress progress;
    private final StoryJobs queue;
    private final Clock clock;

    Watchdog(Settings settings, StoryMonitoring stories, StorageProvider jobs, StoryProgress progress, StoryJobs queue,
            Clock clock) {
        this.settings = settings;
        this.stories = stories;
        this.jobs = jobs;
        this.progress = progress;
        this.queue = queue;
        this.clock = clock;
    }

    // JobRunr registers this from the annotation; it reads the same storyloom.watchdog.interval Settings validates.
    @Recurring(id = "storyloom-watchdog", interval = "${storyloom.watchdog.interval:PT1M}")
    public void check() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UnfinishedStory> suspects = stories.unfinishedUntouchedSince(now.minus(settings.grace()));
        for (UnfinishedStory story : suspects) {
            boolean stale = story.updatedAt().isBefore(now.minus(settings.staleAfter()));
            if (stale || !jobAlive(story.jobId())) {
                rescue(story, stale ? "its status has not moved since " + story.updatedAt() : "its job is gone");
            }
        }
    }

    private void rescue(UnfinishedStory story, String reason) {
        if (story.watchdogRestarts() >= settings.maxRestarts()) {
            log.warn("Story {} is stuck ({}), restarted {} times already: ending it", story.id(), reason,
                    story.watchdogRestarts());
            progress.stop(story.id(), "This book got stuck and we stopped trying. "
                    + "Press Retry to continue from where it stopped.", ACTOR);
            return;
        }
        log.warn("Story {} is stuck ({}): restarting it from its last finished step", story.id(), reason);
        progress.restart(story.id(), "Picking up where it stopped", ACTOR)
                .ifPresent(attempt -> queue.generate(story.id(), attempt));
    }

    private boolean jobAlive(UUID jobId) {
        if (jobId == null) {
            return false;
        }
        try {
            return ALIVE.contains(jobs.getJobById(jobId).getState());
        } catch (JobNotFoundException gone) {
            return false;
        }
    }

    /**
     * @param interval    how often the check runs (once in the whole cluster)
     * @param grace       how long a story may wait for its job to appear before it counts as vanished
     * @param staleAfter  how long a status may stand still, whatever its job says
     * @param maxRestarts restarts before the watchdog gives up and ends the story FAILED
     */
    @ConfigurationProperties("storyloom.watchdog")
    @Validated
    record Settings(@DefaultValue("PT1M") @NotNull @DurationMin(millis = 1) Duration interval,
            @DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration grace,
            @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration staleAfter,
            @DefaultValue("2") @Min(0) int maxRestarts) {
    }
}
