package io.storyloom.export;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.samskivert.mustache.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prints a book as a picture-book PDF: a cover, one sheet per page with its picture large and its
 * text below, and a closing sheet. The layout is HTML and CSS ({@code resources/export/pdf/}),
 * rendered by openhtmltopdf with the book's fonts embedded, each as the subset of glyphs the book uses.
 * Right-to-left text is ordered by the Unicode bidi algorithm and Arabic letters are joined, both by ICU.
 */
@Component
class PdfExporter {

    private static final Logger log = LoggerFactory.getLogger(PdfExporter.class);
    /** Pictures are fetched by the renderer through this URL scheme, never from a file or the network. */
    private static final String PICTURE_SCHEME = "picture";

    private final BookFont font;
    private final Template template = ExportTemplates.template("pdf/book.html.mustache");
    private final String css = ExportTemplates.text("pdf/book.css");

    PdfExporter(BookFont font) {
        this.font = font;
        // openhtmltopdf reports every font load and style sheet parse at INFO on its own console handler;
        // only its warnings (a picture it could not read, a glyph it lacks) are worth a line in our logs.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    byte[] export(BookSnapshot book, Paper paper) {
        long started = System.nanoTime();
        Map<String, byte[]> pictures = new HashMap<>();
        List<String> families = font.familiesFor(book.printedText());
        String html = template.execute(PdfLayout.of(book, paper, css, BookFont.css(families), pictures, PICTURE_SCHEME));

        var pdf = new ByteArrayOutputStream(1 << 20);
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Storyloom")
                .withHtmlContent(html, null)
                .useProtocolsStreamImplementation(new Pictures(pictures), PICTURE_SCHEME)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .toStream(pdf);
        for (BookFont.Face face : font.faces(families)) {
            builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(face.printable()),
                    face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print book " + book.storyId(), e);
        }
        log.info("Printed book {} as PDF ({}, {} pages) in {} ms, {} KiB", book.storyId(), paper.code(),
                book.pages().size(), (System.nanoTime() - started) / 1_000_000, pdf.size() / 1024);
        return pdf.toByteArray();
    }

    /** Hands the renderer the pictures the layout names, by {@code picture:<name>} URL. */
    private record Pictures(Map<String, byte[]> byUrl) implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            byte[] bytes = byUrl.get(url);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }

                @Override
                public Reader getReader() {
                    return bytes == null ? null
                            : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
