package io.storyloom.story.sharing;

import io.storyloom.account.SignedInUser;
import io.storyloom.media.MediaStore;
import io.storyloom.media.PictureVariants;
import io.storyloom.story.ArtStyle;
import io.storyloom.story.OwnedStories;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryConflictException;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryMeta;
import io.storyloom.story.StoryNotFoundException;
import io.storyloom.story.StoryStatus;
import io.storyloom.story.pictures.ImageNotFoundException;
import io.storyloom.story.pictures.ImageUrls;
import io.storyloom.story.pictures.PictureResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Read-only share links: the owner makes or revokes one; anyone with it can read the finished book. */
@RestController
@Tag(name = "Sharing", description = "Read-only links to a finished book")
class ShareController {

    private final ShareLinks links;
    private final OwnedStories owned;
    private final StoryContent content;
    private final MediaStore media;
    private final PictureVariants variants;

    ShareController(ShareLinks links, OwnedStories owned, StoryContent content, MediaStore media,
            PictureVariants variants) {
        this.variants = variants;
        this.links = links;
        this.owned = owned;
        this.content = content;
        this.media = media;
    }

    @PostMapping("/stories/{id}/share")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a read-only link to a finished book",
            description = "A new link revokes the previous one. Without a body (or with an empty one) the link "
                    + "works until it is revoked; with expires_in_days or expires_at it stops by itself.")
    Link create(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ShareRequest request) {
        Story story = owned.find(id, user);
        if (story.statusKind() != StoryStatus.COMPLETE) {
            throw new StoryConflictException("Only a finished book can be shared.");
        }
        OffsetDateTime expiresAt = request == null ? null : request.expiry(links.now());
        String token = links.create(id, user.actor(), expiresAt);
        return new Link("/s/" + token, "/shared/" + token, token, expiresAt);
    }

    @DeleteMapping("/stories/{id}/share")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the book's share link")
    void revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.check(id, user);
        links.revoke(id);
    }

    @GetMapping("/shared/{token}")
    @Operation(summary = "A shared book, without signing in")
    SharedBook read(@PathVariable String token) {
        Story story = shared(token);
        return SharedBook.of(token, story, content.pages(story.id()));
    }

    @GetMapping("/shared/{token}/pages/{number}/image")
    @Operation(summary = "A picture of a shared book")
    ResponseEntity<byte[]> image(@PathVariable String token, @PathVariable @Min(1) @Max(12) int number,
            @Parameter(description = "A lighter copy at most this wide, as JPEG when Accept takes it")
            @RequestParam(required = false) @Min(1) @Max(4096) Integer w, WebRequest request) {
        Story story = shared(token);
        Page page = content.page(story.id(), number).filter(Page::hasImage)
                .orElseThrow(() -> new ImageNotFoundException("Page " + number + " has no picture."));
        return PictureResponses.of(media, variants, page.imageKey(), w, request);
    }

    /** Only finished books open through a link; anything else looks like no link at all. */
    private Story shared(String token) {
        return links.storyOf(token).flatMap(content::find)
                .filter(s -> s.statusKind() == StoryStatus.COMPLETE)
                .orElseThrow(() -> new StoryNotFoundException(null));
    }

    /**
     * @param url       the page that shows the book
     * @param apiUrl    the book as JSON
     * @param token     the link's secret; shown once
     * @param expiresAt when the link stops working; null: when it is revoked
     */
    record Link(String url, String apiUrl, String token, OffsetDateTime expiresAt) {
    }

    /** How long a new link works: a number of days, or until a moment; neither: until it is revoked. */
    @ShareExpiry
    record ShareRequest(
            @Schema(example = "7", description = "The link stops working after this many days")
            @Min(1) @Max(ShareExpiry.MAX_DAYS) Integer expiresInDays,
            @Schema(description = "The link stops working at this moment (at most 365 days ahead)")
            @Future OffsetDateTime expiresAt) {

        /** When the link stops working, for a link made at {@code now}; null: never by itself. */
        OffsetDateTime expiry(OffsetDateTime now) {
            if (expiresInDays != null) {
                return now.plusDays(expiresInDays);
            }
            return expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** What a share link shows: the book's words and pictures, nothing about its owner. */
    record SharedBook(String title, String childName, StoryMeta meta, ArtStyle artStyle, String language,
            List<SharedPage> pages) {

        static SharedBook of(String token, Story s, List<Page> pages) {
            return new SharedBook(s.title(), s.child().name(), s.meta(), s.artStyle(), s.language(),
                    pages.stream().map(p -> new SharedPage(p.number(), p.text(), "/shared/" + token + "/pages/"
                            + p.number() + "/image?v=" + ImageUrls.version(p.imageKey()))).toList());
        }
    }

    record SharedPage(int number, String text, String imageUrl) {
    }
}
