package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRenderer;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
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
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
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
 * Draws report models as one PDF/A-2B file on A4 (landscape where the model says so), with iText 9.
 *
 * <p>Every piece of text, digits and X included, is set in the bundled WenQuanYi Micro Hei (face 0 of the TTC),
 * embedded as a subset with Identity-H, so the file prints the same on any machine and validates as PDF/A.
 * Each table's header rows are marked as header rows and repeat on every page; 小计 and 合计 rows are bold and
 * shaded; a table too wide for the page is set in a smaller size (down to {@value #MIN_FONT_SIZE} pt) and its
 * text wraps inside the cells. The signature block ends each document, so it is on that document's last page.
 *
 * <p>Several documents (the 一户一档 of a village) go into one file, each starting on a new page. The footer
 * {@code 第 X 页 共 Y 页} counts the pages of the whole file, not of each document: the file is what is printed
 * and bound, and one page total for it is what the clerk checks the printer against.
 *
 * <p>The total is known because the file is laid out twice: once into nothing, to count the pages, then for
 * real (see {@link #write}). Memory stays flat for long runs: tables are iText "large tables" flushed every
 * {@value #FLUSH_ROWS} rows, and pages are written out as soon as the layout leaves them.
 *
 * <p>A character the font lacks is printed as {@value Printable#MISSING} (PDF/A would refuse the file). When the
 * run is cancelled, {@code out} holds an unfinished file: the caller deletes it.
 */
public final class PdfRenderer implements ReportRenderer {

    /** The bundled font on the class path. */
    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";

    static final float BODY_FONT_SIZE = 9.5f;
    static final float MIN_FONT_SIZE = 6f;
    /** The smallest size a single number or code is shrunk to so that it stays on one line. */
    static final float MIN_FIT_SIZE = 4f;
    static final int FLUSH_ROWS = 100;
    static final int CHECK_ROWS = 500;

    private static final float MARGIN_SIDE = 36f; // 12.7 mm
    private static final float MARGIN_TOP = 36f;
    private static final float MARGIN_BOTTOM = 44f; // room for the footer
    private static final float FOOTER_FONT_SIZE = 9f;
    private static final float CELL_PAD_X = 2f;
    private static final float CELL_PAD_Y = 1.5f;
    /** The width of one of {@link Column#chars()}'s characters (Excel's, about a digit) in ems of this font. */
    private static final float EM_PER_CHAR = 0.56f;

    private static final Color HEADER_SHADE = new DeviceRgb(0xE8, 0xE8, 0xE8);
    private static final Color SUBTOTAL_SHADE = new DeviceRgb(0xF2, 0xF2, 0xF2);
    private static final Color TOTAL_SHADE = new DeviceRgb(0xE0, 0xE0, 0xE0);
    private static final Border GRID = new SolidBorder(new DeviceRgb(0, 0, 0), 0.5f);

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
        FontProgram program = fontProgram();

        // Pass 1 counts the pages: the same layout into a plain, uncompressed document written nowhere. PDF/A and
        // a footer filled in at the end do not go together: PDF/A lets a page be written out only with the form
        // XObjects it shows, so a shared "total" placeholder would be written, empty, with page 1; keeping every
        // page until the end instead would hold a 5,000-page run in memory.
        PdfDocument counting = new PdfDocument(new PdfWriter(OutputStream.nullOutputStream(),
                new WriterProperties().setCompressionLevel(CompressionConstants.NO_COMPRESSION)));
        int pages = lay(documents, counting, PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED), 0, p);

        // Pass 2 writes the file, each page's footer knowing the total.
        // No object streams (full compression): with them, iText 9.7.1's PDF/A checker fails at close on a file of
        // more than about 200 explicitly flushed pages (an NPE on a released stream). Page content is still
        // deflated.
        PdfWriter writer = new PdfWriter(out, new WriterProperties());
        writer.setCloseStream(false); // the caller owns the stream
        PdfADocument pdf = newPdfA(writer);
        describe(pdf, documents);
        int written = lay(documents, pdf, PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED), pages, p);
        if (written != pages) {
            throw new IllegalStateException("the PDF came out with " + written + " pages, counted " + pages);
        }
        p.finish();
    }

    /**
     * Lays the documents out into {@code pdf} and closes it; with {@code pages} > 0 each page gets its footer.
     * Returns the number of pages.
     */
    private static int lay(List<ReportModel> documents, PdfDocument pdf, PdfFont font, int pages, Progress p) {
        if (pages > 0) {
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Footer(font, pages));
        }
        Document doc = new Document(pdf, pageSize(documents.getFirst()), true);
        doc.setRenderer(new FlushingRenderer(doc));
        doc.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        doc.setFont(font);
        doc.setFontSize(BODY_FONT_SIZE);
        doc.setSplitCharacters(new ChineseLineBreaks());
        for (int i = 0; i < documents.size(); i++) {
            p.check();
            ReportModel model = documents.get(i);
            if (i > 0) {
                doc.add(new AreaBreak(pageSize(model))); // every document starts on a new page
            }
            drawDocument(doc, model, font, p);
        }
        int count = pdf.getNumberOfPages();
        doc.close(); // writes the pages left and the font subset
        return count;
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

    private static PageSize pageSize(ReportModel model) {
        return model.landscape() ? PageSize.A4.rotate() : PageSize.A4;
    }

    // -- one document -------------------------------------------------------------------------------------------

    private static void drawDocument(Document doc, ReportModel model, PdfFont font, Progress p) {
        PageSize size = pageSize(model);
        float width = size.getWidth() - 2 * MARGIN_SIDE;

        doc.add(line(font, model.title(), 16).simulateBold().setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(0).setMarginBottom(2));
        if (model.period() != null && !model.period().isBlank()) {
            doc.add(line(font, model.period(), 10).setTextAlignment(TextAlignment.CENTER).setMargin(0));
        }
        if (model.unitLine() != null && !model.unitLine().isBlank()) {
            doc.add(line(font, model.unitLine(), 9).setTextAlignment(TextAlignment.RIGHT).setMarginTop(4)
                    .setMarginBottom(1));
        }
        boolean captions = model.tables().size() > 1;
        for (int t = 0; t < model.tables().size(); t++) {
            ReportTable table = model.tables().get(t);
            if (captions) {
                doc.add(line(font, table.name(), 11).simulateBold().setMarginTop(t == 0 ? 0 : 10).setMarginBottom(2));
            }
            drawTable(doc, table, width, font, p);
        }
        for (int n = 0; n < model.notes().size(); n++) {
            doc.add(line(font, model.notes().get(n), 9).setMarginTop(n == 0 ? 6 : 0).setMarginBottom(0));
        }
        doc.add(signature(model.signature(), font));
    }

    private static Paragraph line(PdfFont font, String text, float size) {
        return new Paragraph(Printable.of(font, text)).setFontSize(size);
    }

    /** The font size at which the table's columns fit the width, between the minimum and the body size. */
    static float fontSizeFor(List<Column> columns, float width) {
        int chars = columns.stream().mapToInt(Column::chars).sum();
        float forText = width - columns.size() * (2 * CELL_PAD_X + 0.5f);
        float size = forText / (chars * EM_PER_CHAR);
        return Math.max(MIN_FONT_SIZE, Math.min(BODY_FONT_SIZE, size));
    }

    /** Each column's share of the table's width: its width in characters. */
    static float[] shares(List<Column> columns) {
        float[] shares = new float[columns.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = columns.get(i).chars();
        }
        return shares;
    }

    private static void drawTable(Document doc, ReportTable model, float width, PdfFont font, Progress p) {
        List<Column> columns = model.columns();
        float size = fontSizeFor(columns, width);
        float[] shares = shares(columns);
        float allShares = 0;
        for (float share : shares) {
            allShares += share;
        }
        float[] room = new float[shares.length]; // the text width inside each column
        for (int i = 0; i < room.length; i++) {
            room[i] = width * shares[i] / allShares - 2 * CELL_PAD_X - 0.5f;
        }
        Table table = new Table(UnitValue.createPercentArray(shares), true); // a large table, flushed as it grows
        table.useAllAvailableWidth();
        table.setFixedLayout();
        table.setFontSize(size);

        for (List<HeaderGrid.Cell> row : HeaderGrid.layout(model.headers(), model.headerDepth())) {
            for (HeaderGrid.Cell h : row) {
                Cell cell = new Cell(h.rowSpan(), h.colSpan())
                        .add(new Paragraph(Printable.of(font, h.title())).setMultipliedLeading(1.1f))
                        .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE)
                        .setBackgroundColor(HEADER_SHADE).simulateBold();
                table.addHeaderCell(frame(cell));
            }
        }
        doc.add(table);

        int n = 0;
        for (Row row : model.rows()) {
            boolean sum = row.kind() != Row.Kind.DATA;
            Color shade = switch (row.kind()) {
                case DATA -> null;
                case SUBTOTAL -> SUBTOTAL_SHADE;
                case TOTAL -> TOTAL_SHADE;
            };
            for (int c = 0; c < columns.size(); c++) {
                CellKind kind = columns.get(c).kind();
                String text = Printable.of(font, text(kind, row.cell(c)));
                Cell cell = new Cell().add(new Paragraph(text).setMultipliedLeading(1.1f))
                        .setTextAlignment(alignment(kind)).setVerticalAlignment(VerticalAlignment.MIDDLE);
                if (unbreakable(kind) && !text.isEmpty()) {
                    float fit = fittingSize(font, text, size, room[c]);
                    if (fit < size) {
                        cell.setFontSize(fit);
                    }
                }
                if (shade != null) {
                    cell.setBackgroundColor(shade);
                }
                if (sum) {
                    cell.simulateBold();
                }
                table.addCell(frame(cell));
            }
            n++;
            if (n % FLUSH_ROWS == 0) {
                table.flush();
            }
            p.row();
        }
        table.complete();
    }

    /** Values that read wrong when broken over two lines: a number, a code, an ID, a date. */
    private static boolean unbreakable(CellKind kind) {
        return switch (kind) {
            case TEXT, HEALTH, FLAG, MARK -> false;
            default -> true;
        };
    }

    /**
     * The size at which {@code text} fits in {@code room} points: {@code size} when it fits, else smaller (a
     * number set a little smaller reads right, one broken into 30,57 and 5 reads wrong), but not below
     * {@value #MIN_FIT_SIZE} pt, where it wraps after all.
     */
    static float fittingSize(PdfFont font, String text, float size, float room) {
        float needed = font.getWidth(text, size) * 1.03f; // a little for the simulated bold of sum rows
        if (needed <= room) {
            return size;
        }
        return Math.max(MIN_FIT_SIZE, (float) Math.floor(size * room / needed * 10) / 10);
    }

    private static Cell frame(Cell cell) {
        cell.setBorder(GRID).setPaddingLeft(CELL_PAD_X).setPaddingRight(CELL_PAD_X).setPaddingTop(CELL_PAD_Y)
                .setPaddingBottom(CELL_PAD_Y);
        return cell;
    }

    /** The printed text of a cell; a label (合计) written into a numeric column of a sum row is kept as it is. */
    static String text(CellKind kind, Object value) {
        if (value instanceof String s && kind.numeric()) {
            return s;
        }
        return kind.text(value);
    }

    private static TextAlignment alignment(CellKind kind) {
        if (kind.numeric()) {
            return TextAlignment.RIGHT;
        }
        return switch (kind) {
            case FLAG, MARK, MONTH, DATE -> TextAlignment.CENTER;
            default -> TextAlignment.LEFT;
        };
    }

    /** 填报单位（盖章）, 填报人, 审核人, 负责人, 填报日期: kept together, blank names left as lines to sign on. */
    private static Table signature(Signature s, PdfFont font) {
        Table block = new Table(UnitValue.createPercentArray(new float[] {1, 1, 1}));
        block.useAllAvailableWidth();
        block.setMarginTop(14);
        block.setKeepTogether(true);
        block.setFontSize(10);
        block.addCell(plain(font, "填报单位（盖章）：" + filled(s.unit(), 16), 2));
        block.addCell(plain(font, "填报日期：" + (s.date() == null ? "______年____月____日" : s.date().toString()), 1));
        block.addCell(plain(font, "填报人：" + filled(s.preparer(), 10), 1));
        block.addCell(plain(font, "审核人：" + filled(s.reviewer(), 10), 1));
        block.addCell(plain(font, "负责人：" + filled(s.head(), 10), 1));
        return block;
    }

    private static Cell plain(PdfFont font, String text, int colSpan) {
        return new Cell(1, colSpan).add(new Paragraph(Printable.of(font, text))).setBorder(Border.NO_BORDER)
                .setPaddingTop(4).setPaddingBottom(4).setPaddingLeft(0);
    }

    private static String filled(String name, int line) {
        return name == null || name.isBlank() ? "_".repeat(line) : name;
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

    /**
     * The document renderer, writing each page out once the layout has moved past it. iText's own renderer asks
     * for that with {@code PdfPage.flush()}, which a PDF/A document ignores (it must check a page with its
     * resources first): here the pages are flushed with their resources, at the same moment.
     */
    private static final class FlushingRenderer extends DocumentRenderer {
        private int flushedUpTo;

        FlushingRenderer(Document document) {
            super(document, true);
        }

        @Override
        protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
            LayoutArea area = super.updateCurrentArea(overflowResult);
            PdfDocument pdf = document.getPdfDocument();
            for (int n = flushedUpTo + 1; n < area.getPageNumber(); n++) {
                PdfPage page = pdf.getPage(n);
                if (!page.isFlushed()) {
                    page.flush(true);
                }
                flushedUpTo = n;
            }
            return area;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new FlushingRenderer(document);
        }
    }

    // -- the footer ---------------------------------------------------------------------------------------------

    /** Writes {@code 第 X 页 共 Y 页} at the foot of each page as the page is written out. */
    private static final class Footer extends AbstractPdfDocumentEventHandler {
        private final PdfFont font;
        private final int pages;

        Footer(PdfFont font, int pages) {
            this.font = font;
            this.pages = pages;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            if (!(event instanceof PdfDocumentEvent pageEvent)) {
                return;
            }
            PdfPage page = pageEvent.getPage();
            PdfDocument pdf = event.getDocument();
            Rectangle box = page.getPageSize();
            String text = "第 " + pdf.getPageNumber(page) + " 页 共 " + pages + " 页";
            float x = box.getLeft() + (box.getWidth() - font.getWidth(text, FOOTER_FONT_SIZE)) / 2;
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            canvas.beginText().setFontAndSize(font, FOOTER_FONT_SIZE).moveText(x, box.getBottom() + 22)
                    .showText(text).endText();
            canvas.release();
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
