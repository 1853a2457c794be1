package io.storyloom.generation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import io.storyloom.story.StoryMonitoring;
import io.storyloom.story.StoryStopped;

/**
 * The runs under way in this process. Twice a second it looks in the database whether their stories
 * still want them — a cancel or a watchdog restart may come from any process — and stops those that
 * do not, so no further provider call is made for them.
 */
@Component
class RunningGenerations implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RunningGenerations.class);

    private final Map<UUID, GenerationRun> runs = new ConcurrentHashMap<>();
    private final StoryMonitoring stories;
    private final GenerationProperties settings;

    RunningGenerations(StoryMonitoring stories, GenerationProperties settings) {
        this.stories = stories;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::stopUnwanted, settings.stopCheckInterval());
    }

    void register(GenerationRun run) {
        runs.put(run.storyId(), run);
    }

    void unregister(GenerationRun run) {
        runs.remove(run.storyId(), run);
    }

    /** A stop decided in this process reaches its run at once; from other processes, at the next check. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryStopped event) {
        GenerationRun run = runs.get(event.storyId());
        if (run != null) {
            log.atInfo().addKeyValue("story_id", event.storyId())
                    .log("Stopping generation of story {}: it was ended", event.storyId());
            run.stop();
        }
    }

    void stopUnwanted() {
        if (runs.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(runs.keySet());
        Map<UUID, Integer> wanted = stories.attemptsStillWanted(ids);
        for (UUID id : ids) {
            GenerationRun run = runs.get(id);
            // A run that completed its story reads as ended too until it is unregistered: it is not stopped.
            if (run != null && !run.isStopped() && !run.isCompleting()
                    && !Integer.valueOf(run.attempt()).equals(wanted.get(id))) {
                log.atInfo().addKeyValue("story_id", id)
                        .log("Stopping generation of story {}: it was cancelled, deleted or restarted", id);
                run.stop();
            }
        }
    }
}
