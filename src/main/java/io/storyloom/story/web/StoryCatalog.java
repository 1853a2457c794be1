package io.storyloom.story.web;

import io.storyloom.story.Story;
import io.storyloom.story.book.StoryQuery;
import io.storyloom.story.book.StoryRepository;
import io.storyloom.story.pictures.ImageUrls;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists stories newest first, with each one's cover picture. */
@Component
class StoryCatalog {

    private final StoryRepository stories;
    private final JdbcClient jdbc;

    StoryCatalog(StoryRepository stories, JdbcClient jdbc) {
        this.stories = stories;
        this.jdbc = jdbc;
    }

    StoryViews.Listing list(StoryQuery query, int page, int size) {
        long total = stories.count(query);
        List<Story> found = stories.search(query, page * size, size);
        Map<UUID, String> covers = covers(found.stream().map(Story::id).toList());
        var items = found.stream()
                .map(s -> StoryViews.Summary.of(s, covers.containsKey(s.id()) ? ImageUrls.page(s.id(), 1, covers.get(s.id())) : null))
                .toList();
        return new StoryViews.Listing(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The picture keys of the given stories' first pages, where drawn, in one query. */
    private Map<UUID, String> covers(List<UUID> ids) {
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
}
