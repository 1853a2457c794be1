package io.storyloom.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The books' typeface: Source Sans Pro (SIL Open Font License 1.1) from the fontsource WebJar on the
 * classpath, read once at start-up. The WebJar ships WOFF; each face is unwrapped to the TrueType font
 * it contains, which the PDF embeds (subset) and the EPUB carries whole.
 *
 * <p>Two families: the Latin subset covers English, Spanish, French and German; the Latin Extended
 * subset is listed after it in the style sheets so letters such as ł or ő still have a glyph.
 */
@Component
class BookFont {

    static final String FAMILY = "Storybook";
    static final String FAMILY_EXTENDED = "Storybook Extended";

    private static final String WEBJAR = "fontsource__source-sans-pro";
    private static final String POM = "META-INF/maven/org.webjars.npm/" + WEBJAR + "/pom.properties";

    /**
     * One face: a family at a weight, as TrueType bytes.
     *
     * @param truetype  the font as its makers made it, for e-books
     * @param printable the font without its ligature table, for PDFs: PDFBox's ligatures lose letters when
     *                  text is copied or read aloud from the PDF ("off" became "o"), and early readers are
     *                  better served by plain letters anyway
     */
    record Face(String family, int weight, String fileName, byte[] truetype, byte[] printable) {
    }

    private final List<Face> faces;

    BookFont() {
        String root = "META-INF/resources/webjars/" + WEBJAR + "/" + webjarVersion() + "/files/source-sans-pro-";
        this.faces = List.of(
                face(root, FAMILY, "latin", 400),
                face(root, FAMILY, "latin", 700),
                face(root, FAMILY_EXTENDED, "latin-ext", 400),
                face(root, FAMILY_EXTENDED, "latin-ext", 700));
    }

    List<Face> faces() {
        return faces;
    }

    private static Face face(String root, String family, String subset, int weight) {
        byte[] woff = read(root + subset + "-" + weight + "-normal.woff");
        String fileName = "storybook-" + subset + "-" + weight + ".ttf";
        return new Face(family, weight, fileName, Woff.toSfnt(woff), Woff.toSfnt(woff, Set.of("GSUB")));
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
