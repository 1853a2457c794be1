package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.storyloom.ai.http.SpeechStubs;
import io.storyloom.narration.SentenceTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The EPUB exporter on books made by hand: hostile text, accents, and what EPUBCheck says. */
class EpubExporterTest {

    private static final EpubExporter EXPORTER = new EpubExporter(new BookFont());

    @Test
    void markupInTitleNameTextAndPictureDescriptionsStaysText() {
        var book = BookFixtures.book("The " + BookFixtures.HOSTILE + " book", BookFixtures.HOSTILE, "en",
                List.of("Once there was " + BookFixtures.HOSTILE + ".\nA second paragraph & more."), 320, 240);

        byte[] bytes = EXPORTER.export(book);

        Path file = Samples.save("hostile.epub", bytes);
        var epub = EpubFacts.read(bytes);
        assertThat(epub.metadata(EpubFacts.DC, "title")).isEqualTo("The " + BookFixtures.HOSTILE + " book");
        assertThat(epub.metadata(EpubFacts.DC, "description")).isEqualTo("A story for " + BookFixtures.HOSTILE);
        var documents = epub.documents();
        for (Document document : documents.values()) {
            assertThat(document.getElementsByTagNameNS(EpubFacts.XHTML, "script").getLength()).isZero();
            assertThat(document.getElementsByTagNameNS(EpubFacts.XHTML, "b").getLength()).isZero();
        }
        Document page = documents.get("EPUB/page-1.xhtml");
        var paragraphs = page.getElementsByTagNameNS(EpubFacts.XHTML, "p");
        assertThat(paragraphs.item(0).getTextContent()).isEqualTo("Once there was " + BookFixtures.HOSTILE + ".");
        assertThat(paragraphs.item(1).getTextContent()).isEqualTo("A second paragraph & more.");
        String raw = new String(epub.entries().get("EPUB/page-1.xhtml"), StandardCharsets.UTF_8);
        assertThat(raw).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;").doesNotContain("<script");
        var alt = (Element) page.getElementsByTagNameNS(EpubFacts.XHTML, "img").item(0);
        assertThat(alt.getAttribute("alt")).isEqualTo("Scene 1 with " + BookFixtures.HOSTILE);

        assertThat(EpubChecker.check(file).errors()).isEmpty();
    }

    @Test
    void aGermanBookIsValidAndSaysSoInItsLanguage() {
        var book = BookFixtures.book("Größe und Mut", "Jörg", "de",
                List.of("Jörg übte jeden Tag. „Ich schaffe das“, sagte er.", "Und er schaffte es!"), 320, 240);

        byte[] bytes = EXPORTER.export(book);

        var epub = EpubFacts.read(bytes);
        assertThat(epub.metadata(EpubFacts.DC, "language")).isEqualTo("de");
        assertThat(epub.metadata(EpubFacts.DC, "identifier")).isEqualTo("urn:uuid:" + book.storyId());
        assertThat(epub.metaProperty("dcterms:modified")).isEqualTo("2026-11-21T09:15:30Z");
        var documents = epub.documents();
        assertThat(documents.get("EPUB/cover.xhtml").getDocumentElement().getAttribute("lang")).isEqualTo("de");
        assertThat(documents.get("EPUB/cover.xhtml").getDocumentElement().getTextContent())
                .contains("Eine Geschichte für Jörg");
        assertThat(documents.get("EPUB/the-end.xhtml").getDocumentElement().getTextContent()).contains("Ende");
        var checked = EpubChecker.check(Samples.save("german.epub", bytes));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void theCheckerSeesTextThatWasNotEscaped() throws IOException {
        var book = BookFixtures.book("Broken", "Ana", "en", List.of("One."), 320, 240);
        var good = EpubFacts.read(EXPORTER.export(book));
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : good.entries().entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                byte[] bytes = entry.getKey().equals("EPUB/page-1.xhtml")
                        ? new String(entry.getValue(), StandardCharsets.UTF_8).replace("One.", "One & <two")
                                .getBytes(StandardCharsets.UTF_8)
                        : entry.getValue();
                zip.write(bytes);
                zip.closeEntry();
            }
        }

