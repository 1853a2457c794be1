package io.storyloom.media;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a stored picture to whoever holds a signed, unexpired link to it ({@link SignedLinks}): how an image
 * provider fetches the character reference picture without an account. Only story pictures can be linked.
 */
@RestController
class SignedMediaController {

    private final MediaStore media;
    private final SignedLinks links;

    SignedMediaController(MediaStore media, MediaLinks links) {
        this.media = media;
        this.links = links instanceof SignedLinks signed ? signed : null;
    }

    @GetMapping(SignedLinks.PATH)
    @Operation(summary = "A stored picture, through a signed link that expires")
    ResponseEntity<byte[]> picture(@RequestParam String key, @RequestParam String expires,
            @RequestParam String signature) {
        if (links == null) {
            throw problem(HttpStatus.NOT_FOUND, "No signed links", "This server does not hand out signed links.");
        }
        if (!key.matches("stories/[0-9a-f-]{36}/[a-z0-9-]{1,80}\\.(png|jpg|webp)")) {
            throw problem(HttpStatus.FORBIDDEN, "Invalid link", "The link is not valid.");
        }
        switch (links.check(key, expires, signature)) {
            case MALFORMED -> throw problem(HttpStatus.BAD_REQUEST, "Malformed link",
                    "The link's expiry or signature is malformed.");
            case FORGED -> throw problem(HttpStatus.FORBIDDEN, "Invalid link", "The link is not valid.");
            case EXPIRED -> throw problem(HttpStatus.GONE, "Expired link", "The link has expired.");
            case VALID -> {
            }
        }
        var stored = media.get(key).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Not found",
                "The picture is not there any more."));
        long left = Math.max(0, Long.parseLong(expires) - Instant.now().getEpochSecond());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(left)).cachePrivate())
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .body(stored.bytes());
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
