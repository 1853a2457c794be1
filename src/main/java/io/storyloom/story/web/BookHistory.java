package io.storyloom.story.web;

import io.storyloom.story.book.PageRevision;
import io.storyloom.story.book.PageRevisionRepository;
import io.storyloom.story.status.StatusHistoryRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A book's history as the API shows it: every status it went through and every page revision. */
@Component
class BookHistory {

    private final StatusHistoryRepository statuses;
    private final PageRevisionRepository revisions;

    BookHistory(StatusHistoryRepository statuses, PageRevisionRepository revisions) {
        this.statuses = statuses;
        this.revisions = revisions;
    }

    List<PageRevision> revisions(UUID storyId) {
        return revisions.findByStory(storyId);
    }

    StoryViews.History of(UUID storyId) {
        return of(storyId, revisions(storyId));
    }

    /** With the revisions already read, for a caller that needs them too. */
    StoryViews.History of(UUID storyId, List<PageRevision> pageRevisions) {
        return new StoryViews.History(statuses.findByStory(storyId).stream().map(StoryViews.HistoryEntry::of).toList(),
                pageRevisions.stream().map(StoryViews.Revision::of).toList());
    }
}