        var checked = EpubChecker.check(Samples.save("broken.epub", out.toByteArray()));

        assertThat(checked.errors()).anySatisfy(e -> assertThat(e).startsWith("RSC-016").contains("EPUB/page-1.xhtml"));
    }

    @Test
    void anArabicBookIsSetRightToLeftAndCarriesTheWholeArabicFont() throws IOException {
        var book = BookFixtures.book("ليلى والتنين الصغير", "ليلى", "ar",
                List.of("وجدت ليلى بيضة صغيرة في الحديقة.", "قالت: لا تخف!"), 320, 240);

        byte[] bytes = EXPORTER.export(book);

        var epub = EpubFacts.read(bytes);
        var spine = (Element) epub.packageDocument().getElementsByTagNameNS(EpubFacts.OPF, "spine").item(0);
        assertThat(spine.getAttribute("page-progression-direction")).isEqualTo("rtl");
        for (Document document : epub.documents().values()) {
            assertThat(document.getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        }
        var paragraph = (Element) epub.documents().get("EPUB/page-2.xhtml")
                .getElementsByTagNameNS(EpubFacts.XHTML, "p").item(0);
        assertThat(paragraph.getAttribute("dir")).isEqualTo("auto");
        assertThat(paragraph.getTextContent()).isEqualTo("قالت: لا تخف!");
        // The reader joins the letters with the font's own tables, so the font travels whole.
        var arabic = new BookFont().faces().stream().filter(f -> f.fileName().equals("storybook-arabic-400.ttf"))
                .findFirst().orElseThrow();
        assertThat(epub.entries().get("EPUB/fonts/storybook-arabic-400.ttf")).isEqualTo(arabic.truetype());
        assertThat(epub.entries()).containsKeys("EPUB/fonts/storybook-latin-400.ttf", "EPUB/fonts/storybook-arabic-700.ttf")
                .doesNotContainKeys("EPUB/fonts/storybook-cjk-400.ttf", "EPUB/fonts/storybook-hebrew-400.ttf");
        String css = new String(epub.entries().get("EPUB/book.css"), StandardCharsets.UTF_8);
        assertThat(css).contains("font-family: 'Storybook', 'Storybook Arabic', sans-serif;")
                .contains("src: url(fonts/storybook-arabic-400.ttf);");

        var checked = EpubChecker.check(Samples.save("arabic.epub", bytes));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void chineseTravelsAsTheLettersTheBookUsesAndEmojiAreLeftToTheReader() throws IOException {
        String name = "美美 🦄";
        var book = BookFixtures.book("美美和小龙 🐉", name, "zh", List.of("美美在花园里发现了一颗龙蛋。🥚"), 320, 240);

        byte[] bytes = EXPORTER.export(book);

        var epub = EpubFacts.read(bytes);
        assertThat(epub.documents().get("EPUB/cover.xhtml").getDocumentElement().getAttribute("dir")).isEqualTo("ltr");
        byte[] cjk = epub.entries().get("EPUB/fonts/storybook-cjk-400.ttf");
        // A cut of the 4 MB font: the book's letters, nothing else.
        assertThat(cjk).hasSizeLessThan(64 * 1024);
        // Readers draw emoji in their own colour; the outline font is for print.
        assertThat(epub.entries()).doesNotContainKey("EPUB/fonts/storybook-emoji-400.ttf");
        assertThat(new String(epub.entries().get("EPUB/book.css"), StandardCharsets.UTF_8))
                .contains("font-family: 'Storybook', 'Storybook CJK', sans-serif;");
        try (var font = new TTFParser().parse(new RandomAccessReadBuffer(cjk))) {
            var cmap = font.getUnicodeCmapLookup();
            "美和小龙在花园里发现了一颗蛋。".codePoints().forEach(c -> assertThat(cmap.getGlyphId(c)).as(Character.toString(c)).isPositive());
            assertThat(cmap.getGlyphId("猫".codePointAt(0))).isZero();
        }
        var checked = EpubChecker.check(Samples.save("chinese.epub", bytes));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void theSameBookPacksToTheSameBytes() {
        var book = BookFixtures.book("Twice", "Ana", "en", List.of("One.", "Two."), 320, 240);
        assertThat(EXPORTER.export(book)).isEqualTo(EXPORTER.export(book));
    }

    @Test
    void aNarratedBookHasAMediaOverlayPerPageThatEpubCheckAccepts() {
        String first = "Mia found an egg. It was warm & \"round\"!\nShe smiled.";
        var plain = BookFixtures.book("Narrated", "Mia", "en", List.of(first, "The end of the day."), 320, 240);
        var pages = List.of(
                narrated(plain.pages().get(0), first, 3000, List.of(new SentenceTime(0, 17, 0, 1200),
                        new SentenceTime(18, first.indexOf('\n'), 1200, 2400),
                        new SentenceTime(first.indexOf('\n') + 1, first.length(), 2400, 3000))),
                narrated(plain.pages().get(1), "The end of the day.", 1000,
                        List.of(new SentenceTime(0, 19, 0, 1000))));
        var book = new BookSnapshot(plain.storyId(), plain.title(), plain.childName(), plain.language(),
                plain.lastChange(), plain.cover(), pages);

        byte[] bytes = EXPORTER.export(book);

        var epub = EpubFacts.read(bytes);
        assertThat(epub.manifest()).extracting(EpubFacts.Item::path, EpubFacts.Item::mediaType)
                .contains(org.assertj.core.groups.Tuple.tuple("EPUB/page-1.smil", "application/smil+xml"),
                        org.assertj.core.groups.Tuple.tuple("EPUB/audio/page-1.mp3", "audio/mpeg"),
                        org.assertj.core.groups.Tuple.tuple("EPUB/page-2.smil", "application/smil+xml"));
        String opf = new String(epub.entries().get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertThat(opf).contains("media-overlay=\"smil-page-1\"")
                .contains("<meta property=\"media:duration\" refines=\"#smil-page-1\">0:00:03.000</meta>")
                .contains("<meta property=\"media:duration\">0:00:04.000</meta>");
        // The page reads as the plain book's does; each sentence is an element the overlay points at.
        Document page = epub.documents().get("EPUB/page-1.xhtml");
        var paragraphs = page.getElementsByTagNameNS(EpubFacts.XHTML, "p");
        assertThat(paragraphs.item(0).getTextContent()).isEqualTo("Mia found an egg. It was warm & \"round\"!");
        assertThat(paragraphs.item(1).getTextContent()).isEqualTo("She smiled.");
        var spans = page.getElementsByTagNameNS(EpubFacts.XHTML, "span");
        assertThat(spans.getLength()).isEqualTo(3);
        assertThat(((Element) spans.item(1)).getAttribute("id")).isEqualTo("p1-s2");
        assertThat(spans.item(1).getTextContent()).isEqualTo("It was warm & \"round\"!");
        Document smil = EpubFacts.xml(epub.entries().get("EPUB/page-1.smil"));
        var texts = smil.getElementsByTagNameNS("http://www.w3.org/ns/SMIL", "text");
        var audios = smil.getElementsByTagNameNS("http://www.w3.org/ns/SMIL", "audio");
        assertThat(((Element) texts.item(2)).getAttribute("src")).isEqualTo("page-1.xhtml#p1-s3");
        assertThat(((Element) audios.item(1)).getAttribute("clipBegin")).isEqualTo("1.200s");
        assertThat(((Element) audios.item(1)).getAttribute("clipEnd")).isEqualTo("2.400s");

        var checked = EpubChecker.check(Samples.save("narrated.epub", bytes));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    private static BookSnapshot.BookPage narrated(BookSnapshot.BookPage page, String text, long millis,
            List<SentenceTime> sentences) {
        return new BookSnapshot.BookPage(page.number(), page.paragraphs(), page.picture(),
                new BookSnapshot.Narration("page-" + page.number() + ".mp3", SpeechStubs.mp3(millis), "audio/mpeg", millis,
                        text, sentences));
    }
}
