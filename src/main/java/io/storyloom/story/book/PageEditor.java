package io.storyloom.story.book;

import io.storyloom.account.SignedInUser;
import io.storyloom.safety.ContentConcern;
import io.storyloom.safety.ContentSafety;
import io.storyloom.story.Page;
import io.storyloom.story.PageTextChanged;
import io.storyloom.story.Story;
import io.storyloom.story.StoryConflictException;
import io.storyloom.story.StoryNotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's changes to a finished book's pages: new text (source USER), or any earlier text or
 * picture restored from the page's history. Every change is a revision with before and after; a changed
 * text is announced ({@link PageTextChanged}) so the page is read aloud anew.
 */
@Service
public class PageEditor {

    private final StoryRepository stories;
    private final PageRepository pages;
    private final PageRevisionRepository revisions;
    private final ContentSafety safety;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PageEditor(StoryRepository stories, PageRepository pages, PageRevisionRepository revisions, ContentSafety safety,
            ApplicationEventPublisher events, Clock clock) {
        this.stories = stories;
        this.pages = pages;
        this.revisions = revisions;
        this.safety = safety;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Page edit(UUID storyId, int number, String text, SignedInUser user) {
        List<ContentConcern> concerns = safety.review(text);
        if (!concerns.isEmpty()) {
            throw new UnsafeRequestException(concerns.stream()
                    .map(c -> UnsafeRequestException.FieldConcern.of("text", c)).toList());
        }
        Page page = editablePage(storyId, number);
        OffsetDateTime at = now();
        String newText = text.strip();
        pages.saveText(storyId, number, newText, "USER", user.actor(), at);
        revisions.append(storyId, number, PageRevision.Kind.EDITED, page.text(), newText, null, null, "USER",
                user.actor(), at);
        events.publishEvent(new PageTextChanged(storyId, number));
        return pages.find(storyId, number).orElseThrow();
    }

    /** Puts an earlier text or picture back; the text keeps the source of whoever wrote it. */
    @Transactional
    public Page restore(UUID storyId, int number, long revisionId, SignedInUser user) {
        PageRevision revision = revisions.find(storyId, number, revisionId)
                .orElseThrow(() -> new StoryNotFoundException(storyId));
        Page page = editablePage(storyId, number);
        OffsetDateTime at = now();
        if (revision.changesText()) {
            pages.saveText(storyId, number, revision.textAfter(), revision.source(), user.actor(), at);
            revisions.append(storyId, number, PageRevision.Kind.RESTORED, page.text(), revision.textAfter(), null,
                    null, revision.source(), user.actor(), at);
            events.publishEvent(new PageTextChanged(storyId, number));
        } else {
            pages.saveImage(storyId, number, revision.imageAfter(), page.imageSeed() == null ? 0 : page.imageSeed(),
                    user.actor(), at);
            revisions.append(storyId, number, PageRevision.Kind.RESTORED, null, null, page.imageKey(),
                    revision.imageAfter(), "USER", user.actor(), at);
        }
        return pages.find(storyId, number).orElseThrow();
    }

    public List<PageRevision> revisions(UUID storyId, int number) {
        return revisions.findByPage(storyId, number);
    }

    private Page editablePage(UUID storyId, int number) {
        Story story = stories.lock(storyId).orElseThrow(() -> new StoryNotFoundException(storyId));
        if (story.statusKind().isActive()) {
            throw new StoryConflictException("The book is still being made; pages can be changed once it is finished.");
        }
        return pages.find(storyId, number).orElseThrow(() -> new StoryNotFoundException(storyId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
