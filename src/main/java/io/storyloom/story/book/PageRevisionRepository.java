package io.storyloom.story.book;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code page_revision} table. */
@Repository
public class PageRevisionRepository {

    private static final RowMapper<PageRevision> ROW = (rs, row) -> new PageRevision(
            rs.getLong("id"), rs.getObject("story_id", UUID.class), rs.getInt("page_number"),
            PageRevision.Kind.valueOf(rs.getString("kind")), rs.getString("text_before"), rs.getString("text_after"),
            rs.getString("image_before"), rs.getString("image_after"), rs.getString("source"), rs.getString("actor"),
            rs.getObject("changed_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PageRevisionRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The generator's first text of every page, in one batch. */
    public void appendWritten(UUID storyId, List<String> texts, String actor, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Object[] {storyId, i + 1, texts.get(i), actor, at});
        }
        batch.batchUpdate("""
                insert into page_revision (story_id, page_number, kind, text_after, source, actor, changed_at)
                values (?, ?, 'WRITTEN', ?, 'AI', ?, ?)
                """, rows);
    }

    public void append(UUID storyId, int page, PageRevision.Kind kind, String textBefore, String textAfter,
            String imageBefore, String imageAfter, String source, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into page_revision (story_id, page_number, kind, text_before, text_after, image_before,
                    image_after, source, actor, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(storyId, page, kind.name(), textBefore, textAfter, imageBefore, imageAfter, source, actor, at)
                .update();
    }

    List<PageRevision> findByPage(UUID storyId, int page) {
        return jdbc.sql("select * from page_revision where story_id = ? and page_number = ? order by id")
                .params(storyId, page).query(ROW).list();
    }

    public List<PageRevision> findByStory(UUID storyId) {
        return jdbc.sql("select * from page_revision where story_id = ? order by id").param(storyId).query(ROW).list();
    }

    Optional<PageRevision> find(UUID storyId, int page, long id) {
        return jdbc.sql("select * from page_revision where story_id = ? and page_number = ? and id = ?")
                .params(storyId, page, id).query(ROW).optional();
    }
}
