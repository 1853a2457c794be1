package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import io.storyloom.media.MediaStore;
import io.storyloom.media.PictureVariants;
import io.storyloom.media.StoredMedia;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF exporter on books made by hand: hostile and accented text, long pages, both papers. */
class PdfExporterTest {

    private static final PdfExporter EXPORTER = new PdfExporter(new BookFont());

    @Test
    void markupInTitleNameAndTextIsPrintedAsText() throws IOException {
        var book = BookFixtures.book("The " + BookFixtures.HOSTILE + " book", BookFixtures.HOSTILE, "en",
                List.of("Once there was " + BookFixtures.HOSTILE + ".", "Then it ended."), 640, 480);

        byte[] bytes = EXPORTER.export(book, Paper.A4);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            String cover = PdfFacts.squash(PdfFacts.text(pdf, 1));
            assertThat(cover).contains(PdfFacts.squash("The " + BookFixtures.HOSTILE + " book"))
                    .contains(PdfFacts.squash("A story for " + BookFixtures.HOSTILE));
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 2)))
                    .contains(PdfFacts.squash("Once there was " + BookFixtures.HOSTILE + "."));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("The " + BookFixtures.HOSTILE + " book");
        }
    }

    @Test
    void accentedLettersOfEveryBookLanguageAreEmbeddedAndReadBack() throws IOException {
        String text = "¿Qué tal, señor Muñoz? À la forêt, garçon, cœur, Noël! Größe, Mädchen, Übermut, Straße. "
                + "Łódź, Dvořák, Ångström, Őrség, Çağrı. «Guillemets» — „Anführungszeichen“ … 1–2 €";
        var book = BookFixtures.book("Ça va, Zoë?", "Zoë", "fr", List.of(text), 640, 480);

        try (PDDocument pdf = Loader.loadPDF(EXPORTER.export(book, Paper.A4))) {
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 2))).contains(PdfFacts.squash(text));
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 1))).contains("Çava,Zoë?", "UnehistoirepourZoë");
            assertThat(PdfFacts.text(pdf, 3)).contains("Fin");
            assertThat(PdfFacts.fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyPageFitsOnOneSheetHoweverLongItsText(Paper paper) throws IOException {
        List<String> texts = List.of(BookFixtures.words(40), BookFixtures.words(200), BookFixtures.words(420),
                BookFixtures.words(700), BookFixtures.words(1200),
                BookFixtures.words(600) + "\n\n" + BookFixtures.words(500) + "\n" + BookFixtures.words(880),
                BookFixtures.words(2000));
        // Square and tall pictures as a real image provider may send them.
        var book = BookFixtures.book("Long and short", "Ana", "en", texts, 1024, 1024);

        byte[] bytes = EXPORTER.export(book, paper);

        Samples.save("fit-" + paper.code() + ".pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + texts.size() + 1);
            for (int i = 0; i < texts.size(); i++) {
                int sheet = i + 2;
                String printed = PdfFacts.squash(PdfFacts.text(pdf, sheet));
                assertThat(printed).as("sheet %d", sheet).contains(PdfFacts.squash(texts.get(i)));
                assertThat(printed).as("page number on sheet %d", sheet).endsWith(Integer.toString(i + 1));
                assertThat(PdfFacts.hasImage(pdf.getPage(sheet - 1).getResources())).isTrue();
            }
            PdfFacts.renderPages(pdf, Samples.FOLDER, "fit-" + paper.code(), 2, 6, 8);
        }
    }

    @Test
    void aBookOfFullSizePicturesStaysAReasonableDownload() throws IOException {
        var book = BookFixtures.book("Twelve pages", "Ana", "en",
                java.util.Collections.nCopies(12, BookFixtures.words(300)), 1024, 768);

        long started = System.nanoTime();
        byte[] bytes = EXPORTER.export(book, Paper.A4);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(bytes.length).as("%d bytes in %d ms", bytes.length, millis).isLessThan(8 * 1024 * 1024);
    }

    /**
     * Pictures go into the book as the exporters' loader hands them over ({@link BookLoader#forPrint}):
     * at most print width, as JPEG. Six full-size 1024×768 pictures with a painter's grain are about
     * 8.9 MB as PNG, which a PDF embedding them as they are weighs too (6.7 MB for a real six-page book
     * once); sized for print the book measures about 1.2 MB. The budget of 2 MB leaves room for busier
     * pictures: seven (six pages and the cover) at about 280 KB each.
     */
    @Test
    void aSixPageBookOfFullSizePicturesIsPrintedFromPicturesSizedForPrint() throws IOException {
        Map<String, StoredMedia> store = new HashMap<>();
        var variants = new PictureVariants(new MediaStore() {
            @Override
            public void put(String key, byte[] bytes, String mediaType) {
                store.put(key, new StoredMedia(bytes, mediaType));
            }

            @Override
            public Optional<StoredMedia> get(String key) {
                return Optional.ofNullable(store.get(key));
            }

            @Override
            public void deleteAll(String prefix) {
                store.keySet().removeIf(key -> key.startsWith(prefix));
            }
        });
        long stored = 0;
        for (int n = 1; n <= 6; n++) {
            byte[] png = BookFixtures.paintedPng(1024, 768, n);
            stored += png.length;
            store.put("page-" + n, new StoredMedia(png, "image/png"));
        }
        var book = BookFixtures.book("Six pages", "Ana", "en", Collections.nCopies(6, BookFixtures.words(300)), n -> {
            StoredMedia printed = BookLoader.forPrint(variants, "page-" + n).orElseThrow();
            return new BookSnapshot.Picture("page-" + n + ".jpg", printed.bytes(), printed.mediaType(), 1024, 768,
                    "Scene " + n);
        });

        byte[] pdf = EXPORTER.export(book, Paper.A4);
        byte[] epub = new EpubExporter(new BookFont()).export(book);

        Samples.save("six-full-size-pictures.pdf", pdf);
        String sizes = "pictures stored %d bytes, PDF %d bytes, EPUB %d bytes".formatted(stored, pdf.length, epub.length);
        assertThat(stored).as(sizes).isGreaterThan(5L * 1024 * 1024);
        assertThat(pdf.length).as(sizes).isLessThan(2 * 1024 * 1024);
        assertThat(epub.length).as(sizes).isLessThan(2 * 1024 * 1024);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).isEqualTo(1 + 6 + 1);
            for (int sheet = 2; sheet <= 7; sheet++) {
                assertThat(PdfFacts.hasImage(printed.getPage(sheet - 1).getResources())).as("picture on sheet %d", sheet)
                        .isTrue();
            }
        }
    }
}
