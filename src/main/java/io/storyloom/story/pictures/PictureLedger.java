package io.storyloom.story.pictures;

import io.storyloom.story.Story;
import io.storyloom.story.StoryStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code picture_drawn} table: every picture drawn for an account and when, so that budgets can
 * count pictures over a sliding day however the books they were drawn for have changed since.
 */
@Repository
public class PictureLedger {

    private final JdbcClient jdbc;

    PictureLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes down one drawn picture for the story's owner (a story without an owner counts for no one). */
    public void record(UUID storyId, Integer page, boolean redraw, OffsetDateTime at) {
        jdbc.sql("""
                insert into picture_drawn (account_id, story_id, page_number, redraw, drawn_at)
                select owner_id, id, ?, ?, ? from story where id = ? and owner_id is not null
                """)
                .params(page, redraw, at, storyId).update();
    }

    /** When each picture of the account since then was drawn, oldest first. */
    public List<OffsetDateTime> drawnSince(UUID accountId, OffsetDateTime since) {
        return jdbc.sql("select drawn_at from picture_drawn where account_id = ? and drawn_at > ? order by drawn_at")
                .params(accountId, since).query(OffsetDateTime.class).list();
    }

    /** When each redraw of the page since then was drawn, oldest first. */
    public List<OffsetDateTime> redrawnSince(UUID storyId, int page, OffsetDateTime since) {
        return jdbc.sql("""
                select drawn_at from picture_drawn
                where story_id = ? and page_number = ? and redraw and drawn_at > ? order by drawn_at
                """)
                .params(storyId, page, since).query(OffsetDateTime.class).list();
    }

    /**
     * Pictures the account's books in the making have still to draw: each one's missing page pictures
     * and character reference picture, and at least one (a redraw has no missing picture until it is done).
     */
    public int stillToDraw(UUID accountId) {
        return jdbc.sql("""
                select s.pages_total + case when s.reference_image_key is null then 1 else 0 end
                    - (select count(*) from page p where p.story_id = s.id and p.image_key is not null)
                from story s where s.owner_id = :owner and s.status not in (:terminal)
                """)
                .param("owner", accountId).param("terminal", StoryStatus.terminalCodes()).query(Integer.class).stream().mapToInt(n -> Math.max(1, n)).sum();
    }

    /** Pictures a failed story has still to draw when it is retried. */
    public int stillToDraw(Story story) {
        int drawnPages = jdbc.sql("select count(*) from page where story_id = ? and image_key is not null")
                .param(story.id()).query(Integer.class).single();
        return story.pagesTotal() - drawnPages + (story.referenceImageKey() == null ? 1 : 0);
    }
}
