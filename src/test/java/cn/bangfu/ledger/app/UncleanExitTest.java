package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PC is shut down with the window open: the window's process gets SIGTERM and its {@code stop()} never
 * runs. The ledger file alone must still hold every committed change, both while the program sits idle with
 * the ledger open and after it was terminated (a clerk who copies only {@code ledger.db} must not lose data).
 */
class UncleanExitTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerHeldByAProcessEndedBySigtermIsCompleteInItsFileAlone() throws Exception {
        Path ledger = dir.resolve("data").resolve("ledger.db");
        Path roster = Path.of("src/test/resources/rosters/good/roster.xlsx").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Dbangfu.logdir=" + dir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), LedgerHolder.class.getName(), ledger.toString(),
                roster.toString())
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.startsWith("ready ")) {
                        ready.complete(Integer.parseInt(line.substring(6).strip()));
                    }
                }
            } catch (IOException ignored) {
                // the assertions show what arrived
            }
            ready.complete(-1);
        });
        try {
            int households = ready.get(90, TimeUnit.SECONDS);
            assertThat(households).as(log.toString()).isPositive();

            // idle with the ledger open: the file alone is already complete
            assertThat(householdsInCopyOf(ledger, "while-open")).as("copy of ledger.db while the program is idle")
                    .isEqualTo(households);

            process.destroy(); // SIGTERM, as a shutting-down PC sends it
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(log.toString()).isTrue();

            // the shutdown hook closed the ledger: the WAL was folded in and removed, nothing is left beside it
            assertThat(ledger.resolveSibling("ledger.db-wal")).as(log.toString()).doesNotExist();
            assertThat(householdsInCopyOf(ledger, "after-sigterm")).isEqualTo(households);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Copies ledger.db alone (none of its -wal or -shm) into a folder of its own and counts its households. */
    private long householdsInCopyOf(Path ledger, String folder) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(folder)).resolve("ledger.db");
        Files.copy(ledger, copy);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy); var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from household")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
