package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not part of the suite: writes sample PDFs to target/pdf-samples to look at (pdftoppm, pdffonts), and times a
 * 5,000-row table and 500 one-page documents. Run with {@code -Dbangfu.pdf.samples=true}.
 */
@EnabledIfSystemProperty(named = "bangfu.pdf.samples", matches = "true")
class PdfSamplesTest {

    private static final Path DIR = Path.of("target", "pdf-samples");

    @Test
    void writeSamples() throws IOException {
        Files.createDirectories(DIR);
        time("sample.pdf", List.of(SampleReports.monthly(150)));
        time("landscape.pdf", List.of(SampleReports.monthly("示范镇2026年11月监测对象动态月报（横向）", 60, true)));
        time("wide-landscape.pdf", List.of(SampleReports.wide(30, true)));
        time("wide-portrait.pdf", List.of(SampleReports.wide(30, false)));
        List<ReportModel> cards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cards.add(SampleReports.householdCard(i));
        }
        time("cards.pdf", cards);
    }

    @Test
    void timeLargeRuns() throws IOException {
        Files.createDirectories(DIR);
        time("rows-5000.pdf", List.of(SampleReports.monthly(5000)));
        List<ReportModel> cards = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            cards.add(SampleReports.householdCard(i));
        }
        time("cards-500.pdf", cards);
    }

    private static void time(String name, List<ReportModel> docs) throws IOException {
        Path file = DIR.resolve(name);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] peak = {before};
        WorkProgress watch = new WorkProgress() {
            @Override
            public void update(String stage, long done, long total) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            }
        };
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfRenderer().write(docs, out, watch);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s: %d ms, %,d bytes, heap peak seen %,d MB (before %,d MB)%n", name, ms, Files.size(file),
                peak[0] >> 20, before >> 20);
    }
}
