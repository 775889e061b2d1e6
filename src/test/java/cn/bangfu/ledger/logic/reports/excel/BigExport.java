package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportModel;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM with a small heap by {@link ExcelStreamingTest}: builds a report of {@code args[1]} data
 * rows and a 合计, writes it to {@code args[0]} and prints the time and the peak heap (the sum of the heap
 * pools' peaks, an upper bound). Exit code 0 when written.
 */
public final class BigExport {

    private BigExport() {
    }

    @SuppressWarnings("java:S106") // a test helper process: its output is the result
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        ReportModel model = Samples.big(n);
        long built = System.nanoTime();
        System.gc();
        long modelHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long[] updates = {0};
        WorkProgress progress = new WorkProgress() {
            @Override
            public void update(String stage, long done, long total) {
                updates[0]++;
            }
        };
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
            new ExcelRenderer().write(List.of(model), out, progress);
        }
        long end = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("rows=%d build=%d ms write=%d ms peakHeap=%d MB model=%d MB heapMax=%d MB updates=%d size=%d KB%n",
                n, (built - start) / 1_000_000, (end - built) / 1_000_000, peak >> 20, modelHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, updates[0], Files.size(Path.of(args[0])) >> 10);
    }
}
