package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The book font: real TrueType unwrapped from the WebJar's WOFF files, with the letters our languages use. */
class BookFontTest {

    private static final BookFont FONT = new BookFont();

    @Test
    void everyFaceIsATrueTypeFontThatPdfBoxReads() throws IOException {
        assertThat(FONT.faces()).extracting(BookFont.Face::fileName).containsExactly(
                "storybook-latin-400.ttf", "storybook-latin-700.ttf",
                "storybook-latin-ext-400.ttf", "storybook-latin-ext-700.ttf");
        for (BookFont.Face face : FONT.faces()) {
            assertThat(face.truetype()).startsWith(0x00, 0x01, 0x00, 0x00);
            try (TrueTypeFont font = parse(face.truetype())) {
                assertThat(font.getName()).startsWith("SourceSansPro");
                assertThat(font.getNumberOfGlyphs()).isGreaterThan(100);
                assertThat(font.getTableMap()).containsKey("GSUB");
            }
            try (TrueTypeFont font = parse(face.printable())) {
                assertThat(font.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
            }
        }
    }

    @Test
    void theLatinFacesHaveTheLettersOfEnglishSpanishFrenchAndGerman() throws IOException {
        String letters = "AZaz09áéíóúñÑ¿¡àâçèêëîïôùûüÿœŒæÆ«»äöüÄÖÜß€–—„“”‘’…";
        for (BookFont.Face face : FONT.faces().subList(0, 2)) {
            try (TrueTypeFont font = parse(face.printable())) {
                var cmap = font.getUnicodeCmapLookup();
                letters.codePoints().forEach(c -> assertThat(cmap.getGlyphId(c))
                        .as("glyph for %s in %s", Character.toString(c), face.fileName()).isPositive());
            }
        }
        try (TrueTypeFont extended = parse(FONT.faces().get(2).printable())) {
            var cmap = extended.getUnicodeCmapLookup();
            "łŁőŐğščřžĀ".codePoints().forEach(c -> assertThat(cmap.getGlyphId(c))
                    .as("glyph for %s", Character.toString(c)).isPositive());
        }
    }

    @Test
    void aFileThatIsNotWoffIsRefused() {
        assertThatThrownBy(() -> Woff.toSfnt(new byte[64])).isInstanceOf(IllegalArgumentException.class);
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
