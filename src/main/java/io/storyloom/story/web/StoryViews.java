package io.storyloom.story.web;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.story.ArtStyle;
import io.storyloom.story.ChildProfile;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryMeta;
import io.storyloom.story.StoryStatus;
import io.storyloom.story.book.PageRevision;
import io.storyloom.story.pictures.ImageUrls;
import io.storyloom.story.status.StatusChange;
import io.storyloom.story.status.StatusViews.Progress;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The shapes the story API answers with. JSON is snake_case. */
final class StoryViews {

    private StoryViews() {
    }

    /** The answer to {@code POST /stories/}. */
    record Created(
            @Schema(example = "0b6f7d8e-3c2a-4f7e-9a51-2f4d8c1b9e20") UUID storyId,
            @Schema(example = "PENDING") String status,
            @Schema(example = "Waiting for a storyteller to start on your book") String statusMessage) {

        static Created of(Story s) {
            return new Created(s.id(), s.status(), s.statusMessage());
        }
    }

    /** One entry of the published status list. */
    record StatusDefinition(
            @Schema(example = "GENERATING_PAGE_IMAGE_{n}") String status,
            @Schema(example = "Drawing the picture for page {n}") String statusMessage,
            String description,
            @Schema(description = "A regular expression every status value of this kind matches")
            String pattern,
            @Schema(description = "No further work changes a story in this state") boolean terminal) {

        static StatusDefinition of(StoryStatus s) {
            String pattern = s == StoryStatus.GENERATING_PAGE_IMAGE
                    ? "^GENERATING_PAGE_IMAGE_[1-9][0-9]?$"
                    : "^" + s.code() + "$";
            return new StatusDefinition(s.code(), s.message(), s.description(), pattern, s.isTerminal());
        }
    }

    /** The whole book: {@code GET /stories/{id}}. */
    record Book(
            UUID storyId,
            String title,
            String status,
            String statusMessage,
            Progress progress,
            ChildProfile child,
            String companion,
            String idea,
            String lesson,
            int pageCount,
            ArtStyle artStyle,
            String language,
            StoryMeta meta,
            @Schema(description = "How each character looks, as designed for the illustrator")
            VisualProfile visualProfile,
            @Schema(description = "The art direction every picture shares")
            BaseStyle baseStyle,
            String referenceImageUrl,
            List<BookPage> pages,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime completedAt,
            Usage usage,
            @Schema(description = "A share link made for the book still works; a new one would replace it")
            boolean shared) {

        static Book of(Story s, List<Page> pages, boolean shared) {
            return new Book(s.id(), s.title(), s.status(), s.statusMessage(), Progress.of(s), s.child(), s.companion(),
                    s.idea(), s.lesson(), s.pagesTotal(), s.artStyle(), s.language(), s.meta(), s.visualProfile(),
                    s.baseStyle(), s.referenceImageKey() == null ? null : ImageUrls.reference(s),
                    pages.stream().map(BookPage::of).toList(), s.createdAt(), s.updatedAt(), s.completedAt(),
                    Usage.of(s.usage()), shared);
        }
    }

    /** What making the book has cost at the providers, every attempt included. */
    record Usage(
            @Schema(example = "5400", description = "Tokens sent to the language model") long promptTokens,
            @Schema(example = "2900", description = "Tokens the language model wrote") long completionTokens,
            @Schema(example = "4", description = "Pictures drawn: the character reference and each page") int images,
            @Schema(example = "4", description = "Language model calls, repair rounds included") int textCalls,
            @Schema(example = "1830", description = "Characters read aloud by the narrator, re-narrated pages included")
            long narratedCharacters) {

        static Usage of(Story.Usage u) {
            return new Usage(u.promptTokens(), u.completionTokens(), u.images(), u.textCalls(), u.narratedCharacters());
        }
    }

    /** One page of the book. */
    record BookPage(
            @Schema(example = "1") int number,
            String text,
            @Schema(description = "The moment the picture shows")
            SceneMoment sceneMoment,
            String imagePrompt,
            @Schema(description = "Where the picture is; null until it is drawn")
            String imageUrl,
            @Schema(allowableValues = {"AI", "USER"}) String source,
            String updatedBy,
            OffsetDateTime updatedAt) {

        static BookPage of(Page p) {
            return new BookPage(p.number(), p.text(), p.sceneMoment(), p.imagePrompt(),
                    p.imageKey() == null ? null : ImageUrls.page(p), p.source(), p.updatedBy(), p.updatedAt());
        }
    }

    /** A story in a list. */
    record Summary(
            UUID storyId,
            String title,
            String childName,
            String status,
            String statusMessage,
            Progress progress,
            ArtStyle artStyle,
            @Schema(description = "The first page's picture, when drawn") String coverUrl,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static Summary of(Story s, String coverUrl) {
            return new Summary(s.id(), s.title(), s.child().name(), s.status(), s.statusMessage(), Progress.of(s),
                    s.artStyle(), coverUrl, s.createdAt(), s.updatedAt());
        }
    }

    /** A page of a list, newest first. */
    record Listing(List<Summary> items, int page, int size, long totalItems, int totalPages) {
    }

    /** One change to a page, for its history and to restore it. */
    record Revision(long revisionId, int page, PageRevision.Kind kind, String textBefore, String text,
            String imageBeforeUrl, String imageUrl, @Schema(allowableValues = {"AI", "USER"}) String source,
            String actor, OffsetDateTime changedAt) {

        static Revision of(PageRevision r) {
            String base = "/stories/" + r.storyId() + "/pages/" + r.page() + "/revisions/" + r.id() + "/image";
            return new Revision(r.id(), r.page(), r.kind(), r.textBefore(), r.textAfter(),
                    r.imageBefore() == null ? null : base + "?which=before&v=" + ImageUrls.version(r.imageBefore()),
                    r.imageAfter() == null ? null : base + "?v=" + ImageUrls.version(r.imageAfter()),
                    r.source(), r.actor(), r.changedAt());
        }
    }

    /** What happened to a book: every status it entered and every change to its pages. */
    record History(List<HistoryEntry> statuses, List<Revision> edits) {
    }

    /** A status the story entered. */
    record HistoryEntry(String status, String statusMessage, int pagesDone, String actor, OffsetDateTime changedAt) {

        static HistoryEntry of(StatusChange c) {
            return new HistoryEntry(c.status(), c.statusMessage(), c.pagesDone(), c.actor(), c.changedAt());
        }
    }
}
