package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The book fonts: real TrueType (unwrapped from WOFF where shipped so), with the letters our languages use and
 * fonts behind them for Hebrew, Arabic, Chinese, Japanese and emoji.
 */
class BookFontTest {

    private static final BookFont FONT = new BookFont();

    @Test
    void everyFaceIsATrueTypeFontThatPdfBoxReads() throws IOException {
        assertThat(FONT.faces()).extracting(BookFont.Face::fileName).containsExactly(
                "storybook-latin-400.ttf", "storybook-latin-700.ttf",
                "storybook-latin-ext-400.ttf", "storybook-latin-ext-700.ttf",
                "storybook-all-400.ttf", "storybook-all-700.ttf",
                "storybook-hebrew-400.ttf", "storybook-hebrew-700.ttf",
                "storybook-arabic-400.ttf", "storybook-arabic-700.ttf",
                "storybook-cjk-400.ttf", "storybook-emoji-400.ttf");
        for (BookFont.Face face : FONT.faces()) {
            // TrueType outlines (glyf), which PDFBox subsets and embeds; not CFF.
            assertThat(face.truetype()).startsWith(0x00, 0x01, 0x00, 0x00);
            try (TrueTypeFont font = parse(face.truetype())) {
                assertThat(font.getNumberOfGlyphs()).isGreaterThan(100);
                assertThat(font.getTableMap()).containsKey("GSUB");
            }
            try (TrueTypeFont font = parse(face.printable())) {
                assertThat(font.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
            }
        }
        assertThat(FONT.faces().subList(0, 6)).allSatisfy(face ->
                assertThat(parse(face.truetype()).getName()).startsWith("SourceSansPro"));
    }

    @Test
    void theFontsBehindCoverHebrewArabicChineseJapaneseAndEmoji() {
        assertCovers(BookFont.FAMILY_ALL, "Миша Ωμέγα Tiếng Việt");
        assertCovers(BookFont.FAMILY_HEBREW, "אבגדהוזחטיכלמנסעפצקרשתךםןףץ שָׁלוֹם");
        // The letters, and the joined forms ICU shapes them into for the PDF, lam-alef ligature included.
        assertCovers(BookFont.FAMILY_ARABIC, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ﻻ ﺑﺒﺐ ﻟﻴﻠﻰ");
        assertCovers(BookFont.FAMILY_CJK, "美美和小龙的冒险。はるとと小さなドラゴン、陽翔！");
        assertCovers(BookFont.FAMILY_EMOJI, "🐉🦄🥚🌙⏳😊✨❤🚀🧸🌈");
    }

    @Test
    void aBookListsOnlyTheFamiliesItsTextNeedsInFallbackOrder() {
        assertThat(FONT.familiesFor("Hello, Zoë! ¿Qué tal?")).containsExactly(BookFont.FAMILY);
        assertThat(FONT.familiesFor("Łódź")).containsExactly(BookFont.FAMILY, BookFont.FAMILY_EXTENDED);
        assertThat(FONT.familiesFor("🦄 美美 ليلى נועה Миша Ana")).containsExactly(BookFont.FAMILY,
                BookFont.FAMILY_ALL, BookFont.FAMILY_HEBREW, BookFont.FAMILY_ARABIC, BookFont.FAMILY_CJK,
                BookFont.FAMILY_EMOJI);
        assertThat(BookFont.css(List.of(BookFont.FAMILY, BookFont.FAMILY_CJK))).isEqualTo("'Storybook', 'Storybook CJK'");
    }

    private static void assertCovers(String family, String text) {
        var faces = FONT.faces().stream().filter(face -> face.family().equals(family)).toList();
        assertThat(faces).isNotEmpty().allSatisfy(face -> text.codePoints().filter(c -> c != ' ')
                .forEach(c -> assertThat(face.covers(c)).as("glyph for %s in %s", Character.toString(c), face.fileName())
                        .isTrue()));
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

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
