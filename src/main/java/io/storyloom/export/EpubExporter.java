package io.storyloom.export;

import com.samskivert.mustache.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Packs a book as a reflowable EPUB 3: a cover, one XHTML document per page with its picture and text
 * (and, for a narrated book, its recording with a media overlay so e-readers read it aloud sentence by sentence),
 * a closing page, a navigation document, the fonts the book's text needs and a style sheet. Text blocks
 * carry {@code dir="auto"} and the book its language's direction, so readers set Hebrew or Arabic right to
 * left. The documents are templates under {@code resources/export/epub/}; every text in them is escaped as XML.
 */
@Component
class EpubExporter {

    private static final Logger log = LoggerFactory.getLogger(EpubExporter.class);
    private static final String XHTML = "application/xhtml+xml";
    private static final String ROOT = "EPUB/";
    /** EPUB wants UTC to the second, e.g. {@code 2026-11-21T10:15:30Z}. */
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final BookFont font;
    private final byte[] container = ExportTemplates.bytes("epub/container.xml");
    private final Template css = ExportTemplates.template("epub/book.css.mustache");
    private final Template packageDocument = ExportTemplates.template("epub/package.opf.mustache");
    private final Template nav = ExportTemplates.template("epub/nav.xhtml.mustache");
    private final Template cover = ExportTemplates.template("epub/cover.xhtml.mustache");
    private final Template page = ExportTemplates.template("epub/page.xhtml.mustache");
    private final Template end = ExportTemplates.template("epub/end.xhtml.mustache");
    private final Template overlay = ExportTemplates.template("epub/page.smil.mustache");

    EpubExporter(BookFont font) {
        this.font = font;
    }

    /** A manifest item; {@code mediaOverlay} names the item reading it aloud, if any. */
    record Item(String id, String href, String mediaType, String properties, String mediaOverlay) {

        Item(String id, String href, String mediaType, String properties) {
            this(id, href, mediaType, properties, null);
        }
    }

    /** How long one media overlay plays, as the package document says it. */
    record Duration(String overlayId, String clock) {
    }

    /** A picture as the documents show it. */
    record Shown(String href, String alt) {
    }

    /** A line of the table of contents. */
    record Entry(String href, String label) {
    }

