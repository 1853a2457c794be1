package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Books in Hebrew, Arabic, Chinese and Japanese, and names with emoji: every letter printed with a glyph
 * of a font shipped with the app, read back as the same text, and long words kept on the sheet.
 * The sheets are saved as PNG under {@code target/export-samples/} for a person to look at.
 */
class PdfScriptsTest {

    private static final PdfExporter EXPORTER = new PdfExporter(new BookFont());

    /** A book in one script: its title, the child's name, its language and a page of text. */
    record Script(String name, String title, String child, String language, String text) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Script> scripts() {
        return Stream.of(
                new Script("hebrew", "נועה והדרקון הקטן", "נועה", "he",
                        "נועה מצאה ביצה קטנה בגינה. היא חיכתה בסבלנות, והדרקון בקע! שָׁלוֹם"),
                new Script("arabic", "ليلى والتنين الصغير", "ليلى", "ar",
                        "وجدت ليلى بيضة صغيرة في الحديقة. قالت: لا تخف يا صديقي، وانتظرت بصبر حتى فقس التنين!"),
                new Script("chinese", "美美和小龙的冒险", "美美", "zh",
                        "美美在花园里发现了一颗龙蛋。她耐心地等待，小龙终于破壳而出！"),
                new Script("japanese", "はるとと小さなドラゴン", "陽翔はると", "ja",
                        "はるとは庭でドラゴンのたまごを見つけました。カタカナもひらがなも漢字もあります。"),
                new Script("emoji", "Mia and the 🐉 egg 🥚", "Mia 🦄", "en",
                        "Mia 🦄 found an egg 🥚 under the moon 🌙 and waited ⏳ with a smile 😊 until the dragon 🐉 hatched ✨"));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void namesTitleAndTextAreReadBackFromThePdf(Script script) throws IOException {
        var book = BookFixtures.book(script.title(), script.child(), script.language(), List.of(script.text()), 640, 480);

        byte[] bytes = EXPORTER.export(book, Paper.A4);

        Samples.save("script-" + script.name() + ".pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String cover = readable(PdfFacts.text(pdf, 1));
            assertThat(cover).contains(readable(script.title())).contains(readable(script.child()));
            assertThat(readable(PdfFacts.text(pdf, 2))).contains(readable(script.text()));
            PdfFacts.renderPagesAt(72, pdf, Samples.FOLDER, "script-" + script.name(), 1, 2);
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyLetterHasAGlyphInAnEmbeddedSubsetFont(Script script) throws IOException {
        var book = BookFixtures.book(script.title(), script.child(), script.language(), List.of(script.text()), 640, 480);

        try (PDDocument pdf = Loader.loadPDF(EXPORTER.export(book, Paper.A4))) {
            assertThat(PdfFacts.missingGlyphs(pdf)).isEmpty();
            assertThat(PdfFacts.text(pdf, 2)).doesNotContain("#", "\uFFFD");
            assertThat(PdfFacts.fonts(pdf)).extracting(PDFont::getName)
                    .allSatisfy(name -> assertThat(name).as("subset font").matches("[A-Z]{6}\\+.+"));
            assertThat(PdfFacts.fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void arabicIsJoinedAndSetRightToLeft() throws IOException {
        String name = "ليلى";
        var book = BookFixtures.book("كتاب " + name, name, "ar", List.of("قالت " + name + ": لا"), 640, 480);

        try (PDDocument pdf = Loader.loadPDF(EXPORTER.export(book, Paper.A4))) {
            List<TextPosition> letters = PdfFacts.positions(pdf, 2).stream()
                    .filter(p -> Character.UnicodeBlock.of(p.getUnicode().codePointAt(0)) != Character.UnicodeBlock.BASIC_LATIN)
                    .toList();
            // Joined: the letters are drawn in their connected forms (Arabic Presentation Forms), not the
            // isolated code points of the text; lam-alef is one ligature.
            assertThat(letters).extracting(TextPosition::getUnicode)
                    .allSatisfy(letter -> assertThat(Character.UnicodeBlock.of(letter.codePointAt(0)))
                            .isIn(Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A,
                                    Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B))
                    .contains("\uFEFB");
            // Right to left: the word read first (قالت) stands right of the name.
            double qaf = letters.stream().filter(p -> Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC).equals("ق"))
                    .mapToDouble(TextPosition::getX).max().orElseThrow();
            double ya = letters.stream().filter(p -> Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC).equals("ي"))
                    .mapToDouble(TextPosition::getX).max().orElseThrow();
            assertThat(qaf).isGreaterThan(ya);
        }
    }

    @Test
    void aLongUnbrokenWordWrapsInsideTheSheet() throws IOException {
        String word = "a".repeat(100) + "b".repeat(100);
        String url = "https://example.com/" + "very-long-path-segment".repeat(8) + "?and=" + "x".repeat(60);
        String cjk = "龙".repeat(120);
        var book = BookFixtures.book("Title" + word, "Name" + word, "en",
                List.of("Before " + word + " after.", url, cjk), 640, 480);

        byte[] bytes = EXPORTER.export(book, Paper.A4);

        Samples.save("long-words.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            for (int i = 1; i <= 4; i++) {
                int sheet = i;
                var box = pdf.getPage(sheet - 1).getMediaBox();
                List<TextPosition> letters = PdfFacts.positions(pdf, sheet);
                assertThat(letters).as("sheet %d", sheet).isNotEmpty().allSatisfy(letter -> {
                    assertThat(letter.getX()).as("%s on sheet %d", letter.getUnicode(), sheet)
                            .isBetween(0f, box.getWidth() - letter.getWidth());
                    assertThat(letter.getY()).as("%s on sheet %d", letter.getUnicode(), sheet)
                            .isBetween(letter.getHeight(), box.getHeight());
                });
                // Nor does the text run into the picture: no letter's line crosses it.
                var picture = PdfFacts.pictureBoxes(pdf, sheet).getFirst();
                double pictureTop = box.getHeight() - picture.getMaxY();
                double pictureBottom = box.getHeight() - picture.getMinY();
                assertThat(letters).allSatisfy(letter -> assertThat(
                        letter.getY() < pictureTop || letter.getY() - letter.getHeight() > pictureBottom)
                        .as("%s at %.0f on sheet %d, picture from %.0f to %.0f", letter.getUnicode(), letter.getY(),
                                sheet, pictureTop, pictureBottom).isTrue());
            }
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 1))).contains("Title" + word, "Name" + word);
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 2))).contains(word);
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 3))).contains(url);
            assertThat(PdfFacts.squash(PdfFacts.text(pdf, 4))).contains(cjk);
            PdfFacts.renderPagesAt(72, pdf, Samples.FOLDER, "long-words", 1, 2, 3, 4);
        }
    }

    /** Text as PDFBox reads it back, without line breaks and with joined Arabic letters as plain letters. */
    private static String readable(String text) {
        return PdfFacts.squash(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
}
