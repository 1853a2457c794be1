package io.storyloom.story.web;

import io.storyloom.account.SignedInUser;
import io.storyloom.media.MediaStore;
import io.storyloom.story.OwnedStories;
import io.storyloom.story.book.PageEditor;
import io.storyloom.story.book.StoryService;
import io.storyloom.story.pictures.ImageNotFoundException;
import io.storyloom.story.pictures.PictureResponses;
import io.storyloom.story.status.PageStates;
import io.storyloom.story.status.StatusViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Changing a finished book: a page's text, an earlier version restored, a picture redrawn. */
@RestController
@RequestMapping("/stories/{id}/pages/{number}")
@Tag(name = "Pages", description = "Edit a page, restore an earlier version, redraw a picture")
class PageController {

    private final OwnedStories owned;
    private final PageEditor editor;
    private final StoryService service;
    private final MediaStore media;
    private final PageStates pageStates;

    PageController(OwnedStories owned, PageEditor editor, StoryService service, MediaStore media, PageStates pageStates) {
        this.pageStates = pageStates;
        this.owned = owned;
        this.editor = editor;
        this.service = service;
        this.media = media;
    }

    @PutMapping
    @Operation(summary = "Change a page's text", description = "Saved with source USER; the earlier text stays in the page's revisions.")
    StoryViews.BookPage edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number, @Valid @RequestBody PageText body) {
        owned.check(id, user);
        return StoryViews.BookPage.of(editor.edit(id, number, body.text(), user));
    }

    @GetMapping("/revisions")
    @Operation(summary = "Every version of a page's text and picture, oldest first")
    List<StoryViews.Revision> revisions(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number) {
        owned.check(id, user);
        return editor.revisions(id, number).stream().map(StoryViews.Revision::of).toList();
    }

    @PostMapping("/revisions/{revisionId}/restore")
    @Operation(summary = "Put an earlier text or picture of the page back")
    StoryViews.BookPage restore(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number, @PathVariable long revisionId) {
        owned.check(id, user);
        return StoryViews.BookPage.of(editor.restore(id, number, revisionId, user));
    }

    @GetMapping("/revisions/{revisionId}/image")
    @Operation(summary = "The picture a revision replaced (which=before) or drew (which=after)")
    ResponseEntity<byte[]> revisionImage(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number, @PathVariable long revisionId,
            @RequestParam(defaultValue = "after") @Pattern(regexp = "before|after") String which, WebRequest request) {
        owned.check(id, user);
        String key = editor.revisions(id, number).stream().filter(r -> r.id() == revisionId)
                .map(r -> "before".equals(which) ? r.imageBefore() : r.imageAfter())
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new ImageNotFoundException("That version has no picture."));
        return PictureResponses.of(media, key, request);
    }

    @PostMapping("/illustration")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Draw a page's picture again",
            description = "Runs in the background; follow it with GET /stories/{id}/status "
                    + "(PENDING, GENERATING_PAGE_IMAGE_{n}, COMPLETE). The old picture stays in the page's revisions. "
                    + "A page may be redrawn a limited number of times a day, and every picture counts towards the "
                    + "account's daily picture budget: past either, 429 with Retry-After.")
    StatusViews.Status redraw(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number) {
        owned.check(id, user);
        return StatusViews.Status.of(service.redraw(id, number, user.id(), user.actor()), pageStates);
    }

    record PageText(@NotBlank @Size(max = 1200) String text) {
    }
}
