package io.storyloom.story.status;

import io.storyloom.story.Story;
import io.storyloom.story.StoryStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each page's picture state, for the status answer and its event stream: done once the page has its
 * picture; painting once its drawing began in the current attempt (the history entries since the
 * story last went back to the queue) and the story is being made; waiting otherwise. Several pages are
 * painted at once, so the status itself names only the last one begun.
 */
@Component
public class PageStates {

    public static final String WAITING = "waiting";
    public static final String PAINTING = "painting";
    public static final String DONE = "done";

    private final JdbcClient jdbc;

    PageStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StatusViews.PageState> of(Story story) {
        return of(story.id(), story.pagesTotal(), story.statusKind().isActive());
    }

    List<StatusViews.PageState> of(UUID storyId, int pagesTotal, boolean active) {
        Set<Integer> drawn = new HashSet<>(jdbc.sql("select page_number from page where story_id = ? and image_key is not null")
                .param(storyId).query(Integer.class).list());
        Set<Integer> begun = new HashSet<>();
        if (active) {
            jdbc.sql("""
                            select status from story_status_history
                            where story_id = :story and status like :pages and id > coalesce(
                                (select max(id) from story_status_history where story_id = :story and status = :queued), 0)
                            """)
                    .param("story", storyId)
                    .param("pages", StoryStatus.GENERATING_PAGE_IMAGE.code().replace("{n}", "%"))
                    .param("queued", StoryStatus.PENDING.code())
                    .query(String.class).list()
                    .forEach(code -> begun.add(StoryStatus.pageOf(code)));
        }
        var states = new ArrayList<StatusViews.PageState>(pagesTotal);
        for (int n = 1; n <= pagesTotal; n++) {
            String state = drawn.contains(n) ? DONE : begun.contains(n) ? PAINTING : WAITING;
            states.add(new StatusViews.PageState(n, state));
        }
        return states;
    }
}
