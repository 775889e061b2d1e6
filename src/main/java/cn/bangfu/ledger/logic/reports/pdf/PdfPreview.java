package cn.bangfu.ledger.logic.reports.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders one page of a PDF to an image with PDFBox, for the 报表 page's preview (the window turns the
 * {@link BufferedImage} into a JavaFX image). Pages are numbered from 1, as printed in the footer.
 */
public final class PdfPreview {

    /** The resolution of a preview that fits a window: about 800 px wide for portrait A4. */
    public static final float SCREEN_DPI = 96f;

    private PdfPreview() {
    }

    /** One rendered page and the number of pages in the file. */
    public record Page(BufferedImage image, int page, int pageCount) {
    }

    /** Page {@code page} (1-based) of a PDF held in memory, at {@code dpi}. */
    public static Page render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return render(doc, page, dpi);
        }
    }

    /** Page {@code page} (1-based) of a PDF file, at {@code dpi}; the file is read as needed, not loaded whole. */
    public static Page render(Path pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return render(doc, page, dpi);
        }
    }

    /** The first page of a PDF held in memory, at {@link #SCREEN_DPI}. */
    public static BufferedImage firstPage(byte[] pdf) throws IOException {
        return render(pdf, 1, SCREEN_DPI).image();
    }

    /** The first page of a PDF file, at {@link #SCREEN_DPI}. */
    public static BufferedImage firstPage(Path pdf) throws IOException {
        return render(pdf, 1, SCREEN_DPI).image();
    }

    private static Page render(PDDocument doc, int page, float dpi) throws IOException {
        int count = doc.getNumberOfPages();
        if (page < 1 || page > count) {
            throw new IllegalArgumentException("no page " + page + " in a PDF of " + count + " pages");
        }
        if (!(dpi > 0 && dpi <= 600)) {
            throw new IllegalArgumentException("a preview needs a resolution between 0 and 600 dpi: " + dpi);
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        return new Page(image, page, count);
    }
}
