package io.storyloom.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The books' typefaces, in fallback order: a letter is set in the first family that has it.
 *
 * <p>Source Sans Pro (SIL Open Font License 1.1) comes from the fontsource WebJar: its Latin subset covers
 * English, Spanish, French and German, the Latin Extended subset letters such as ł or ő, and its full
 * file Cyrillic, Greek and Vietnamese. Behind it stand fonts shipped under {@code resources/export/fonts/}
 * (licences beside them): Noto Sans Hebrew, Noto Sans Arabic, Droid Sans Fallback for Chinese and Japanese,
 * and Noto Emoji in outlines.
 *
 * <p>Nothing is read at start-up: a face's file is read the first time a book needs it, then kept. A book
 * lists only the families its text needs, since the renderer opens every listed family to size the lines.
 */
@Component
class BookFont {

    static final String FAMILY = "Storybook";
    static final String FAMILY_EXTENDED = "Storybook Extended";
    static final String FAMILY_ALL = "Storybook All";
    static final String FAMILY_HEBREW = "Storybook Hebrew";
    static final String FAMILY_ARABIC = "Storybook Arabic";
    static final String FAMILY_CJK = "Storybook CJK";
    static final String FAMILY_EMOJI = "Storybook Emoji";

    private static final String WEBJAR = "fontsource__source-sans-pro";
    private static final String POM = "META-INF/maven/org.webjars.npm/" + WEBJAR + "/pom.properties";
    private static final String BUNDLED = "export/fonts/";
    /**
     * The tables of a font cut to a book's letters: outlines, metrics, names and the character map. Tables
     * that name glyphs by number (substitution, positioning, vertical metrics) would point at the wrong ones.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap",
            "loca", "glyf", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    /** What an e-book carries of a face. */
    enum InEbooks {
        /** The whole font: the reader joins or places the script's letters with the font's own tables. */
        WHOLE,
        /** The glyphs of the letters the book uses. */
        LETTERS,
        /** Nothing: readers show emoji in their own colour fonts. */
        NONE
    }

    /** One face: a family at a weight, read when first needed. */
    record Face(String family, int weight, String fileName, InEbooks inEbooks, Supplier<byte[]> file,
            Supplier<byte[]> printableFile, Supplier<CmapLookup> cmap) {

        /** The font as its makers made it, for e-books. */
        byte[] truetype() {
            return file.get();
        }

        /**
         * The font without its glyph substitution table, for PDFs: PDFBox's ligatures lose letters when
         * text is copied or read aloud from the PDF ("off" became "o"); Arabic is joined before PDFBox sees it.
         */
        byte[] printable() {
            return printableFile.get();
        }

        /** The file an e-book carries for a text: the whole font, or the subset with the text's letters. */
        byte[] ebookFile(String text) {
            if (inEbooks == InEbooks.WHOLE) {
                return truetype();
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(truetype()))) {
                var subsetter = new TTFSubsetter(font, SUBSET_TABLES);
                // PDFBox writes a subset's character map for the Basic Multilingual Plane only.
                text.codePoints().filter(Character::isBmpCodePoint).forEach(subsetter::add);
                var out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not cut book font " + fileName + " to a book's letters", e);
            }
        }

        /** Whether the face has a glyph for the character. */
        boolean covers(int codePoint) {
            return cmap.get().getGlyphId(codePoint) > 0;
        }
    }

    private final List<Face> faces;

    BookFont() {
        String webjar = "META-INF/resources/webjars/" + WEBJAR + "/" + webjarVersion() + "/files/source-sans-pro-";
        this.faces = List.of(
                sourceSans(webjar, FAMILY, "latin", 400),
                sourceSans(webjar, FAMILY, "latin", 700),
                sourceSans(webjar, FAMILY_EXTENDED, "latin-ext", 400),
                sourceSans(webjar, FAMILY_EXTENDED, "latin-ext", 700),
                sourceSans(webjar, FAMILY_ALL, "all", 400),
                sourceSans(webjar, FAMILY_ALL, "all", 700),
                bundled(FAMILY_HEBREW, 400, "NotoSansHebrew-Regular.ttf", InEbooks.WHOLE),
                bundled(FAMILY_HEBREW, 700, "NotoSansHebrew-Bold.ttf", InEbooks.WHOLE),
                bundled(FAMILY_ARABIC, 400, "NotoSansArabic-Regular.ttf", InEbooks.WHOLE),
                bundled(FAMILY_ARABIC, 700, "NotoSansArabic-Bold.ttf", InEbooks.WHOLE),
                bundled(FAMILY_CJK, 400, "DroidSansFallbackFull.ttf", InEbooks.LETTERS),
                bundled(FAMILY_EMOJI, 400, "NotoEmoji-Regular.woff", InEbooks.NONE));
    }

    /** Every face, families in fallback order. */
    List<Face> faces() {
        return faces;
    }

    /**
     * The families a text needs, in fallback order: the book's own, and each family that has a letter the
     * families before it lack. Letters no family has are left to the renderer's replacement.
     */
    List<String> familiesFor(String text) {
        List<Face> regular = faces.stream().filter(face -> face.weight() == 400).toList();
        Set<String> needed = new HashSet<>(Set.of(FAMILY));
        text.codePoints().distinct().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .forEach(c -> regular.stream().filter(face -> face.covers(c)).findFirst()
                        .ifPresent(face -> needed.add(face.family())));
        return regular.stream().map(Face::family).filter(needed::contains).toList();
    }

    /** The faces of these families, in fallback order. */
    List<Face> faces(List<String> families) {
        return faces.stream().filter(face -> families.contains(face.family())).toList();
    }

    /** Families as a CSS {@code font-family} value. */
    static String css(List<String> families) {
        return families.stream().map(family -> "'" + family + "'").collect(Collectors.joining(", "));
    }

    private static Face sourceSans(String root, String family, String subset, int weight) {
        Supplier<byte[]> file = lazily(() -> Woff.toSfnt(read(root + subset + "-" + weight + "-normal.woff")));
        return face(family, weight, "storybook-" + subset + "-" + weight + ".ttf", InEbooks.WHOLE, file);
    }

    private static Face bundled(String family, int weight, String resource, InEbooks inEbooks) {
        Supplier<byte[]> file = lazily(() -> {
            byte[] bytes = read(BUNDLED + resource);
            return resource.endsWith(".woff") ? Woff.toSfnt(bytes) : bytes;
        });
        String name = "storybook-" + family.substring(FAMILY.length() + 1).toLowerCase(Locale.ROOT)
                + "-" + weight + ".ttf";
        return face(family, weight, name, inEbooks, file);
    }

    private static Face face(String family, int weight, String fileName, InEbooks inEbooks, Supplier<byte[]> file) {
        return new Face(family, weight, fileName, inEbooks, file,
                lazily(() -> Sfnt.without(file.get(), Set.of("GSUB"))),
                lazily(() -> cmapOf(file.get(), fileName)));
    }

    private static <T> Supplier<T> lazily(Supplier<T> supplier) {
        return SingletonSupplier.of(supplier);
    }

    private static CmapLookup cmapOf(byte[] font, String fileName) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return parsed.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Book font " + fileName + " is unreadable", e);
        }
    }

    private static String webjarVersion() {
        var properties = new Properties();
        try (InputStream in = new ClassPathResource(POM).getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The book font (" + WEBJAR + ") is not on the classpath", e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Book font file missing: " + path, e);
        }
    }
}
