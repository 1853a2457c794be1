package io.storyloom.export;

import io.storyloom.account.SignedInUser;
import io.storyloom.story.OwnedStories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Downloads of a finished book: a print-ready PDF and an EPUB 3 e-book. Only COMPLETE stories can be
 * exported (409 otherwise). Downloads carry a weak ETag derived from when the story last changed, so a
 * client that asks again with {@code If-None-Match} gets a 304 without the book being made again.
 */
@RestController
@RequestMapping("/stories")
@Tag(name = "Export", description = "Download a finished book as a PDF or an EPUB")
class ExportController {

    static final MediaType EPUB = MediaType.parseMediaType("application/epub+zip");

    /** Part of every ETag: raise it when a change to the layout should make clients fetch books again. */
    private static final String LAYOUT_REVISION = "1";

    private final OwnedStories owned;
    private final BookLoader books;
    private final PdfExporter pdf;
    private final EpubExporter epub;

    ExportController(OwnedStories owned, BookLoader books, PdfExporter pdf, EpubExporter epub) {
        this.owned = owned;
        this.books = books;
        this.pdf = pdf;
        this.epub = epub;
    }

    @GetMapping(value = "/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The finished book as a print-ready PDF",
            description = "A cover with the title and the child's name, one page per story page with its picture "
                    + "and text, and a closing page, in an embedded font. 409 while the book is being made or "
                    + "when it failed.")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Parameter(description = "Paper size", schema = @Schema(allowableValues = {"a4", "letter"}))
            @RequestParam(defaultValue = "a4") @Pattern(regexp = "(?i)a4|letter", message = "must be a4 or letter")
            String paper,
            WebRequest request) {
        BookSnapshot book = snapshot(id, user);
        Paper size = Paper.of(paper);
        String etag = etag(book, "pdf-" + size.code());
        if (request.checkNotModified(etag)) {
            return null;
        }
        return download(pdf.export(book, size), MediaType.APPLICATION_PDF, book, "pdf", etag);
    }

    @GetMapping(value = "/{id}/export.epub", produces = "application/epub+zip")
    @Operation(summary = "The finished book as an EPUB 3 e-book",
            description = "A cover, one page per story page with its picture and text, and a table of contents. "
                    + "409 while the book is being made or when it failed.")
    ResponseEntity<byte[]> epub(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            WebRequest request) {
        BookSnapshot book = snapshot(id, user);
        String etag = etag(book, "epub");
        if (request.checkNotModified(etag)) {
            return null;
        }
        return download(epub.export(book), EPUB, book, "epub", etag);
    }

    /** Loads the book to export: only its owner may have it (anyone else: 404), and only once COMPLETE (409). */
    private BookSnapshot snapshot(UUID id, SignedInUser user) {
        owned.check(id, user);
        return books.load(id);
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, BookSnapshot book, String extension,
            String etag) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.contentDisposition(book.title(), extension))
                .eTag(etag)
                // Private: a book about somebody's child is for no shared cache; revalidate, the ETag makes that cheap.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(bytes);
    }

    /** Weak: the same book made twice is the same book, though the bytes (creation dates) may differ. */
    private static String etag(BookSnapshot book, String variant) {
        String key = book.storyId() + "|" + book.lastChange().toInstant() + "|" + variant + "|" + LAYOUT_REVISION
                + "|" + book.narrationVersion();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
