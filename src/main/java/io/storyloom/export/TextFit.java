package io.storyloom.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.List;
import java.util.Locale;

/**
 * Estimates how tall a page's text is when set at a size, erring on the tall side, so the layout can
 * give the picture every millimetre the text does not need and still never cut the text.
 */
enum TextFit {
    LARGE(24), MEDIUM(20), SMALL(16), TINY(12), MINI(10);

    static final double MM_PER_POINT = 25.4 / 72;
    private static final double LINE_HEIGHT = 1.4;
    private static final double PARAGRAPH_GAP = 0.4;
    /** Wider than the font's average letter, and a tenth more for words that do not fill a line. */
    private static final double LETTER_WIDTH = 0.5;
    private static final double WRAP_LOSS = 1.1;

    private final int points;

    TextFit(int points) {
        this.points = points;
    }

    /** The CSS class suffix, e.g. {@code large}. */
    String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The height in millimetres of the paragraphs set in a column this wide, plus one spare line. */
    double height(List<String> paragraphs, double columnWidth) {
        double em = points * MM_PER_POINT;
        int lines = 1;
        for (String paragraph : paragraphs) {
            lines += lines(paragraph, points, columnWidth);
        }
        double gaps = Math.max(0, paragraphs.size() - 1) * PARAGRAPH_GAP * em;
        return lines * em * LINE_HEIGHT + gaps;
    }

    /** The lines a text takes set at a size in points in a column this many millimetres wide, erring on the long side. */
    static int lines(String text, double points, double columnWidth) {
        int perLine = Math.max(1, (int) (columnWidth / (points * MM_PER_POINT * LETTER_WIDTH)));
        return (int) Math.ceil(width(text) * WRAP_LOSS / perLine);
    }

    /**
     * The text's width in average letters: a Chinese or Japanese character or an emoji is as wide as two,
     * a mark set on a letter (Hebrew points, Arabic vowels) takes no room of its own.
     */
    static double width(String text) {
        return text.codePoints().map(TextFit::letters).sum();
    }

    private static int letters(int codePoint) {
        if (UCharacter.getType(codePoint) == UCharacterCategory.NON_SPACING_MARK) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        boolean wide = eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH
                || UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_PRESENTATION);
        return wide ? 2 : 1;
    }
}
