package cn.bangfu.ledger.logic.rosters.read;

import java.nio.file.Path;

/**
 * Run in a separate JVM with a small heap by {@link RosterBadFilesTest}: reads the million-empty-rows workbook
 * to the end and lets the streaming reader meet the zip bomb (its directory check skipped), printing what
 * happened and how long it took. Exit code 0 when both behaved.
 */
public final class RosterHeapCheck {

    private RosterHeapCheck() {
    }

    @SuppressWarnings("java:S106") // a test helper process: its output is the result
    public static void main(String[] args) {
        long start = System.nanoTime();
        int[] rows = {0};
        int[] real = {0};
        try (RosterSource source = RosterFiles.open(Path.of(args[0]))) {
            source.read(null, row -> {
                rows[0]++;
                real[0] += row.isBlank() ? 0 : 1;
                return true;
            });
        }
        System.out.printf("rows=%d real=%d in %d ms, heap max %d MB%n", rows[0], real[0],
                (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);

        start = System.nanoTime();
        try (RosterSource source = XlsxSource.openWorkbook(Path.of(args[1]))) {
            source.read(null, row -> true);
            System.out.println("bomb NOT refused");
            System.exit(1);
        } catch (RosterFileException e) {
            if (!e.getMessage().contains("疑似压缩炸弹")) {
                System.out.println("bomb refused for another reason: " + e.getMessage());
                System.exit(1);
            }
        }
        System.out.printf("bomb refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.exit(rows[0] == 1_000_004 && real[0] == 4 ? 0 : 1);
    }
}
