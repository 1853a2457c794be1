package io.storyloom.story.book;

import io.storyloom.design.SceneMoment;
import io.storyloom.story.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code page} table. */
@Repository
public class PageRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    PageRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Inserts all pages in one batch, numbered from 1 in list order. */
    public void insertAll(UUID storyId, List<String> texts, String source, String actor, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Object[] {storyId, i + 1, texts.get(i), source, actor, at, at});
        }
        batch.batchUpdate("""
                insert into page (story_id, page_number, text, source, updated_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    public List<Page> findByStory(UUID storyId) {
        return jdbc.sql("select * from page where story_id = ? order by page_number")
                .param(storyId).query(this::map).list();
    }

    public Optional<Page> find(UUID storyId, int number) {
        return jdbc.sql("select * from page where story_id = ? and page_number = ?")
                .params(storyId, number).query(this::map).optional();
    }

    public int count(UUID storyId) {
        return jdbc.sql("select count(*) from page where story_id = ?").param(storyId).query(Integer.class).single();
    }

    public void saveSceneMoment(UUID storyId, int number, SceneMoment sceneMoment, String actor, OffsetDateTime at) {
        jdbc.sql("update page set scene_moment = ?, updated_by = ?, updated_at = ? where story_id = ? and page_number = ?")
                .params(json.writeValueAsString(sceneMoment), actor, at, storyId, number).update();
    }

    public void saveImagePrompt(UUID storyId, int number, String prompt, String actor, OffsetDateTime at) {
        jdbc.sql("update page set image_prompt = ?, updated_by = ?, updated_at = ? where story_id = ? and page_number = ?")
                .params(prompt, actor, at, storyId, number).update();
    }

    void saveText(UUID storyId, int number, String text, String source, String actor, OffsetDateTime at) {
        jdbc.sql("update page set text = ?, source = ?, updated_by = ?, updated_at = ? where story_id = ? and page_number = ?")
                .params(text, source, actor, at, storyId, number).update();
    }

    /** Locks the page row until the transaction ends, so two changes to one page happen one after the other. */
    public Optional<Page> lock(UUID storyId, int number) {
        return jdbc.sql("select * from page where story_id = ? and page_number = ? for update")
                .params(storyId, number).query(this::map).optional();
    }

    public void saveImage(UUID storyId, int number, String key, long seed, String actor, OffsetDateTime at) {
        jdbc.sql("""
                update page set image_key = ?, image_seed = ?, updated_by = ?, updated_at = ?
                where story_id = ? and page_number = ?
                """)
                .params(key, seed, actor, at, storyId, number).update();
    }

    /** The picture keys of the given stories' first pages, where drawn, in one query. */
    public Map<UUID, String> covers(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select story_id, image_key from page
                        where page_number = 1 and image_key is not null and story_id in (:ids)
                        """)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("story_id", UUID.class), rs.getString("image_key")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Page map(ResultSet rs, int row) throws SQLException {
        String scene = rs.getString("scene_moment");
        long seed = rs.getLong("image_seed");
        return new Page(
                rs.getObject("story_id", UUID.class),
                rs.getInt("page_number"),
                rs.getString("text"),
                scene == null ? null : json.readValue(scene, SceneMoment.class),
                rs.getString("image_prompt"),
                rs.getString("image_key"),
                rs.wasNull() ? null : seed,
                rs.getString("source"),
                rs.getString("updated_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
