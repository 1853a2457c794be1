package io.storyloom.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

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

    /** Where each picture stands on one sheet (1-based), in PDF units from the sheet's bottom left corner. */
    static List<Rectangle2D> pictureBoxes(PDDocument pdf, int sheet) throws IOException {
        List<Rectangle2D> boxes = new ArrayList<>();
        var engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && operands.getFirst() instanceof COSName name
                        && getResources().getXObject(name) instanceof PDImageXObject) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    boxes.add(new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(),
                            ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                } else {
                    super.processOperator(operator, operands);
                }
            }
        };
        engine.processPage(pdf.getPage(sheet - 1));
        return boxes;
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

    /** Every letter printed on one sheet (1-based), with where it stands. */
    static List<TextPosition> positions(PDDocument pdf, int sheet) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> letters) {
                positions.addAll(letters);
            }
        };
        stripper.setStartPage(sheet);
        stripper.setEndPage(sheet);
        stripper.getText(pdf);
        return positions;
    }

    /**
     * The characters of every glyph drawn, anywhere in the document, that its font has no outline for: the
     * empty box or blank a reader shows instead of a letter. A glyph with no text behind it shows as its code.
     */
    static List<String> missingGlyphs(PDDocument pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        var engine = new PDFTextStripper() {
            @Override
            protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
                boolean drawn = font instanceof PDVectorFont vector ? vector.hasGlyph(code) : true;
                if (!drawn) {
                    String text = font.toUnicode(code);
                    missing.add((text == null ? "code " + code : text) + " in " + font.getName());
                }
                super.showGlyph(matrix, font, code, displacement);
            }
        };
        engine.getText(pdf);
        return missing;
    }

    /** Renders sheets (1-based) to PNG files beside the samples, for a person to look at. */
    static void renderPages(PDDocument pdf, Path folder, String prefix, int... sheets) {
        renderPagesAt(60, pdf, folder, prefix, sheets);
    }

    /** Renders sheets (1-based) at a resolution to PNG files beside the samples. */
    static void renderPagesAt(int dpi, PDDocument pdf, Path folder, String prefix, int... sheets) {
        try {
            Files.createDirectories(folder);
            var renderer = new PDFRenderer(pdf);
            for (int sheet : sheets) {
                var image = renderer.renderImageWithDPI(sheet - 1, dpi);
                ImageIO.write(image, "png", folder.resolve(prefix + "-page-" + sheet + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
