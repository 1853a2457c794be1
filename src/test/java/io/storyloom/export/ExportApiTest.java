package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.StoryClient;
import io.storyloom.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The export end to end: a real book made by the offline models, downloaded over HTTP as a PDF and an
 * EPUB and taken apart with PDFBox, a ZIP reader, an XML parser and EPUBCheck. The downloads are kept
 * under {@code target/export-samples/} for a person to look at.
 */
@TestDatabase(TestDatabase.Kind.H2)
class ExportApiTest extends AppTest {

    private static final String HOSTILE_NAME = "<script>alert(1)</script> & Co";

    /** Finished books, made once per name and language for the whole class, by one account. */
    private static final Map<String, String> BOOKS = new HashMap<>();
    private static String owner;

    /** Every test acts as the account that made the shared books. */
    @BeforeEach
    void actAsTheBooksOwner() {
        if (owner == null) {
            owner = token;
        }
        api = new Api(port).header("Authorization", "Bearer " + owner);
        stories = new StoryClient(api);
    }

    @Test
    void aFinishedBookPrintsOnA4WithACoverEveryPageAndTheEnd() throws IOException {
        String id = finishedBook("Mia", "en");
        JsonNode book = stories.book(id);
        List<JsonNode> pages = book.get("pages").valueStream().toList();

        var response = api.get("/stories/" + id + "/export.pdf");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"")
                .contains(".pdf\"; filename*=UTF-8''");
        assertThat(response.header("ETag")).startsWith("W/\"");
        Path file = Samples.save("book-en-a4.pdf", response.bytes());