    byte[] export(BookSnapshot book) {
        long started = System.nanoTime();
        BookWords words = book.words();
        var out = new ByteArrayOutputStream(1 << 20);
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            var writer = new Writer(zip, book.lastChange().toInstant().toEpochMilli());
            writer.mimetype();
            writer.add("META-INF/container.xml", container);

            List<Item> items = new ArrayList<>();
            List<String> spine = new ArrayList<>();
            List<Entry> toc = new ArrayList<>();
            Map<String, BookSnapshot.Picture> pictures = new LinkedHashMap<>();
            List<Duration> durations = new ArrayList<>();
            long narratedMs = 0;
            var common = Map.of("language", book.language(), "title", book.title(), "direction", book.direction());

            String coverImage = book.cover() == null ? null : book.cover().name();
            Shown coverShown = coverImage == null ? null : new Shown("images/" + coverImage, book.title());
            if (book.cover() != null) {
                pictures.put(coverImage, book.cover());
            }
            writer.add(ROOT + "cover.xhtml", cover.execute(with(common, Map.of(
                    "picture", coverShown == null ? List.of() : List.of(coverShown),
                    "dedication", words.dedication(book.childName())))));
            items.add(new Item("cover", "cover.xhtml", XHTML, null));
            spine.add("cover");
            toc.add(new Entry("cover.xhtml", words.cover()));

            for (BookSnapshot.BookPage bookPage : book.pages()) {
                String name = "page-" + bookPage.number();
                var picture = bookPage.picture();
                List<Shown> shown = List.of();
                if (picture != null) {
                    pictures.putIfAbsent(picture.name(), picture);
                    String alt = picture.description().isEmpty() ? words.pictureLabel(bookPage.number())
                            : picture.description();
                    shown = List.of(new Shown("images/" + picture.name(), alt));
                }
                var narration = bookPage.narration();
                writer.add(ROOT + name + ".xhtml", page.execute(with(common, Map.of(
                        "label", words.pageLabel(bookPage.number()),
                        "number", bookPage.number(),
                        "picture", shown,
                        "paragraphs", narration == null ? bookPage.paragraphs() : List.of(),
                        "narrated", narration == null ? List.of()
                                : NarratedText.paragraphs(bookPage.number(), narration.text(), narration.sentences())))));
                String overlayId = null;
                if (narration != null) {
                    overlayId = "smil-" + name;
                    String audio = "audio/" + narration.name();
                    writer.addStored(ROOT + audio, narration.audio()); // MP3 is compressed already
                    items.add(new Item(itemId("audio", narration.name()), audio, narration.mediaType(), null));
                    writer.add(ROOT + name + ".smil", overlay.execute(Map.of("page", name + ".xhtml",
                            "clips", MediaOverlay.clips(bookPage.number(), audio, narration.sentences()))));
                    items.add(new Item(overlayId, name + ".smil", "application/smil+xml", null));
                    durations.add(new Duration(overlayId, MediaOverlay.clock(narration.durationMs())));
                    narratedMs += narration.durationMs();
                }
                items.add(new Item(name, name + ".xhtml", XHTML, null, overlayId));
                spine.add(name);
                toc.add(new Entry(name + ".xhtml", words.pageLabel(bookPage.number())));
            }

            writer.add(ROOT + "the-end.xhtml", end.execute(with(common, Map.of("theEnd", words.theEnd()))));
            items.add(new Item("the-end", "the-end.xhtml", XHTML, null));
            spine.add("the-end");
            toc.add(new Entry("the-end.xhtml", words.theEnd()));

            String firstPage = book.pages().isEmpty() ? "the-end.xhtml" : "page-" + book.pages().getFirst().number() + ".xhtml";
            writer.add(ROOT + "nav.xhtml", nav.execute(with(common, Map.of(
                    "entries", toc, "coverLabel", words.cover(), "firstPage", firstPage))));
            items.add(new Item("nav", "nav.xhtml", XHTML, "nav"));

            String text = book.printedText();
            List<BookFont.Face> faces = font.faces(font.familiesFor(text)).stream()
                    .filter(face -> face.inEbooks() != BookFont.InEbooks.NONE).toList();
            List<String> families = faces.stream().map(BookFont.Face::family).distinct().toList();
            writer.add(ROOT + "book.css", css.execute(Map.of("fonts", faces, "families", BookFont.css(families))));
            items.add(new Item("css", "book.css", "text/css", null));
            for (BookFont.Face face : faces) {
                writer.add(ROOT + "fonts/" + face.fileName(), face.ebookFile(text));
                items.add(new Item(itemId("font", face.fileName()), "fonts/" + face.fileName(), "font/ttf", null));
            }
            String coverImageId = null;
            for (BookSnapshot.Picture picture : pictures.values()) {
                // Pictures are compressed already; storing them saves time and costs nothing.
                writer.addStored(ROOT + "images/" + picture.name(), picture.bytes());
                boolean isCover = picture.name().equals(coverImage);
                String id = itemId("img", picture.name());
                coverImageId = isCover ? id : coverImageId;
                items.add(new Item(id, "images/" + picture.name(), picture.mediaType(), isCover ? "cover-image" : null));
            }

            var opf = new LinkedHashMap<String, Object>(common);
            opf.put("storyId", book.storyId());
            opf.put("modified", MODIFIED.format(book.lastChange().withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS)));
            opf.put("dedication", words.dedication(book.childName()));
            opf.put("coverImageId", coverImageId == null ? List.of() : coverImageId);
            opf.put("items", items);
            opf.put("spine", spine);
            opf.put("overlays", durations);
            opf.put("narrated", durations.isEmpty() ? List.of() : List.of(MediaOverlay.clock(narratedMs)));
            writer.add(ROOT + "package.opf", packageDocument.execute(opf));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not pack book " + book.storyId(), e);
        }
        log.info("Packed book {} as EPUB ({} pages) in {} ms, {} KiB", book.storyId(), book.pages().size(),
                (System.nanoTime() - started) / 1_000_000, out.size() / 1024);
        return out.toByteArray();
    }

    private static Map<String, Object> with(Map<String, ?> common, Map<String, ?> specific) {
        var all = new LinkedHashMap<String, Object>(common);
        all.putAll(specific);
        return all;
    }

    /** Manifest ids are XML names: letters, digits and hyphens, not starting with a digit. */
    private static String itemId(String prefix, String fileName) {
        return prefix + "-" + fileName.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Writes entries with one timestamp, so the same book packs to the same bytes. */
    private record Writer(ZipOutputStream zip, long time) {

        /** The OCF rule: first entry, named mimetype, stored uncompressed, no extra field. */
        void mimetype() throws IOException {
            addStored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        }

        void add(String name, String text) throws IOException {
            add(name, text.getBytes(StandardCharsets.UTF_8));
        }

        void add(String name, byte[] bytes) throws IOException {
            var entry = new ZipEntry(name);
            entry.setTime(time);
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }

        void addStored(String name, byte[] bytes) throws IOException {
            var crc = new CRC32();
            crc.update(bytes);
            var entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
            entry.setTime(time);
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
    }
}
