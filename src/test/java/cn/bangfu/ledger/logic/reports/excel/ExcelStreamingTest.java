package cn.bangfu.ledger.logic.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big reports stream in a small heap; a cancel stops the write within a block of rows and writes nothing. */
class ExcelStreamingTest {

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowsStreamInASmallHeap() throws Exception {
        // a separate JVM with 256 MB of heap (the model itself takes about a third of it); an XSSF write of the
        // same rows needs over a gigabyte
        Path file = dir.resolve("big.xlsx");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BigExport.class.getName(), file.toString(), "100000")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread pump = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException ignored) {
                // the assertion below shows what arrived
            }
        });
        boolean ended = process.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        pump.join(5000);
        String log = output.toString(StandardCharsets.UTF_8);
        System.out.println("BigExport: " + log.lines().filter(l -> l.startsWith("rows=")).findFirst().orElse(log));
        assertThat(ended).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("rows=100000");

        List<SheetRow> ends = new ArrayList<>();
        long[] rows = {0};
        try (RosterSource source = RosterFiles.open(file)) {
            assertThat(source.sheetNames()).containsExactly(Samples.TABLE);
            source.read(null, row -> {
                rows[0]++;
                if (row.rowNumber() == ExcelRendererTest.FIRST_DATA + 1 || row.rowNumber() >= 100_005) {
                    ends.add(row);
                }
                return true;
            });
        }
        // title, period line, 3 header rows, 100,000 rows, 合计, 2 notes, signature
        assertThat(rows[0]).isEqualTo(5 + 100_000 + 1 + 2 + 1);
        assertThat(ends.getFirst().cell(3)).isEqualTo(Samples.idNumber(1));
        SheetRow last = ends.stream().filter(r -> r.rowNumber() == 100_005).findFirst().orElseThrow();
        assertThat(last.cell(1)).isEqualTo("00" + String.format("%08d", 100_000));
        assertThat(last.cell(3)).isEqualTo(Samples.idNumber(100_000));
        SheetRow total = ends.stream().filter(r -> r.rowNumber() == 100_006).findFirst().orElseThrow();
        assertThat(total.cell(0)).isEqualTo("合计");
    }

    @Test
    void cancellingAfterTheFirstBlockStopsAndWritesNothing() throws IOException {
        ReportModel model = Samples.big(5 * ExcelRenderer.BLOCK);
        List<Long> updates = new ArrayList<>();
        WorkProgress progress = new WorkProgress() {
            @Override
            public void update(String stage, long done, long total) {
                assertThat(stage).isEqualTo(ExcelRenderer.STAGE);
                assertThat(total).isEqualTo(5 * ExcelRenderer.BLOCK + 1);
                updates.add(done);
            }

            @Override
            public boolean isCancelled() {
                return !updates.isEmpty(); // the clerk presses 取消 once the first block is reported
            }
        };
        long tempBefore = sxssfTempFiles();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CancellationException e = catchThrowableOfType(CancellationException.class,
                () -> new ExcelRenderer().write(List.of(model), out, progress));
        assertThat(e).isNotNull();
        assertThat(updates).containsExactly((long) ExcelRenderer.BLOCK);
        assertThat(out.size()).isZero();
        assertThat(sxssfTempFiles()).as("SXSSF's temporary files are removed").isEqualTo(tempBefore);
    }

    @Test
    void aCancelBeforeTheStartWritesNothing() {
        WorkProgress cancelled = new WorkProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(catchThrowableOfType(CancellationException.class,
                () -> new ExcelRenderer().write(List.of(Samples.model(Samples.table())), out, cancelled))).isNotNull();
        assertThat(out.size()).isZero();
    }

    private static long sxssfTempFiles() throws IOException {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }
}
