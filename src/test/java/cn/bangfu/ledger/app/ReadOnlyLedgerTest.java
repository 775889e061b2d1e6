package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger in a folder (or a file) the user cannot write: reading commands still work, writing commands say
 * what is read-only and what to do, before reading any roster.
 *
 * <p>The condition is made for real, never simulated: as an ordinary user by chmod; as root (whom chmod does
 * not stop) by a read-only bind mount of the folder, or by the immutable attribute (chattr +i) for a file. When
 * neither is possible the test is skipped, not passed.
 */
class ReadOnlyLedgerTest {

    @TempDir
    Path dir;

    private final List<String[]> undo = new ArrayList<>();

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, (ledger, demo) -> { }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes a folder read-only for this process, for real; skips the test when that is impossible here. */
    void makeFolderReadOnly(Path folder) throws IOException {
        if (!root()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            undo.add(new String[] {"chmod", "755", folder.toString()});
        } else if (sh("mount", "--bind", folder.toString(), folder.toString())) {
            undo.add(new String[] {"umount", folder.toString()});
            Assumptions.assumeTrue(sh("mount", "-o", "remount,bind,ro", folder.toString()),
                    "cannot remount read-only here");
        } else {
            Assumptions.abort("running as root without mount: cannot make a read-only folder");
        }
        Assumptions.assumeFalse(Files.isWritable(folder), "the folder is still writable");
    }

    /** Makes one file read-only for this process, for real (chmod, or chattr +i as root). */
    void makeFileReadOnly(Path file) throws IOException {
        if (!root()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else if (sh("chattr", "+i", file.toString())) {
            undo.add(new String[] {"chattr", "-i", file.toString()});
        } else {
            Assumptions.abort("running as root without chattr: cannot make a read-only file");
        }
        Assumptions.assumeFalse(Files.isWritable(file), "the file is still writable");
    }

    @AfterEach
    void restore() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            sh(undo.get(i));
        }
    }

    Path ledgerWithDemo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path db = folder.resolve("ledger.db");
        assertThat(run("--db", db.toString(), "init").code()).isZero();
        assertThat(run("--db", db.toString(), "demo", "--households", "12").code()).isZero();
        return db;
    }

    @Test
    void statsCheckAndBackupWorkInAReadOnlyFolder() throws IOException {
        Path folder = dir.resolve("只读 文件夹");
        Path db = ledgerWithDemo(folder);
        makeFolderReadOnly(folder);

        Run stats = run("--db", db.toString(), "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("户：12");
        Run check = run("--db", db.toString(), "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        Run backup = run("--db", db.toString(), "backup", "--out", dir.resolve("copy.db").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("12 户");
    }

    @Test
    void writingCommandsSayTheFolderIsReadOnlyBeforeReadingTheRoster() throws IOException {
        Path folder = dir.resolve("只读");
        Path db = ledgerWithDemo(folder);
        makeFolderReadOnly(folder);
        String roster = Path.of("src/test/resources/rosters/good/roster.xlsx").toAbsolutePath().toString();
        for (String[] command : List.of(new String[] {"init"}, new String[] {"import", roster, "--all-towns"},
                new String[] {"import-revert", "1"})) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = db.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            Run r = run(args);
            String what = String.join(" ", command);
            assertThat(r.code()).as(what).isEqualTo(1);
            assertThat(r.err()).as(what).contains("文件夹是只读的", folder.toAbsolutePath().toString(), "复制到可以写入的文件夹",
                    "写入权限");
            assertThat(r.err()).as(what).doesNotContain("SQLITE", "readonly", ".lock", "升级没有完成");
            assertThat(r.out()).as(what).isEmpty(); // nothing of the roster was read or summarised
        }
        Run create = run("--db", folder.resolve("new.db").toString(), "init");
        assertThat(create.code()).isEqualTo(1);
        assertThat(create.err()).contains("文件夹是只读的");
    }

    @Test
    void aWalLeftInAReadOnlyFolderIsExplained() throws Exception {
        Path source = ledgerWithDemo(dir.resolve("source"));
        Path folder = Files.createDirectories(dir.resolve("left"));
        try (var window = cn.bangfu.ledger.logic.LedgerServices.open(source)) {
            window.households().addVillage("东坑村");
            Files.copy(source, folder.resolve("ledger.db"));
            Files.copy(Path.of(source + "-wal"), folder.resolve("ledger.db-wal"));
        }
        makeFolderReadOnly(folder);
        Run stats = run("--db", folder.resolve("ledger.db").toString(), "stats");
        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.err()).contains("文件夹是只读的", "ledger.db-wal", "一起复制");
        assertThat(stats.err()).doesNotContain("升级没有完成", "SQLITE");
    }

    @Test
    void aReadOnlyLedgerFileIsSaidToBeReadOnlyBeforeTheImport() throws IOException {
        Path db = ledgerWithDemo(dir.resolve("file"));
        makeFileReadOnly(db);
        String roster = Path.of("src/test/resources/rosters/good/roster.xlsx").toAbsolutePath().toString();
        Run r = run("--db", db.toString(), "import", roster, "--all-towns");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("账本文件是只读的", db.toAbsolutePath().toString());
        assertThat(r.err()).doesNotContain("SQLITE", "readonly");
        assertThat(r.out()).isEmpty();
        Run stats = run("--db", db.toString(), "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
    }
}
