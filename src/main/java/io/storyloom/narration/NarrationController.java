package io.storyloom.narration;

import io.storyloom.account.SignedInUser;
import io.storyloom.media.MediaStore;
import io.storyloom.story.OwnedStories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A book's narration: which pages have a recording and when each sentence is heard, and the recordings. */
@RestController
@Tag(name = "Narration", description = "Recordings of a book read aloud, one per page")
class NarrationController {

    private final Narrations narrations;
    private final OwnedStories owned;
    private final MediaStore media;

    NarrationController(Narrations narrations, OwnedStories owned, MediaStore media) {
        this.narrations = narrations;
        this.owned = owned;
        this.media = media;
    }

    @GetMapping("/stories/{id}/narration")
    @Operation(summary = "The book's recordings, page by page, with when each sentence is heard",
            description = "Pages without a current recording are left out; with narration off there are none.")
    NarrationView narration(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        owned.find(id, user);
        var pages = narrations.current(id).values().stream()
                .sorted(Comparator.comparingInt(PageNarration::page))
                .map(n -> NarrationView.PageAudio.of(id, n)).toList();
        var voice = narrations.voice(id);
        return new NarrationView(narrations.enabled(), narrations.enabled() ? voice.voice() : null,
                narrations.enabled() ? voice.speed() : null, pages);
    }

    @GetMapping(value = "/stories/{id}/pages/{number}/audio", produces = "audio/mpeg")
    @Operation(summary = "A page's recording (MP3)", description = "Cacheable for a year: its URL changes when it does.")
    ResponseEntity<byte[]> audio(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable @Min(1) @Max(12) int number, WebRequest request) {
        owned.find(id, user);
        PageNarration narration = narrations.current(id, number).orElseThrow(() -> notFound(number));
        String etag = "\"" + narration.fingerprint() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        var stored = media.get(narration.audioKey()).orElseThrow(() -> notFound(number));
        return ResponseEntity.ok().eTag(etag)
                // Private: a child's name is read aloud in it.
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .body(stored.bytes());
    }

    private static ErrorResponseException notFound(int page) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Page " + page + " has no recording. With narration off, the reader reads aloud with the browser's voice.");
        problem.setTitle("No recording");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
