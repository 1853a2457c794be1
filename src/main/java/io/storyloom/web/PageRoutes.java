package io.storyloom.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web page is one HTML document ({@code static/index.html}) that draws every screen itself. The
 * addresses the server sends browsers to, and the share links it hands out, open that same document,
 * which reads the address and shows the right screen.
 */
@Controller
class PageRoutes {

    private final PageDocument document;

    PageRoutes(PageDocument document) {
        this.document = document;
    }

    /**
     * The start (a landing page for visitors, the bookshelf once signed in), sign-in (where anonymous
     * browsers are sent), sign-up and a shared book ({@code /s/<token>}). Revalidated on every load, so
     * a new release shows at once; the files it names are versioned and kept.
     */
    @GetMapping({"/", "/index.html", "/signin", "/signup", "/s/{token}"})
    ResponseEntity<String> page() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .eTag("\"" + document.version() + "\"")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(document.html());
    }

    /** The page's stylesheets as one file, under the versioned folder (so kept for a year). */
    @GetMapping("/assets/v-{version}/" + PageDocument.STYLES)
    ResponseEntity<String> styles() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .body(document.styles());
    }
}
