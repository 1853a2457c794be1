package io.storyloom.story.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code story_status_history} table: every status a story entered, in order. */
@Repository
public class StatusHistoryRepository {

    private final JdbcClient jdbc;

    StatusHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID storyId, String status, String message, int pagesDone, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into story_status_history (story_id, status, status_message, pages_done, actor, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(storyId, status, message, pagesDone, actor, at).update();
    }

    public List<StatusChange> findByStory(UUID storyId) {
        return jdbc.sql("""
                select status, status_message, pages_done, actor, changed_at
                from story_status_history where story_id = ? order by id
                """)
                .param(storyId)
                .query((rs, row) -> new StatusChange(rs.getString("status"), rs.getString("status_message"),
                        rs.getInt("pages_done"), rs.getString("actor"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }
}
