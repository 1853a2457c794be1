package io.storyloom.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads out of a PDF with PDFBox. */
final class PdfFacts {

    private PdfFacts() {
    }

    /** The text of one sheet, 1-based. */
    static String text(PDDocument pdf, int sheet) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(sheet);
        stripper.setEndPage(sheet);
        return stripper.getText(pdf);
    }

    /**
     * Text without white space, to compare text whatever its line breaks: a line may break inside
     * {@code </b>} as well as between words.
     */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** True when the resources hold an image, directly or inside a form. */
    static boolean hasImage(PDResources resources) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasImage(form.getResources())) {
                return true;
            }
        }
        return false;
    }

    /** Every font used on any sheet. */
    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : pdf.getPages()) {
            var resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    /** Renders sheets (1-based) to PNG files beside the samples, for a person to look at. */
    static void renderPages(PDDocument pdf, Path folder, String prefix, int... sheets) {
        try {
            Files.createDirectories(folder);
            var renderer = new PDFRenderer(pdf);
            for (int sheet : sheets) {
                var image = renderer.renderImageWithDPI(sheet - 1, 60);
                ImageIO.write(image, "png", folder.resolve(prefix + "-page-" + sheet + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
