package io.storyloom.story.web;

import io.storyloom.story.Story;
import io.storyloom.story.book.PageRepository;
import io.storyloom.story.book.StoryQuery;
import io.storyloom.story.book.StoryRepository;
import io.storyloom.story.pictures.ImageUrls;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Lists stories newest first, with each one's cover picture. */
@Component
class StoryCatalog {

    private final StoryRepository stories;
    private final PageRepository pages;

    StoryCatalog(StoryRepository stories, PageRepository pages) {
        this.stories = stories;
        this.pages = pages;
    }

    StoryViews.Listing list(StoryQuery query, int page, int size) {
        long total = stories.count(query);
        List<Story> found = stories.search(query, page * size, size);
        Map<UUID, String> covers = pages.covers(found.stream().map(Story::id).toList());
        var items = found.stream()
                .map(s -> StoryViews.Summary.of(s, covers.containsKey(s.id()) ? ImageUrls.page(s.id(), 1, covers.get(s.id())) : null))
                .toList();
        return new StoryViews.Listing(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
