package io.storyloom.story.web;

import io.storyloom.account.SignedInUser;
import io.storyloom.media.MediaStore;
import io.storyloom.media.PictureVariants;
import io.storyloom.story.OwnedStories;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatus;
import io.storyloom.story.book.StoryQuery;
import io.storyloom.story.book.StoryRequest;
import io.storyloom.story.book.StoryService;
import io.storyloom.story.pictures.ImageNotFoundException;
import io.storyloom.story.pictures.PictureResponses;
import io.storyloom.story.status.StatusFeed;
import io.storyloom.story.status.PageStates;
import io.storyloom.story.status.StatusViews;
import io.storyloom.story.sharing.ShareLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The story API: create a book, watch it being made, read it, retry or delete it. */
@RestController
@RequestMapping("/stories")
@Tag(name = "Stories", description = "Create picture books and follow their generation")
class StoryController {

    private final StoryService service;
    private final StoryContent content;
    private final OwnedStories owned;
    private final StoryCatalog catalog;
    private final StatusFeed feed;
    private final BookHistory history;
    private final MediaStore media;
    private final PictureVariants variants;
    private final PageStates pageStates;
    private final ShareLinks shares;

    StoryController(StoryService service, StoryContent content, OwnedStories owned, StoryCatalog catalog,
            StatusFeed feed, BookHistory history, MediaStore media, PictureVariants variants, PageStates pageStates,
            ShareLinks shares) {
        this.service = service;
        this.content = content;
        this.owned = owned;
        this.catalog = catalog;
        this.feed = feed;
        this.history = history;
        this.media = media;
        this.variants = variants;
        this.pageStates = pageStates;
        this.shares = shares;
    }

    private static final String WIDTH = "A lighter copy at most this wide (320, 640 or 1024 is used), as JPEG when Accept takes "
            + "it; without it, the picture as drawn";

    @PostMapping({"", "/"})
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the story",
            content = @Content(schema = @Schema(implementation = StoryViews.Created.class)))
    @Operation(summary = "Ask for a new book",
            description = "Answers at once with 202; the book is written and drawn in the background. "
                    + "Follow it with GET /stories/{id}/status.")
    ResponseEntity<StoryViews.Created> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody StoryRequest request) {
        Story story = service.create(request, user.id(), user.actor());
        return ResponseEntity.accepted()
                .location(URI.create("/stories/" + story.id()))
                .body(StoryViews.Created.of(story));
    }

    @GetMapping("/statuses")
    @Operation(summary = "Every status a story can have, with its message",
            description = "The one list of statuses; clients read it from here rather than keeping a copy.")
    List<StoryViews.StatusDefinition> statuses() {
        return Arrays.stream(StoryStatus.values()).map(StoryViews.StatusDefinition::of).toList();
    }

    @GetMapping({"", "/"})
    @Operation(summary = "List books, newest first", description = "Filter by status and search by title, child's name, idea or meta.")
    StoryViews.Listing list(@AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "A status from GET /stories/statuses; GENERATING_PAGE_IMAGE matches every page")
            @RequestParam(required = false) StoryStatus status,
            @Parameter(description = "Text to find in title, child's name, idea, setting, tone or lesson")
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.list(new StoryQuery(user.id(), status, q), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The book: meta, characters, style and every page with its picture's URL")
    StoryViews.Book book(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        Story story = owned.find(id, user);
        return StoryViews.Book.of(story, content.pages(id), shares.active(id));
    }

    @GetMapping("/{id}/status")
    @Operation(summary = "Where the generation is: status, message, pages done and each page's picture state",
            description = "pages lists every page in order as waiting, painting or done; several pages are painted at once.")
    StatusViews.Status status(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return owned.statusFor(id, user);
    }

    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: every status the story enters, as it happens",
            description = "Events named \"status\" carry the same JSON as GET /stories/{id}/status, with the history entry as "
                    + "event id (send Last-Event-ID to resume); \"progress\" events carry pages_done, pages_total and each page's state (pages) as pages finish. "
                    + "The stream ends after COMPLETE or FAILED. Works whichever process runs the job.")
    SseEmitter events(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId) {
        return feed.subscribe(owned.find(id, user), lastEventId == null ? -1 : lastEventId);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The audit trail: every status the story entered and every change to its pages, oldest first")
    StoryViews.History history(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.check(id, user);
        return history.of(id);
    }

    @GetMapping(value = "/{id}/pages/{number}/image", produces = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/webp"})
    @Operation(summary = "A page's picture", description = "Cacheable for a year: the URL in the book changes when the picture does.")
    ResponseEntity<byte[]> pageImage(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number, @Parameter(description = WIDTH) @RequestParam(required = false)
            @Min(1) @Max(4096) Integer w, WebRequest request) {
        owned.check(id, user);
        Page page = content.page(id, number).filter(Page::hasImage)
                .orElseThrow(() -> new ImageNotFoundException("Page " + number + " has no picture yet."));
        return PictureResponses.of(media, variants, page.imageKey(), w, request);
    }

    @GetMapping(value = "/{id}/reference-image", produces = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/webp"})
    @Operation(summary = "The character reference picture every page is drawn to match")
    ResponseEntity<byte[]> referenceImage(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Parameter(description = WIDTH) @RequestParam(required = false) @Min(1) @Max(4096) Integer w,
            WebRequest request) {
        Story story = owned.find(id, user);
        if (story.referenceImageKey() == null) {
            throw new ImageNotFoundException("The characters have not been drawn yet.");
        }
        return PictureResponses.of(media, variants, story.referenceImageKey(), w, request);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Resume a failed book from its last finished step")
    StatusViews.Status retry(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.check(id, user);
        return StatusViews.Status.of(service.retry(id, user.id(), user.actor()), pageStates);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Stop a book being made", description = "No further provider calls are made; the story ends FAILED with \"Cancelled\" and stopped: true. Retry resumes it.")
    StatusViews.Status cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.check(id, user);
        return StatusViews.Status.of(service.cancel(id, user.actor()), pageStates);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a book and its pictures")
    void delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.check(id, user);
        service.delete(id);
    }
}
