package cn.bangfu.ledger.logic.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {

    /** The 3-level header, 150 data rows, a 小计 per 30 rows and a 合计: several portrait pages. */
    private static byte[] monthly;

    @BeforeAll
    static void render() throws IOException {
        monthly = write(List.of(SampleReports.monthly(150)));
    }

    static byte[] write(List<ReportModel> docs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().write(docs, out, WorkProgress.NONE);
        return out.toByteArray();
    }

    /** The text of every page, whitespace removed (the extractor puts spaces between the runs it finds). */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                texts.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)).replaceAll("\\s+", ""));
            }
            return texts;
        }
    }

    @Test
    void isAPdf() {
        assertThat(new PdfRenderer().format()).isEqualTo(ReportFormat.PDF);
        assertThat(new String(monthly, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void validatesAsPdfA2b() throws Exception {
        List<String> failures = pdfA2bFailures(monthly);
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
    }

    @Test
    void theChecksCatchAPlainPdfWithAFontNotEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument plain = new PdfDocument(new PdfWriter(out))) {
            new PdfCanvas(plain.addNewPage()).beginText()
                    .setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA), 12).moveText(50, 700)
                    .showText("Page 1 of 1").endText();
        }
        assertThat(pdfA2bFailures(out.toByteArray())).isNotEmpty();
        assertThat(fontsNotEmbedded(out.toByteArray())).containsExactly("/Helvetica");
    }

    /** The PDF/A-2B rules veraPDF finds broken, one line each (empty when the file is compliant). */
    static List<String> pdfA2bFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct().limit(30).toList();
            assertThat(result.isCompliant()).as("compliant exactly when no rule failed: %s", failures)
                    .isEqualTo(failures.isEmpty());
            return failures;
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        assertThat(fontsNotEmbedded(monthly)).isEmpty();
    }

    /** The fonts of the file (pages and the form XObjects they show) with no font file; fails if it has none. */
    static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        Set<String> fonts = new HashSet<>();
        List<String> notEmbedded = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                walk(doc.getPage(i).getPdfObject().getAsDictionary(PdfName.Resources), fonts, notEmbedded,
                        new HashSet<>());
            }
        }
        assertThat(fonts).as("fonts found").isNotEmpty();
        return notEmbedded;
    }

    /** Checks the fonts of a resource dictionary and of the form XObjects it names (the page total). */
    private static void walk(PdfDictionary resources, Set<String> fonts, List<String> notEmbedded,
            Set<PdfObject> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDictionary(PdfName.Font);
        if (fontDict != null) {
            for (PdfName key : fontDict.keySet()) {
                PdfDictionary font = fontDict.getAsDictionary(key);
                String name = String.valueOf(font.getAsName(PdfName.BaseFont));
                fonts.add(name);
                PdfDictionary descriptor = font.getAsDictionary(PdfName.FontDescriptor);
                PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
                if (descendants != null) {
                    descriptor = descendants.getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
                }
                boolean embedded = descriptor != null && (descriptor.containsKey(PdfName.FontFile)
                        || descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3));
                if (!embedded && !notEmbedded.contains(name)) {
                    notEmbedded.add(name);
                }
            }
        }
        PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
        if (xobjects != null) {
            for (PdfName key : xobjects.keySet()) {
                PdfStream x = xobjects.getAsStream(key);
                if (x != null && PdfName.Form.equals(x.getAsName(PdfName.Subtype))) {
                    walk(x.getAsDictionary(PdfName.Resources), fonts, notEmbedded, seen);
                }
            }
        }
    }

    @Test
    void headersRepeatSignatureOnlyOnTheLastPageAndEveryPageIsNumbered() throws IOException {
        List<String> pages = pageTexts(monthly);
        int m = pages.size();
        assertThat(m).as("150 rows and 5 subtotals need several pages").isGreaterThan(2);

        assertThat(pages.get(0)).contains("示范镇2026年11月监测对象动态月报", "单位：户、人、元", "2026年11月");
        assertThat(pages.get(1)).contains("监测户", "上月末", "本月新增", "帮扶消除", "村（社区）");
        assertThat(pages.get(m - 1)).contains("监测户", "本月新增");

        String last = pages.get(m - 1);
        assertThat(last).contains("合计", "填报单位（盖章）：示范镇乡村振兴办公室", "填报人：王小明", "审核人：____",
                "负责人：____", "填报日期：2026-12-03", "填表说明");
        assertThat(pages.get(0)).doesNotContain("填报人", "审核人", "负责人", "填报日期");
        assertThat(pages.get(1)).doesNotContain("填报人");

        for (int n = 1; n <= m; n++) {
            assertThat(pages.get(n - 1)).as("page %d", n).contains("第" + n + "页共" + m + "页");
        }
    }

    @Test
    void subtotalsAndTotalAreThere() throws IOException {
        String all = String.join("", pageTexts(monthly));
        assertThat(all.split("小计", -1)).hasSize(6); // 5 blocks of 30 rows
        assertThat(all).contains("合计");
        // 150 rows of i % 7 + 1 households: 21 full weeks of 28 plus rows 147..149 (1+2+3) = 594
        assertThat(all).contains("合计594");
    }

    @Test
    void aCharacterTheFontLacksIsMarkedNotFatal() throws Exception {
        ReportTable names = new ReportTable("名单", List.of(Column.text("name", "户主姓名", 10),
                Column.text("note", "备注", 20)), List.of(Row.data("吉𠮷祥", "多\t空格\r\n换行"), Row.data("赟喆堃", "")));
        ReportModel model = new ReportModel("names", "生僻字名单", "2026年11月", "", List.of(names), List.of(),
                SampleReports.signature(), false, false);
        byte[] pdf = write(List.of(model));
        assertThat(pageTexts(pdf).getFirst()).contains("吉" + Printable.MISSING + "祥", "赟喆堃", "多", "换行");
        assertThat(pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void aRowTallerThanAPageIsSplitLineByLineAndNothingIsLost() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            note.append("第").append(i).append("行备注\n");
        }
        ReportTable t = new ReportTable("长备注", List.of(Column.text("name", "户主姓名", 10),
                Column.text("note", "备注", 30)), List.of(Row.data("张三", note.toString()), Row.data("李四", "短")));
        byte[] pdf = write(List.of(new ReportModel("notes", "长备注名单", "2026年11月", "", List.of(t), List.of(),
                SampleReports.signature(), false, false)));
        List<String> pages = pageTexts(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        String all = String.join("", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("第" + i + "行备注");
        }
        for (String page : pages) {
            assertThat(page).contains("户主姓名备注"); // the header on every page the row runs onto
        }
        assertThat(pages.getLast()).contains("第150行备注", "李四", "填报人：王小明");
        assertThat(pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void theSignatureNeverStandsOnAPageAlone() throws IOException {
        // rows enough to fill the first page all but the signature's height
        for (int rows = 30; rows <= 60; rows++) {
            List<String> pages = pageTexts(write(List.of(SampleReports.monthly("签名不落单", rows, false))));
            String last = pages.getLast();
            assertThat(last).as("%d rows", rows).contains("填报人");
            if (pages.size() > 1) {
                assertThat(last).as("%d rows: the 合计 row goes with the signature", rows).contains("合计");
            }
        }
    }

    @Test
    void landscapeModelGivesLandscapePages() throws IOException {
        byte[] pdf = write(List.of(SampleReports.monthly("横向月报", 40, true)));
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                Rectangle box = doc.getPage(i).getPageSizeWithRotation();
                assertThat(box.getWidth()).as("page %d", i).isGreaterThan(box.getHeight());
            }
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(monthly)))) {
            Rectangle box = doc.getPage(1).getPageSizeWithRotation();
            assertThat(box.getWidth()).isLessThan(box.getHeight());
        }
    }

    @Test
    void eachDocumentStartsOnANewPageAndTheNumberingCountsTheFile() throws Exception {
        byte[] pdf = write(List.of(SampleReports.householdCard(1), SampleReports.householdCard(2),
                SampleReports.monthly("第三份：横向", 10, true)));
        List<String> pages = pageTexts(pdf);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("一户一档第1户", "家庭成员", "收到的帮扶资金", "填报人")
                .doesNotContain("一户一档第2户");
        assertThat(pages.get(1)).startsWith("一户一档第2户").doesNotContain("一户一档第1户");
        assertThat(pages.get(2)).contains("第三份：横向");
        for (int n = 1; n <= 3; n++) {
            assertThat(pages.get(n - 1)).contains("第" + n + "页共3页");
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            Rectangle p2 = doc.getPage(2).getPageSizeWithRotation();
            Rectangle p3 = doc.getPage(3).getPageSizeWithRotation();
            assertThat(p2.getWidth()).isLessThan(p2.getHeight());
            assertThat(p3.getWidth()).isGreaterThan(p3.getHeight());
        }
        assertThat(pdfA2bFailures(pdf)).as("PDF/A with documents of both orientations").isEmpty();
    }

    @Test
    void aFileOfMoreThan200FlushedPagesCloses() throws IOException {
        // iText 9.7.1 failed at close past about 200 explicitly flushed pages when object streams were on
        List<ReportModel> cards = new ArrayList<>();
        for (int i = 1; i <= 230; i++) {
            cards.add(SampleReports.householdCard(i));
        }
        byte[] pdf = write(cards);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(230);
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(230)).replaceAll("\\s+", ""))
                    .contains("一户一档第230户", "第230页共230页");
        }
    }

    @Test
    void cancelledBeforeTheFirstDocument() {
        WorkProgress cancelled = new WorkProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new PdfRenderer().write(List.of(SampleReports.monthly(10)),
                new ByteArrayOutputStream(), cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancelledInsideALargeTableAndBetweenDocuments() {
        AtomicInteger asked = new AtomicInteger();
        List<Long> reported = new ArrayList<>();
        WorkProgress cancelLater = new WorkProgress() {
            @Override
            public void update(String stage, long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 3; // the start, the first document, rows 500 and 1000
            }
        };
        assertThatThrownBy(() -> new PdfRenderer().write(List.of(SampleReports.monthly(3000)),
                new ByteArrayOutputStream(), cancelLater)).isInstanceOf(CancellationException.class);
        assertThat(reported).contains(500L).doesNotContain(3000L);

        AtomicInteger docs = new AtomicInteger();
        WorkProgress cancelAfterTwo = new WorkProgress() {
            @Override
            public boolean isCancelled() {
                return docs.incrementAndGet() > 3; // the start and documents 1 and 2
            }
        };
        List<ReportModel> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cards.add(SampleReports.householdCard(i));
        }
        assertThatThrownBy(() -> new PdfRenderer().write(cards, new ByteArrayOutputStream(), cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(docs.get()).isEqualTo(4);
    }
}
