package io.storyloom.export;

import io.storyloom.media.MediaTypes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the PDF template shows, with every size worked out here, in millimetres, for the paper: the
 * template only places things. A page's text is set as large as it can be while its picture keeps a fair
 * share of the sheet, and the picture takes the height the text leaves, keeping its proportions, so every
 * page of the book fills exactly one sheet.
 */
record PdfLayout(
        String language,
        String direction,
        String fontFamilies,
        String title,
        String titleSize,
        String dedication,
        String theEnd,
        String css,
        String sheetWidth,
        String sheetHeight,
        Placed cover,
        List<PageView> pages) {

    private static final double SIDE_MARGIN = 16;
    private static final double TEXT_MARGIN = 22;
    private static final double COVER_SIDE_MARGIN = 18;
    /** On the cover, as book.css sets it: the title's side margins and the room above and below it. */
    private static final double COVER_TEXT_MARGIN = 20;
    private static final double TITLE_PADDING = 27 + 11;
    private static final double TITLE_LINE_HEIGHT = 1.12;
    /** Bold letters are wider than the estimate's average letter. */
    private static final double BOLD = 1.2;
    /** Below the cover picture: the foot's distance from the bottom, the dots and the gap above the dedication. */
    private static final double COVER_FOOT = 26 + 9 + 5;
    private static final double DEDICATION_POINTS = 21;
    private static final double DEDICATION_LINE_HEIGHT = 1.3;
    /** The cover picture's white mat, and a gap so the picture never touches the text. */
    private static final double COVER_MAT = 7 + 6;
    private static final double MIN_COVER_PICTURE = 15;
    /** The picture is made smaller for long text, to a share of the room, before the text is. */
    private static final double MIN_PICTURE_SHARE = 0.45;
    /** Above the picture, its white mat, between picture and text, and the foot with the page number. */
    private static final double PAGE_FURNITURE = 16 + 5 + 9 + 26;

    /** A picture placed on a sheet, its size in millimetres. */
    record Placed(String src, String alt, double widthMm, double heightMm) {

        /** The width as CSS. */
        String width() {
            return mm(widthMm);
        }

        /** The height as CSS. */
        String height() {
            return mm(heightMm);
        }
    }

    /** One story page: its picture, its text, how large the text is set and the height of the text's box. */
    record PageView(int number, Placed picture, List<String> paragraphs, String textSize, String textHeight) {
    }

    /** The layout of a book on a paper. Pictures are registered in {@code pictures} under the URL the template uses. */
    static PdfLayout of(BookSnapshot book, Paper paper, String css, String fontFamilies, Map<String, byte[]> pictures,
            String scheme) {
        BookWords words = book.words();
        double contentWidth = paper.widthMm() - 2 * SIDE_MARGIN;

        String titleSize = titleSize(book.title());
        Placed cover = place(book.cover(), book.title(), paper.widthMm() - 2 * COVER_SIDE_MARGIN,
                coverPictureHeight(paper, book.title(), titleSize, words.dedication(book.childName())), pictures, scheme);
        double room = paper.heightMm() - PAGE_FURNITURE;
        double column = paper.widthMm() - 2 * TEXT_MARGIN;
        List<PageView> pages = book.pages().stream().map(page -> {
            TextFit fit = largestFitting(page.paragraphs(), column, room, contentWidth / aspect(page.picture()));
            String alt = page.picture() == null || page.picture().description().isEmpty()
                    ? words.pictureLabel(page.number()) : page.picture().description();
            Placed picture = place(page.picture(), alt, contentWidth, room - fit.height(page.paragraphs(), column),
                    pictures, scheme);
            double textHeight = picture == null ? room : room - picture.heightMm();
            return new PageView(page.number(), picture, page.paragraphs(), fit.cssName(), mm(textHeight));
        }).toList();

        return new PdfLayout(book.language(), book.direction(), fontFamilies, book.title(), titleSize,
                words.dedication(book.childName()), words.theEnd(), css, mm(paper.widthMm()), mm(paper.heightMm()),
                cover, pages);
    }

    /** The largest text size that leaves the picture its full width, or at least its minimum share of the room. */
    private static TextFit largestFitting(List<String> paragraphs, double column, double room, double fullPicture) {
        for (TextFit fit : TextFit.values()) {
            double pictureHeight = room - fit.height(paragraphs, column);
            if (pictureHeight >= Math.min(fullPicture, room * MIN_PICTURE_SHARE)) {
                return fit;
            }
        }
        return TextFit.MINI;
    }

    /**
     * The cover picture's height: about half the sheet, less when a long title or a long name needs the room,
     * so the picture never runs into the title above it or the dedication below it.
     */
    private static double coverPictureHeight(Paper paper, String title, String titleSize, String dedication) {
        double column = paper.widthMm() - 2 * COVER_TEXT_MARGIN;
        double titlePoints = switch (titleSize) {
            case "large" -> 40;
            case "medium" -> 31;
            default -> 23;
        };
        double titleHeight = TITLE_PADDING + TextFit.lines(title, titlePoints * BOLD, column)
                * titlePoints * TextFit.MM_PER_POINT * TITLE_LINE_HEIGHT;
        double footHeight = COVER_FOOT + TextFit.lines(dedication, DEDICATION_POINTS, column)
                * DEDICATION_POINTS * TextFit.MM_PER_POINT * DEDICATION_LINE_HEIGHT;
        double room = paper.heightMm() - titleHeight - footHeight - COVER_MAT;
        return Math.max(MIN_COVER_PICTURE, Math.min(paper.heightMm() * 0.48, room));
    }

    private static double aspect(BookSnapshot.Picture picture) {
        return picture == null ? 4.0 / 3.0 : picture.aspectRatio();
    }

    private static String titleSize(String title) {
        double length = TextFit.width(title);
        return length <= 40 ? "large" : length <= 90 ? "medium" : "small";
    }

    /** Fits a picture in a box, keeping its proportions; {@code null} for none or one PDF cannot show (WebP). */
    private static Placed place(BookSnapshot.Picture picture, String alt, double maxWidth, double maxHeight,
            Map<String, byte[]> pictures, String scheme) {
        if (picture == null) {
            return null;
        }
        if (!MediaTypes.PNG.equals(picture.mediaType()) && !MediaTypes.JPEG.equals(picture.mediaType())) {
            return null;
        }
        double ratio = picture.aspectRatio();
        double width = Math.min(maxWidth, maxHeight * ratio);
        String src = scheme + ":" + picture.name();
        pictures.put(src, picture.bytes());
        return new Placed(src, alt, width, width / ratio);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2fmm", value);
    }
}
