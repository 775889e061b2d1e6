package cn.bangfu.ledger.logic.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportTable;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the PDF layout that can be checked without drawing. */
class PdfLayoutTest {

    @Test
    void headerTreeBecomesMergedCellsRowByRow() {
        ReportTable t = SampleReports.monthlyTable("表", 1);
        assertThat(t.headerDepth()).isEqualTo(3);
        List<List<HeaderGrid.Cell>> rows = HeaderGrid.layout(t.headers(), t.headerDepth());

        assertThat(rows.get(0)).extracting(HeaderGrid.Cell::title)
                .containsExactly("序号", "村（社区）", "监测户", "消除风险", "帮扶资金（元）", "是否落实", "备注");
        assertThat(rows.get(0).get(0)).isEqualTo(new HeaderGrid.Cell("序号", 0, 0, 3, 1, true));
        assertThat(rows.get(0).get(2)).isEqualTo(new HeaderGrid.Cell("监测户", 0, 2, 1, 4, false));
        assertThat(rows.get(0).get(3)).isEqualTo(new HeaderGrid.Cell("消除风险", 0, 6, 1, 2, false));
        assertThat(rows.get(0).get(4)).isEqualTo(new HeaderGrid.Cell("帮扶资金（元）", 0, 8, 3, 1, true));

        assertThat(rows.get(1)).extracting(HeaderGrid.Cell::title).containsExactly("上月末", "本月新增", "帮扶消除", "自然消除");
        // a leaf one level above the deepest spans down to the last header row
        assertThat(rows.get(1).get(2)).isEqualTo(new HeaderGrid.Cell("帮扶消除", 1, 6, 2, 1, true));
        assertThat(rows.get(2)).extracting(HeaderGrid.Cell::column).containsExactly(2, 3, 4, 5);

        // every data column is covered exactly once per header row
        for (int r = 0; r < 3; r++) {
            int covered = 0;
            for (List<HeaderGrid.Cell> row : rows) {
                for (HeaderGrid.Cell c : row) {
                    if (c.row() <= r && r < c.row() + c.rowSpan()) {
                        covered += c.colSpan();
                    }
                }
            }
            assertThat(covered).as("row %d", r).isEqualTo(t.columns().size());
        }
    }

    @Test
    void columnsShareTheWidthByTheirCharacters() {
        ReportTable t = SampleReports.monthlyTable("表", 1);
        assertThat(t.columns().getFirst().width()).as("Header's column count").isEqualTo(1);
        assertThat(PageFlow.shares(t.columns())).containsExactly(5, 10, 6, 6, 6, 6, 8, 8, 12, 6, 16);
    }

    @Test
    void aWideTableIsSetSmallerButNotBelowTheMinimum() {
        float portrait = 595 - 72;
        List<Column> narrow = List.of(Column.text("a", "甲", 20), Column.text("b", "乙", 20));
        assertThat(PageFlow.fontSizeFor(narrow, portrait)).isEqualTo(PageFlow.BODY_FONT_SIZE);

        List<Column> wide = SampleReports.wide(1, false).tables().getFirst().columns();
        float landscape = PageFlow.fontSizeFor(wide, 842 - 72);
        assertThat(landscape).isLessThan(PageFlow.BODY_FONT_SIZE).isGreaterThan(PageFlow.MIN_FONT_SIZE);
        assertThat(PageFlow.fontSizeFor(wide, portrait)).isEqualTo(PageFlow.MIN_FONT_SIZE);
    }

    @Test
    void aNumberTooWideForItsColumnIsShrunkNotBroken() throws IOException {
        TextLines text = new TextLines(font());
        assertThat(PageFlow.fittingSize(text, "1,234", 9, 100)).isEqualTo(9);
        float fit = PageFlow.fittingSize(text, "30,575", 6, 14);
        assertThat(fit).isLessThan(6).isGreaterThanOrEqualTo(PageFlow.MIN_FIT_SIZE);
        assertThat(text.width("30,575", fit)).isLessThanOrEqualTo(14);
        assertThat(PageFlow.fittingSize(text, "371522198001010001", 6, 5)).isEqualTo(PageFlow.MIN_FIT_SIZE);
    }

