package io.storyloom.story.book;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.VisualProfile;
import io.storyloom.story.ArtStyle;
import io.storyloom.story.ChildProfile;
import io.storyloom.story.Outline;
import io.storyloom.story.Story;
import io.storyloom.story.StoryMeta;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code story} table. */
@Repository
public class StoryRepository {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Story> rowMapper = this::map;

    StoryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Story s) {
        jdbc.sql("""
                insert into story (id, owner_id, status, status_message, pages_total, pages_done, attempt,
                    child_name, child_age, child_pronouns, child_appearance, child_clothing, child_interests,
                    companion, idea, lesson, art_style, language, seed, search_text, source, updated_by,
                    created_at, updated_at)
                values (:id, :owner, :status, :message, :total, 0, :attempt,
                    :name, :age, :pronouns, :appearance, :clothing, :interests,
                    :companion, :idea, :lesson, :style, :language, :seed, :search, :source, :updatedBy,
                    :createdAt, :updatedAt)
                """)
                .param("id", s.id()).param("owner", s.ownerId())
                .param("status", s.status()).param("message", s.statusMessage())
                .param("total", s.pagesTotal()).param("attempt", s.attempt())
                .param("name", s.child().name()).param("age", s.child().age())
                .param("pronouns", s.child().pronouns()).param("appearance", s.child().appearance())
                .param("clothing", s.child().clothing())
                .param("interests", json.writeValueAsString(s.child().interests()))
                .param("companion", s.companion()).param("idea", s.idea()).param("lesson", s.lesson())
                .param("style", s.artStyle().id()).param("language", s.language()).param("seed", s.seed())
                .param("search", SearchText.of(s))
                .param("source", s.source()).param("updatedBy", s.updatedBy())
                .param("createdAt", s.createdAt()).param("updatedAt", s.updatedAt())
                .update();
    }

    public Optional<Story> findById(UUID id) {
        return jdbc.sql("select * from story where id = ?").param(id).query(rowMapper).optional();
    }

    /** Locks the row for the rest of the transaction, so status writes on one story happen one at a time. */
    public Optional<Story> lock(UUID id) {
        return jdbc.sql("select * from story where id = ? for update").param(id).query(rowMapper).optional();
    }

    public List<Story> search(StoryQuery query, int offset, int limit) {
        return jdbc.sql("select * from story " + query.where() + " order by created_at desc, id desc"
                        + " offset " + offset + " rows fetch next " + limit + " rows only")
                .params(query.params())
                .query(rowMapper).list();
    }

    public long count(StoryQuery query) {
        return jdbc.sql("select count(*) from story " + query.where()).params(query.params())
                .query(Long.class).single();
    }

    public void updateStatus(UUID id, String status, String message, String error, String actor, OffsetDateTime at) {
        jdbc.sql("""
                update story set status = :status, status_message = :message, error = :error,
                    completed_at = case when :status = 'COMPLETE' then :at else completed_at end,
                    updated_by = :actor, updated_at = :at
                where id = :id
                """)
                .param("id", id).param("status", status).param("message", message).param("error", error)
                .param("actor", actor).param("at", at)
                .update();
    }

    /** Re-counts finished pages from the pages themselves, so concurrent page writers cannot lose a count. */
    public int refreshPagesDone(UUID id, OffsetDateTime at) {
        jdbc.sql("""
                update story set pages_done =
                    (select count(*) from page p where p.story_id = story.id and p.image_key is not null),
                    updated_at = :at
                where id = :id
                """)
                .param("id", id).param("at", at).update();
        return jdbc.sql("select pages_done from story where id = ?").param(id).query(Integer.class).single();
    }

    public void startAttempt(UUID id, int attempt) {
        jdbc.sql("update story set attempt = ?, job_id = null where id = ?").params(attempt, id).update();
    }

    public void setJob(UUID id, int attempt, UUID jobId) {
        jdbc.sql("update story set job_id = ? where id = ? and attempt = ?").params(jobId, id, attempt).update();
    }

    public void countWatchdogRestart(UUID id) {
        jdbc.sql("update story set watchdog_restarts = watchdog_restarts + 1 where id = ?").param(id).update();
    }

    void resetWatchdogRestarts(UUID id) {
        jdbc.sql("update story set watchdog_restarts = 0 where id = ?").param(id).update();
    }

    /** Saves the outline's title and meta, and makes them searchable, in one statement. */
    public void saveOutline(Story story, Outline outline, String actor, OffsetDateTime at) {
        jdbc.sql("""
                update story set title = :title, meta_setting = :setting, meta_tone = :tone, meta_lesson = :lesson,
                    search_text = :search, updated_by = :actor, updated_at = :at
                where id = :id
                """)
                .param("id", story.id()).param("title", outline.title()).param("setting", outline.meta().setting())
                .param("tone", outline.meta().tone()).param("lesson", outline.meta().lesson())
                .param("search", SearchText.of(story.withOutline(outline.title(), outline.meta()))).param("actor", actor).param("at", at)
                .update();
    }

    public void saveVisualProfile(UUID id, VisualProfile visualProfile, String actor, OffsetDateTime at) {
        jdbc.sql("update story set visual_profile = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(json.writeValueAsString(visualProfile), actor, at, id).update();
    }

    public void saveBaseStyle(UUID id, BaseStyle baseStyle, String actor, OffsetDateTime at) {
        jdbc.sql("update story set base_style = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(json.writeValueAsString(baseStyle), actor, at, id).update();
    }

    public void saveReferenceImage(UUID id, String key, String actor, OffsetDateTime at) {
        jdbc.sql("update story set reference_image_key = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(key, actor, at, id).update();
    }

    /** Adds to what the story has cost; in SQL, so pages drawn at the same time cannot lose a count. */
    public void addUsage(UUID id, long promptTokens, long completionTokens, int textCalls, int images) {
        jdbc.sql("""
                update story set tokens_prompt = tokens_prompt + ?, tokens_completion = tokens_completion + ?,
                    text_calls = text_calls + ?, images_generated = images_generated + ?
                where id = ?
                """)
                .params(promptTokens, completionTokens, textCalls, images, id).update();
    }

    public void addNarration(UUID id, int characters) {
        jdbc.sql("update story set narration_characters = narration_characters + ? where id = ?")
                .params(characters, id).update();
    }

    /** Locks every story of an account for the rest of the transaction, oldest first. */
    List<Story> lockOwnedBy(UUID ownerId) {
        return jdbc.sql("select * from story where owner_id = ? order by created_at, id for update")
                .param(ownerId).query(rowMapper).list();
    }

    /** The ids of an account's stories, oldest first. */
    public List<UUID> idsOwnedBy(UUID ownerId) {
        return jdbc.sql("select id from story where owner_id = ? order by created_at, id")
                .param(ownerId).query(UUID.class).list();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from story where id = ?").param(id).update() > 0;
    }

    /** Design data is kept as JSON text in its column; {@code null} until designed. */
    private <T> T read(String column, Class<T> type) {
        return column == null ? null : json.readValue(column, type);
    }

    private Story map(ResultSet rs, int row) throws SQLException {
        String setting = rs.getString("meta_setting");
        return new Story(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("status"),
                rs.getString("status_message"),
                rs.getInt("pages_total"),
                rs.getInt("pages_done"),
                rs.getInt("attempt"),
                new ChildProfile(rs.getString("child_name"), rs.getInt("child_age"), rs.getString("child_pronouns"),
                        rs.getString("child_appearance"), rs.getString("child_clothing"),
                        json.readValue(rs.getString("child_interests"), STRING_LIST)),
                rs.getString("companion"),
                rs.getString("idea"),
                rs.getString("lesson"),
                ArtStyle.fromId(rs.getString("art_style")),
                rs.getString("language"),
                rs.getLong("seed"),
                rs.getString("title"),
                setting == null ? null : new StoryMeta(setting, rs.getString("meta_tone"), rs.getString("meta_lesson")),
                read(rs.getString("visual_profile"), VisualProfile.class),
                read(rs.getString("base_style"), BaseStyle.class),
                rs.getString("reference_image_key"),
                rs.getString("error"),
                rs.getString("source"),
                rs.getString("updated_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class),
                new Story.Usage(rs.getLong("tokens_prompt"), rs.getLong("tokens_completion"), rs.getInt("text_calls"),
                        rs.getInt("images_generated"), rs.getLong("narration_characters")));
    }
}
