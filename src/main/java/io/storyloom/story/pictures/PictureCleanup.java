package io.storyloom.story.pictures;

import io.storyloom.media.MediaStore;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.time.DurationMin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * Deletes a deleted story's pictures from the media store, durably. The request is a row written in
 * the transaction that deletes the story, so a rolled-back delete keeps its pictures and a committed one
 * cannot forget them. Right after the commit the pictures go; the row stays for {@code grace} and then
 * they are deleted once more, which catches a picture that a job being stopped stored meanwhile. A
 * failed deletion (store unreachable) is logged and tried again with growing pauses.
 */
@Component
public class PictureCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PictureCleanup.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final MediaStore media;
    private final Settings settings;
    private final Clock clock;

    PictureCleanup(JdbcClient jdbc, MediaStore media, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /** Must run inside the transaction that deletes the story's rows. */
    public void deleteAfterCommit(UUID storyId) {
        String prefix = prefix(storyId);
        OffsetDateTime now = now();
        jdbc.sql("insert into picture_cleanup (prefix, requested_at, attempts, next_attempt_at) values (?, ?, 0, ?)")
                .params(prefix, now, now.plus(settings.grace())).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    media.deleteAll(prefix);
                } catch (RuntimeException e) {
                    failed(prefix, 1, e);
                }
            }
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sweep, settings.interval());
    }

    /** Deletes what is due: the second pass of recent deletions, and retries of failed ones. */
    void sweep() {
        List<Due> due = jdbc.sql("select prefix, attempts from picture_cleanup where next_attempt_at <= ? order by next_attempt_at")
                .param(now()).query((rs, row) -> new Due(rs.getString("prefix"), rs.getInt("attempts"))).list();
        for (Due item : due) {
            try {
                media.deleteAll(item.prefix());
                jdbc.sql("delete from picture_cleanup where prefix = ?").param(item.prefix()).update();
            } catch (RuntimeException e) {
                failed(item.prefix(), item.attempts() + 1, e);
            }
        }
    }

    private void failed(String prefix, int attempts, RuntimeException e) {
        Duration pause = settings.grace().multipliedBy(1L << Math.min(attempts, 10));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        log.atWarn().addKeyValue("operation", "delete_pictures").addKeyValue("prefix", prefix)
                .log("Could not delete the pictures under {} (attempt {}); trying again in {} s: {}", prefix, attempts,
                        pause.toSeconds(), e.toString());
        jdbc.sql("update picture_cleanup set attempts = ?, next_attempt_at = ? where prefix = ?")
                .params(attempts, now().plus(pause), prefix).update();
    }

    static String prefix(UUID storyId) {
        return "stories/" + storyId + "/";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private record Due(String prefix, int attempts) {
    }

    /**
     * @param grace    how long after a deletion its pictures are deleted once more (and the first pause
     *                 before a failed deletion is tried again)
     * @param interval how often due deletions are looked for
     */
    @ConfigurationProperties("storyloom.picture-cleanup")
    @Validated
    record Settings(@DefaultValue("1m") @NotNull Duration grace,
            @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration interval) {
    }
}