    @Test
    void widthsAreTheFontsGlyphWidths() throws IOException {
        PdfFont font = font();
        TextLines text = new TextLines(font);
        for (String s : List.of("帮扶资金（元）", "1,234.00", "371522198001011234", "Ab c")) {
            assertThat(text.width(s, 9)).as(s).isCloseTo(font.getWidth(s, 9), org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void closingPunctuationDoesNotStartALine() {
        String line = "帮扶资金（元）合计";
        assertThat(TextLines.breakAfter(line, 0)).as("between 帮 and 扶").isTrue();
        assertThat(TextLines.breakAfter(line, 3)).as("before （").isTrue();
        assertThat(TextLines.breakAfter(line, 4)).as("after （").isFalse();
        assertThat(TextLines.breakAfter(line, 5)).as("before ）").isFalse();
        assertThat(TextLines.breakAfter(line, 6)).as("after ）").isTrue();
        String number = "1,234.00，共计";
        assertThat(TextLines.breakAfter(number, 1)).as("after an ASCII comma").isFalse();
        assertThat(TextLines.breakAfter(number, 5)).as("after a stop").isFalse();
        assertThat(TextLines.breakAfter(number, 8)).as("after ，").isTrue();
    }

    @Test
    void textWrapsAtTheAllowedBreaksAndWithinTheWidth() throws IOException {
        TextLines text = new TextLines(font());
        float em = text.width("帮", 10);
        // four characters a line: the bracket goes with what follows, the closing one with what precedes
        assertThat(text.lines("帮扶资金（元）合计", 10, 4.5f * em)).containsExactly("帮扶资金", "（元）合", "计");
        assertThat(text.lines("甲乙\n\n丙", 10, 10 * em)).containsExactly("甲乙", "", "丙");
        assertThat(text.lines("", 10, 10 * em)).containsExactly("");
        assertThat(text.lines("甲乙\n\n", 10, 10 * em)).containsExactly("甲乙");
        // a run with no break in it is broken where the line is full; spaces at a break are dropped
        List<String> id = text.lines("371522198001011234", 10, text.width("3715221980", 10) + 0.1f);
        assertThat(id).containsExactly("3715221980", "01011234");
        assertThat(text.lines("aaa bbb ccc", 10, text.width("aaa bbb", 10) + 0.1f)).containsExactly("aaa bbb", "ccc");
        for (String l : text.lines("步骤：入户核实；日期：2026-02-04；备注：经村民代表评议，同意纳入监测。", 9, 80)) {
            assertThat(text.width(l, 9)).as(l).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void sharedAndContinuingCellEdgesAreOneLine() {
        // two rows of two cells, 10 x 5 each, and a box without a frame
        List<Box> boxes = List.of(cell(0, 10), cell(10, 10), cell(0, 5), cell(10, 5),
                new Box(0, 30, 50, 5, List.of("标题"), 9, Box.Align.LEFT, true, false, null, false));
        List<GridLines.Line> lines = GridLines.of(boxes);
        assertThat(lines).hasSize(6); // 3 across (y = 10, 5, 0) and 3 down (x = 0, 10, 20)
        assertThat(lines).contains(new GridLines.Line(0, 10, 20, 10), new GridLines.Line(0, 0, 20, 0),
                new GridLines.Line(10, 0, 10, 10));
        assertThat(GridLines.of(List.of())).isEmpty();
    }

    private static Box cell(float x, float top) {
        return new Box(x, top, 10, 5, List.of(), 9, Box.Align.LEFT, true, false, null, true);
    }

    @Test
    void textIsMadePrintableInTheBundledFont() throws IOException {
        PdfFont font = font();
        assertThat(Printable.of(font, "张三 371522198001011234 √ ×")).isEqualTo("张三 371522198001011234 √ ×");
        assertThat(Printable.of(font, "吉𠮷祥")).isEqualTo("吉〓祥");
        assertThat(Printable.of(font, "甲\t乙\r\n丙\r丁\u200d戊\u0007")).isEqualTo("甲 乙\n丙\n丁戊");
        assertThat(Printable.of(font, null)).isEmpty();
        TextLines text = new TextLines(font); // the cached check gives the same
        for (String s : List.of("张三 371522198001011234 √ ×", "吉𠮷祥", "甲\t乙\r\n丙\r丁\u200d戊\u0007", "吉𠮷祥")) {
            assertThat(text.printable(s)).isEqualTo(Printable.of(font, s));
        }
        assertThat(text.printable(null)).isEmpty();
    }

    @Test
    void cellTextKeepsALabelInANumericColumn() {
        assertThat(PageFlow.text(CellKind.COUNT, "合计")).isEqualTo("合计");
        assertThat(PageFlow.text(CellKind.YUAN, 123456L)).isEqualTo("1,234.56");
        assertThat(PageFlow.text(CellKind.COUNT, null)).isEmpty();
    }

    private static PdfFont font() throws IOException {
        try (InputStream in = PdfLayoutTest.class.getResourceAsStream(PdfRenderer.FONT_RESOURCE)) {
            return PdfFontFactory.createFont(FontProgramFactory.createFont(in.readAllBytes(), 0, false),
                    PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        }
    }
}
