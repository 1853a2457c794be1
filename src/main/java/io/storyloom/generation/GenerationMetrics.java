package io.storyloom.generation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.storyloom.story.StoryMonitoring;
import io.storyloom.story.StoryStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Generation as numbers: {@code storyloom.stories} (stories by status, page states folded into
 * GENERATING_PAGE_IMAGE), {@code storyloom.generation.steps} (how long each step takes, by outcome)
 * and {@code storyloom.queue.jobs} (the job queue by state). Counts are refreshed every 15 s, not
 * queried on every scrape ({@code storyloom.metrics.refresh-interval}).
 */
@Component
class GenerationMetrics implements SchedulingConfigurer {

    private final MeterRegistry registry;
    private final StoryMonitoring stories;
    private final StorageProvider jobs;
    private final Settings settings;
    private final Map<String, Long> storiesByStatus = new ConcurrentHashMap<>();
    private final AtomicReference<JobStats> queue = new AtomicReference<>(JobStats.empty());

    GenerationMetrics(MeterRegistry registry, StoryMonitoring stories, StorageProvider jobs, Settings settings) {
        this.registry = registry;
        this.stories = stories;
        this.jobs = jobs;
        this.settings = settings;
        for (StoryStatus status : StoryStatus.values()) {
            String name = status.name();
            storiesByStatus.put(name, 0L);
            Gauge.builder("storyloom.stories", storiesByStatus, counts -> counts.getOrDefault(name, 0L))
                    .description("Stories by status").tag("status", name).register(registry);
        }
        queueGauge("enqueued", JobStats::getEnqueued);
        queueGauge("processing", JobStats::getProcessing);
        queueGauge("scheduled", JobStats::getScheduled);
        queueGauge("failed", JobStats::getFailed);
        refresh();
    }

    /** Times one step of a run; a step that throws is recorded with outcome "failed". */
    <T> T time(String step, Supplier<T> work) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } finally {
            Timer.builder("storyloom.generation.steps").description("Duration of generation steps")
                    .tag("step", step).tag("outcome", outcome).register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    void time(String step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::refresh, settings.refreshInterval());
    }

    void refresh() {
        Map<StoryStatus, Long> counts = stories.countByStatus();
        storiesByStatus.replaceAll((status, old) -> counts.getOrDefault(StoryStatus.valueOf(status), 0L));
        queue.set(jobs.getJobStats());
    }

    private void queueGauge(String state, java.util.function.Function<JobStats, Long> count) {
        Gauge.builder("storyloom.queue.jobs", queue, stats -> {
                    Long value = count.apply(stats.get());
                    return value == null ? 0 : value;
                })
                .description("Jobs in the queue by state").tag("state", state).register(registry);
    }

    /** @param refreshInterval how often the story and queue counts are read again */
    @ConfigurationProperties("storyloom.metrics")
    @Validated
    record Settings(@DefaultValue("15s") @NotNull @DurationMin(millis = 1) Duration refreshInterval) {
    }
}