        try (PDDocument pdf = Loader.loadPDF(response.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + pages.size() + 1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(1f));
            }
            String cover = PdfFacts.text(pdf, 1);
            assertThat(PdfFacts.squash(cover)).contains(PdfFacts.squash(book.get("title").asString()), "AstoryforMia");
            assertThat(PdfFacts.hasImage(pdf.getPage(0).getResources())).as("cover picture").isTrue();
            for (JsonNode page : pages) {
                int sheet = page.get("number").asInt() + 1;
                assertThat(PdfFacts.hasImage(pdf.getPage(sheet - 1).getResources())).as("picture on sheet %d", sheet).isTrue();
                String text = PdfFacts.text(pdf, sheet);
                assertThat(PdfFacts.squash(text)).as("text on sheet %d", sheet)
                        .contains(PdfFacts.squash(page.get("text").asString()));
                assertThat(text.strip()).as("page number on sheet %d", sheet).endsWith(page.get("number").asString());
            }
            assertThat(PdfFacts.text(pdf, pdf.getNumberOfPages())).contains("The End");
            assertThat(PdfFacts.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("SourceSans");
            });
            PdfFacts.renderPages(pdf, Samples.FOLDER, "book-en-a4", 1, 2, pdf.getNumberOfPages());
        }
        assertThat(file).exists();
    }

    @Test
    void letterPaperIsUsLetterSized() throws IOException {
        String id = finishedBook("Mia", "en");
        var response = api.get("/stories/" + id + "/export.pdf?paper=letter");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Samples.save("book-en-letter.pdf", response.bytes());
        try (PDDocument pdf = Loader.loadPDF(response.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + stories.book(id).get("pages").size() + 1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(612f, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(792f, within(1f));
            }
            PdfFacts.renderPages(pdf, Samples.FOLDER, "book-en-letter", 2);
        }
    }

    @Test
    void aSpanishBookKeepsItsAccentsAndSpeaksSpanish() throws IOException {
        String id = finishedBook("Sofía", "es");
        JsonNode book = stories.book(id);
        var response = api.get("/stories/" + id + "/export.pdf");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Samples.save("book-es-a4.pdf", response.bytes());
        try (PDDocument pdf = Loader.loadPDF(response.bytes())) {
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 1))).contains("UncuentoparaSofía");
            String all = PdfFacts.squash(new PDFTextStripper().getText(pdf));
            for (JsonNode page : book.get("pages")) {
                assertThat(all).contains(PdfFacts.squash(page.get("text").asString()));
            }
            assertThat(PdfFacts.text(pdf, pdf.getNumberOfPages())).contains("Fin");
            PdfFacts.renderPages(pdf, Samples.FOLDER, "book-es-a4", 1, 2);
        }
    }

    @Test
    void aFinishedBookPacksAsAValidEpub3() {
        String id = finishedBook("Mia", "en");
        JsonNode book = stories.book(id);
        List<JsonNode> pages = book.get("pages").valueStream().toList();

        var response = api.get("/stories/" + id + "/export.epub");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/epub+zip");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"").contains(".epub\"");
        Path file = Samples.save("book-en.epub", response.bytes());
        var epub = EpubFacts.read(response.bytes());

        assertThat(epub.metadata(EpubFacts.DC, "identifier")).isEqualTo("urn:uuid:" + id);
        assertThat(epub.metadata(EpubFacts.DC, "title")).isEqualTo(book.get("title").asString());
        assertThat(epub.metadata(EpubFacts.DC, "language")).isEqualTo("en");
        assertThat(epub.metaProperty("dcterms:modified")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        List<String> pageIds = pages.stream().map(p -> "page-" + p.get("number").asInt()).toList();
        assertThat(epub.spine()).startsWith("cover").containsSubsequence(pageIds).endsWith("the-end")
                .hasSize(pages.size() + 2);

        var manifest = epub.manifest();
        var documents = epub.documents();
        assertThat(documents.keySet()).contains("EPUB/cover.xhtml", "EPUB/nav.xhtml")
                .filteredOn(path -> path.matches("EPUB/page-\\d+\\.xhtml")).hasSize(pages.size());
        assertThat(manifest).filteredOn(item -> item.properties().contains("nav")).hasSize(1);
        assertThat(manifest).filteredOn(item -> item.properties().contains("cover-image")).singleElement()
                .satisfies(cover -> assertThat(epub.entries()).containsKey(cover.path()));
        documents.forEach((path, document) -> {
            for (String image : EpubFacts.images(path, document)) {
                assertThat(epub.entries()).as("%s in %s", image, path).containsKey(image);
                assertThat(manifest).as("%s in the manifest", image)
                        .anySatisfy(item -> assertThat(item).extracting(EpubFacts.Item::path, EpubFacts.Item::mediaType)
                                .containsExactly(image, "image/jpeg"));
            }
        });
        for (JsonNode page : pages) {
            var document = documents.get("EPUB/page-" + page.get("number").asInt() + ".xhtml");
            assertThat(EpubFacts.images("EPUB/page-" + page.get("number").asInt() + ".xhtml", document)).hasSize(1);
            assertThat(PdfFacts.squash(document.getDocumentElement().getTextContent()))
                    .contains(PdfFacts.squash(page.get("text").asString()));
        }

        var checked = EpubChecker.check(file);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void markupInTheChildsNameAndIdeaIsTextInBothBooks() throws IOException {
        Map<String, Object> request = new HashMap<>(StoryClient.request(HOSTILE_NAME, 2));
        request.put("idea", "A <b>bold</b> & brave <script>alert(2)</script> idea");
        var created = api.post("/stories/", Api.json(request));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String id = created.json().get("story_id").asString();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        JsonNode book = stories.book(id);

        var pdfResponse = api.get("/stories/" + id + "/export.pdf");
        assertThat(pdfResponse.status()).isEqualTo(200);
        assertThat(pdfResponse.header("Content-Disposition")).doesNotContain("<", ">", "&");
        Samples.save("hostile-a4.pdf", pdfResponse.bytes());
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.bytes())) {
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 1)))
                    .contains(PdfFacts.squash(book.get("title").asString()))
                    .contains(PdfFacts.squash("A story for " + HOSTILE_NAME));
            for (JsonNode page : book.get("pages")) {
                assertThat(PdfFacts.squash(PdfFacts.text(pdf, page.get("number").asInt() + 1)))
                        .contains(PdfFacts.squash(page.get("text").asString()));
            }
            PdfFacts.renderPages(pdf, Samples.FOLDER, "hostile-a4", 1);
        }

        var epubResponse = api.get("/stories/" + id + "/export.epub");
        assertThat(epubResponse.status()).isEqualTo(200);
        Path file = Samples.save("hostile.epub", epubResponse.bytes());
        var epub = EpubFacts.read(epubResponse.bytes());
        var documents = epub.documents();
        documents.values().forEach(document ->
                assertThat(document.getElementsByTagNameNS(EpubFacts.XHTML, "script").getLength()).isZero());
        assertThat(documents.get("EPUB/cover.xhtml").getDocumentElement().getTextContent())
                .contains("A story for " + HOSTILE_NAME);
        assertThat(new String(epub.entries().get("EPUB/cover.xhtml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(EpubChecker.check(file).errors()).isEmpty();
    }

    @Test
    void theDownloadIsNamedAfterTheTitle() {
        String id = finishedBook("Mia", "en");
        String title = stories.book(id).get("title").asString();
        var response = api.get("/stories/" + id + "/export.epub");

        assertThat(response.header("Content-Disposition"))
                .contains("filename=\"" + DownloadName.ascii(title) + ".epub\"")
                .contains("filename*=UTF-8''");
    }

    @Test
    void anUnchangedBookIsNotSentTwice() {
        String id = finishedBook("Mia", "en");
        var first = api.get("/stories/" + id + "/export.pdf");
        String etag = first.header("ETag");

        var again = api.get("/stories/" + id + "/export.pdf", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();

        var letter = api.get("/stories/" + id + "/export.pdf?paper=letter", "If-None-Match", etag);
        assertThat(letter.status()).as("another paper is another file").isEqualTo(200);
        var epub = api.get("/stories/" + id + "/export.epub", "If-None-Match", etag);
        assertThat(epub.status()).isEqualTo(200);
        assertThat(api.get("/stories/" + id + "/export.epub", "If-None-Match", epub.header("ETag")).status())
                .isEqualTo(304);
    }

    @Test
    void theExportsAreInTheApiDescription() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        for (String path : List.of("/stories/{id}/export.pdf", "/stories/{id}/export.epub")) {
            JsonNode get = paths.get(path).get("get");
            assertThat(get.get("tags").get(0).asString()).isEqualTo("Export");
            assertThat(get.get("summary").asString()).isNotBlank();
        }
        assertThat(paths.get("/stories/{id}/export.pdf").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("paper");
    }

    @Test
    void anUnknownPaperIsABadRequestNamingIt() {
        String id = finishedBook("Mia", "en");
        var response = api.get("/stories/" + id + "/export.pdf?paper=a5");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("paper");
    }

    @Test
    void aBookStillBeingMadeCannotBeExported() {
        models.hold();
        String id = stories.create("Ada", 2);

        for (String format : List.of("pdf", "epub")) {
            var response = api.get("/stories/" + id + "/export." + format);
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("still being made");
        }
        models.open();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        assertThat(api.get("/stories/" + id + "/export.epub").status()).isEqualTo(200);
    }

    @Test
    void aFailedBookCannotBeExported() {
        models.failCall("STRUCTURED_STORY", 1);
        String id = stories.create("Ben", 2);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("FAILED");

        // A client asking for the file itself still gets the problem, not a 406.
        for (var format : Map.of("pdf", "application/pdf", "epub", "application/epub+zip").entrySet()) {
            var response = api.get("/stories/" + id + "/export." + format.getKey(), "Accept", format.getValue());
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("could not be finished");
        }
    }

    @Test
    void anUnknownBookIsNotFound() {
        for (String path : List.of("/stories/" + UUID.randomUUID() + "/export.pdf",
                "/stories/" + UUID.randomUUID() + "/export.epub", "/stories/not-a-uuid/export.pdf")) {
            var response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
    }

    /** A finished book for a child's name and a language, made on first use. */
    private String finishedBook(String childName, String language) {
        return BOOKS.computeIfAbsent(childName + "|" + language, key -> {
            Map<String, Object> request = new HashMap<>(StoryClient.request(childName, 4));
            request.put("language", language);
            var created = api.post("/stories/", Api.json(request));
            assertThat(created.status()).as(created.toString()).isEqualTo(202);
            String id = created.json().get("story_id").asString();
            assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
            return id;
        });
    }
}
