package io.storyloom.story;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the generator's housekeeping needs to know about stories — which are being made, which are
 * stuck, how many there are of each status — answered here, so only this module reads the story table.
 */
@Service
public class StoryMonitoring {

    private final JdbcClient jdbc;

    StoryMonitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A story still being made whose status has not moved for a while. */
    public record UnfinishedStory(UUID id, UUID jobId, OffsetDateTime updatedAt, int watchdogRestarts) {
    }

    /** Stories still being made whose status was last written before {@code before}. */
    public List<UnfinishedStory> unfinishedUntouchedSince(OffsetDateTime before) {
        return jdbc.sql("""
                        select id, job_id, updated_at, watchdog_restarts from story
                        where status not in (:terminal) and updated_at < :before
                        """)
                .param("terminal", StoryStatus.terminalCodes()).param("before", before)
                .query((rs, row) -> new UnfinishedStory(rs.getObject("id", UUID.class),
                        rs.getObject("job_id", UUID.class), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getInt("watchdog_restarts")))
                .list();
    }

    /**
     * The current attempt of each of these stories that is still being made; a story that ended, was
     * deleted or never existed is absent.
     */
    public Map<UUID, Integer> attemptsStillWanted(Collection<UUID> ids) {
        Map<UUID, Integer> wanted = new HashMap<>();
        if (ids.isEmpty()) {
            return wanted;
        }
        jdbc.sql("select id, attempt from story where id in (:ids) and status not in (:terminal)")
                .param("ids", List.copyOf(ids)).param("terminal", StoryStatus.terminalCodes())
                .query((rs, row) -> wanted.put(rs.getObject("id", UUID.class), rs.getInt("attempt")))
                .list();
        return wanted;
    }

    /** How many stories are in each status, page states folded into GENERATING_PAGE_IMAGE. */
    public Map<StoryStatus, Long> countByStatus() {
        Map<StoryStatus, Long> counts = new EnumMap<>(StoryStatus.class);
        jdbc.sql("select status, count(*) as n from story group by status")
                .query((rs, row) -> counts.merge(StoryStatus.ofCode(rs.getString("status")), rs.getLong("n"),
                        Long::sum))
                .list();
        return counts;
    }
}
