package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRenderer;
import com.itextpdf.io.font.FontMetrics;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Draws report models as one PDF/A-2B file on A4 (landscape where the model says so), with iText 9's kernel.
 *
 * <p>Every piece of text, digits and X included, is set in the bundled WenQuanYi Micro Hei (face 0 of the TTC),
 * embedded as a subset with Identity-H, so the file prints the same on any machine and validates as PDF/A. The
 * layout is {@link PageFlow}'s: header rows repeated on every page, 小计 and 合计 rows bold and shaded, the
 * signature block on each document's last page.
 *
 * <p>Several documents (the 一户一档 of a village) go into one file, each starting on a new page. The footer
 * {@code 第 X 页 共 Y 页} counts the pages of the whole file, not of each document: the file is what is printed
 * and bound, and one page total for it is what the clerk checks the printer against.
 *
 * <p>The total is known because the flow runs twice: once only measuring, to count the pages, then drawing each
 * page as soon as it is laid out and writing it out with its footer, so memory stays flat for long runs. (iText's
 * layout engine did the same job at about 10 ms a page, twice, spending a third of it looking up box-model
 * properties: the 一户一档 of 5,000 households took over two minutes. A grid of fixed columns needs none of that.)
 *
 * <p>A character the font lacks is printed as {@value Printable#MISSING} (PDF/A would refuse the file). When the
 * run is cancelled, {@code out} holds an unfinished file: the caller deletes it.
 */
public final class PdfRenderer implements ReportRenderer {

    /** The bundled font on the class path. */
    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";

    static final int CHECK_ROWS = 500;

    private static final float FOOTER_FONT_SIZE = 9f;
    private static final float GRID_LINE = 0.5f;
    /** The stroke that simulates bold, in multiples of the font size (iText's own factor). */
    private static final float BOLD_STROKE = 1 / 30f;

    private static final String STAGE = "生成PDF";

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void write(List<ReportModel> documents, OutputStream out, WorkProgress progress) throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to write: no report documents");
        }
        long rows = documents.stream().flatMap(d -> d.tables().stream()).mapToLong(t -> t.rows().size()).sum();
        Progress p = new Progress(progress == null ? WorkProgress.NONE : progress, 2 * rows);
        p.check();
        PdfFont font = PdfFontFactory.createFont(fontProgram(), PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED);
        TextLines text = new TextLines(font);

        // Pass 1 counts the pages: the same flow, measuring only.
        int pages = flow(documents, text, (size, boxes) -> { }, p);

        // Pass 2 draws and writes each page as it is laid out.
        // No object streams (full compression): with them, iText 9.7.1's PDF/A checker fails at close on a file of
        // more than about 200 explicitly flushed pages (an NPE on a released stream). Page content is still
        // deflated.
        PdfWriter writer = new PdfWriter(out, new WriterProperties());
        writer.setCloseStream(false); // the caller owns the stream
        PdfADocument pdf = newPdfA(writer);
        describe(pdf, documents);
        Drawer drawer = new Drawer(pdf, text, pages);
        int written = flow(documents, text, drawer, p);
        pdf.close(); // writes the font subset
        if (written != pages || drawer.drawn != pages) {
            throw new IllegalStateException("the PDF came out with " + drawer.drawn + " pages, counted " + pages);
        }
        p.finish();
    }

    private static int flow(List<ReportModel> documents, TextLines text, PageFlow.Sink sink, Progress p) {
        PageFlow flow = new PageFlow(text, sink, p::row);
        for (ReportModel model : documents) {
            p.check();
            flow.document(model);
        }
        flow.finish();
        return flow.pages();
    }

    // -- the file -----------------------------------------------------------------------------------------------

    private static PdfADocument newPdfA(PdfWriter writer) {
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SrgbProfile.BYTES));
        return new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent);
    }

    /** The document information (and so the XMP metadata iText writes from it): title, language, creator. */
    private static void describe(PdfDocument pdf, List<ReportModel> documents) {
        ReportModel first = documents.getFirst();
        String title = documents.size() == 1 ? first.title()
                : first.title() + " 等 " + documents.size() + " 份";
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setSubject(first.formId());
        if (!first.signature().unit().isBlank()) {
            info.setAuthor(first.signature().unit());
        }
        info.setCreator("帮扶台账 Bangfu Ledger");
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    // -- drawing ------------------------------------------------------------------------------------------------

    /**
     * Draws each laid-out page: shading first, then the text, then the grid ({@link GridLines}) and the footer, and
     * writes the page out with its resources (a PDF/A document checks a page as it goes).
     */
    private static final class Drawer implements PageFlow.Sink {
        private final PdfDocument pdf;
        private final PdfFont font;
        private final TextLines text;
        private final int pages;
        private final float ascent;
        private final float descent;
        int drawn;

        Drawer(PdfDocument pdf, TextLines text, int pages) {
            this.pdf = pdf;
            this.text = text;
            this.font = text.font();
            this.pages = pages;
            FontMetrics metrics = font.getFontProgram().getFontMetrics();
            this.ascent = metrics.getAscender() / 1000f;
            this.descent = -metrics.getDescender() / 1000f;
        }

        @Override
        public void page(PageSize size, List<Box> boxes) {
            PdfPage page = pdf.addNewPage(size);
            drawn++;
            PdfCanvas canvas = new PdfCanvas(page);
            for (Box b : boxes) {
                if (b.shade() != null) {
                    canvas.saveState().setFillColor(b.shade())
                            .rectangle(b.x(), b.top() - b.height(), b.width(), b.height()).fill().restoreState();
                }
            }
            for (Box b : boxes) {
                if (!b.lines().isEmpty()) {
                    text(canvas, b);
                }
            }
            List<GridLines.Line> grid = GridLines.of(boxes);
            if (!grid.isEmpty()) {
                canvas.setLineWidth(GRID_LINE);
                for (GridLines.Line l : grid) {
                    canvas.moveTo(l.x1(), l.y1()).lineTo(l.x2(), l.y2());
                }
                canvas.stroke();
            }
            footer(canvas, size);
            canvas.release();
            page.flush(true);
        }

        private void text(PdfCanvas canvas, Box b) {
            float leading = b.size() * (b.framed() ? PageFlow.CELL_LEADING : PageFlow.TEXT_LEADING);
            float content = b.lines().size() * leading;
            float pad = b.framed() ? PageFlow.CELL_PAD_Y : 0;
            float offset = b.middle() ? Math.max(0, (b.height() - content) / 2) : pad;
            // each line's glyphs centred in its leading
            float baseline = b.top() - offset - (leading - (ascent + descent) * b.size()) / 2 - ascent * b.size();
            float padX = b.framed() ? PageFlow.CELL_PAD_X : 0;
            if (b.bold()) {
                canvas.saveState().setTextRenderingMode(PdfCanvasConstants.TextRenderingMode.FILL_STROKE)
                        .setLineWidth(b.size() * BOLD_STROKE);
            }
            canvas.beginText().setFontAndSize(font, b.size());
            float lastX = 0;
            float lastY = 0;
            for (String line : b.lines()) {
                if (!line.isEmpty()) {
                    float w = text.width(line, b.size());
                    float x = switch (b.align()) {
                        case LEFT -> b.x() + padX;
                        case CENTER -> b.x() + (b.width() - w) / 2;
                        case RIGHT -> b.x() + b.width() - padX - w;
                    };
                    canvas.moveText(x - lastX, baseline - lastY).showText(line);
                    lastX = x;
                    lastY = baseline;
                }
                baseline -= leading;
            }
            canvas.endText();
            if (b.bold()) {
                canvas.restoreState();
            }
        }

        /** {@code 第 X 页 共 Y 页} at the foot of the page. */
        private void footer(PdfCanvas canvas, PageSize size) {
            String footer = "第 " + drawn + " 页 共 " + pages + " 页";
            float x = size.getLeft() + (size.getWidth() - text.width(footer, FOOTER_FONT_SIZE)) / 2;
            canvas.beginText().setFontAndSize(font, FOOTER_FONT_SIZE).moveText(x, size.getBottom() + 22)
                    .showText(footer).endText();
        }
    }

    /**
     * Rows done over both passes, reported and checked for cancelling every {@value #CHECK_ROWS} rows of the run
     * (and checked before each document).
     */
    private static final class Progress {
        private final WorkProgress to;
        private final long total;
        private long done;

        Progress(WorkProgress to, long total) {
            this.to = to;
            this.total = total;
            to.update(STAGE, 0, total);
        }

        /** Called after each row. */
        void row() {
            done++;
            if (done % CHECK_ROWS == 0) {
                check();
                to.update(STAGE, done, total);
            }
        }

        void check() {
            if (to.isCancelled()) {
                throw new CancellationException("PDF 生成已取消");
            }
        }

        void finish() {
            to.update(STAGE, total, total);
        }
    }

    // -- resources ----------------------------------------------------------------------------------------------

    /**
     * The font program, parsed for each file from bytes read once (a few tens of milliseconds): iText does not
     * promise that one program can be subset by two exports running at once.
     */
    private static FontProgram fontProgram() throws IOException {
        return FontProgramFactory.createFont(FontBytes.BYTES, 0, false);
    }

    /** The TTC file's bytes, read from the class path on first use. */
    private static final class FontBytes {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font is missing: " + FONT_RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The sRGB ICC profile of the output intent, from the JDK. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
