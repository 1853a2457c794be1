package io.storyloom.story.status;

import io.storyloom.story.Story;
import io.storyloom.story.StoryStatus;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.validator.constraints.time.DurationMin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes every status a watched story enters to its server-sent-event subscribers. It reads the
 * status history from the database a few times a second — one query for all watched stories — so it
 * sees changes made by any process (a separate worker, say) and never skips a state. Each event's id
 * is its history entry, so a reconnecting client ({@code Last-Event-ID}) misses nothing.
 */
@Component
public class StatusFeed implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StatusFeed.class);
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final JdbcClient jdbc;
    private final Settings settings;
    private final PageStates pageStates;
    private final Map<UUID, List<Subscriber>> watchers = new ConcurrentHashMap<>();

    StatusFeed(JdbcClient jdbc, Settings settings, PageStates pageStates) {
        this.pageStates = pageStates;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::poll, settings.pollInterval());
        tasks.addFixedDelayTask(this::heartbeat, settings.heartbeatInterval());
    }

    public SseEmitter subscribe(Story story, long lastEventId) {
        var subscriber = new Subscriber(new SseEmitter(TIMEOUT_MS), story.id(), lastEventId, -1);
        subscriber.emitter().onCompletion(() -> remove(subscriber));
        subscriber.emitter().onTimeout(() -> remove(subscriber));
        subscriber.emitter().onError(e -> remove(subscriber));
        if (lastEventId < 0) {
            // A new watcher first hears the latest state, from the history, so what follows continues from it.
            entries("h.story_id = :story and h.id = (select max(id) from story_status_history where story_id = :story)",
                    Map.of("story", story.id()), List.of(subscriber));
        }
        watchers.computeIfAbsent(story.id(), id -> new CopyOnWriteArrayList<>()).add(subscriber);
        return subscriber.emitter();
    }

    void poll() {
        if (watchers.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(watchers.keySet());
        long from = watchers.values().stream().flatMap(List::stream).mapToLong(s -> s.lastEventId).min().orElse(0);
        entries("h.story_id in (:ids) and h.id > :from", Map.of("ids", ids, "from", from), null);
        pushProgress(ids);
    }

    /** Sends the history entries matching the condition to the subscribers (all when null) that lack them. */
    private void entries(String condition, Map<String, Object> params, List<Subscriber> only) {
        jdbc.sql("""
                        select h.id, h.story_id, h.status, h.status_message, h.pages_done, h.changed_at, s.pages_total
                        from story_status_history h join story s on s.id = h.story_id
                        where %s order by h.id
                        """.formatted(condition))
                .params(params)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("story_id", UUID.class),
                        rs.getString("status"), rs.getString("status_message"), rs.getInt("pages_done"),
                        rs.getInt("pages_total"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list()
                .forEach(entry -> {
                    boolean terminal = StoryStatus.ofCode(entry.status()).isTerminal();
                    var view = new StatusViews.Status(entry.status(), entry.message(),
                            new StatusViews.Progress(entry.pagesDone(), entry.pagesTotal()),
                            pageStates.of(entry.storyId(), entry.pagesTotal(), !terminal), entry.changedAt());
                    for (Subscriber s : only != null ? only : watchers.getOrDefault(entry.storyId(), List.of())) {
                        if (entry.id() > s.lastEventId) {
                            send(s, entry.id(), "status", view, terminal);
                        }
                    }
                });
    }

    private record Entry(long id, UUID storyId, String status, String message, int pagesDone, int pagesTotal,
            OffsetDateTime changedAt) {
    }

    /** Pages finished between two states are not states themselves; they go out as progress events. */
    private void pushProgress(List<UUID> ids) {
        jdbc.sql("select id, pages_done, pages_total from story where id in (:ids)").param("ids", ids)
                .query((rs, row) -> new Object[] {rs.getObject("id", UUID.class), rs.getInt("pages_done"), rs.getInt("pages_total")})
                .list()
                .forEach(row -> {
                    UUID storyId = (UUID) row[0];
                    int done = (int) row[1];
                    int total = (int) row[2];
                    List<Subscriber> behind = watchers.getOrDefault(storyId, List.of()).stream()
                            .filter(s -> s.pagesDone != done).toList();
                    if (behind.isEmpty()) {
                        return;
                    }
                    var update = new StatusViews.ProgressUpdate(done, total, pageStates.of(storyId, total, true));
                    for (Subscriber s : behind) {
                        s.pagesDone = done;
                        send(s, -1, "progress", update, false);
                    }
                });
    }

    void heartbeat() {
        watchers.values().forEach(list -> list.forEach(s -> {
            try {
                s.emitter().send(SseEmitter.event().comment("still here"));
            } catch (IOException | IllegalStateException gone) {
                remove(s);
            }
        }));
    }

    private void send(Subscriber subscriber, long id, String name, Object data, boolean last) {
        try {
            var event = SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
            if (id >= 0) {
                event.id(Long.toString(id));
                subscriber.lastEventId = id;
            }
            if (data instanceof StatusViews.Status status) {
                subscriber.pagesDone = status.progress().pagesDone();
            }
            subscriber.emitter().send(event);
            if (last) {
                subscriber.emitter().complete();
                remove(subscriber);
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("Event subscriber for story {} went away", subscriber.storyId());
            remove(subscriber);
        }
    }

    private void remove(Subscriber subscriber) {
        watchers.computeIfPresent(subscriber.storyId(), (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    /** One open event stream and how far it has been told. */
    private static final class Subscriber {
        private final SseEmitter emitter;
        private final UUID storyId;
        private volatile long lastEventId;
        private volatile int pagesDone;

        Subscriber(SseEmitter emitter, UUID storyId, long lastEventId, int pagesDone) {
            this.emitter = emitter;
            this.storyId = storyId;
            this.lastEventId = lastEventId;
            this.pagesDone = pagesDone;
        }

        SseEmitter emitter() {
            return emitter;
        }

        UUID storyId() {
            return storyId;
        }
    }

    /**
     * @param pollInterval      how often the status history of watched stories is read
     * @param heartbeatInterval how often an idle event stream gets a comment, so proxies keep it open
     */
    @ConfigurationProperties("storyloom.events")
    @Validated
    record Settings(@DefaultValue("250ms") @NotNull @DurationMin(millis = 1) Duration pollInterval,
            @DefaultValue("15s") @NotNull @DurationMin(millis = 1) Duration heartbeatInterval) {
    }
}
