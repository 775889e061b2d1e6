package cn.bangfu.ledger.store;

import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.store.Ledger.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger file and its companions on disk (-wal, -shm, .lock): is it a ledger, can it be written or read here,
 * who holds it, and what the clerk is told when it cannot. Static helpers of {@link Ledger#open}; no database.
 */
final class LedgerFiles {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerFiles.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LedgerFiles() {
    }

    /**
     * Whether a program holds the ledger for writing, by asking for a shared lock on its lock file (a read
     * channel: works in a folder this program cannot write). When it cannot tell, it says held.
     */
    static boolean heldByAWriter(Path ledgerFile) {
        Path lockFile = lockFileOf(ledgerFile);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return true;
            }
            shared.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very program holds it
        } catch (IOException e) {
            LOG.debug("Cannot tell whether {} is held", ledgerFile, e);
            return true;
        }
    }

    /**
     * A read-only open in a folder this program cannot write, with no WAL content beside the file: SQLite cannot
     * create the -shm it needs for a WAL ledger there, so the file is opened as immutable (no locks, no -shm).
     * That is safe: every committed change is in the file, and no program can write it beside us (a writer
     * needs to create the -wal in the same folder).
     */
    static boolean readImmutable(Path file, Mode mode) {
        return mode == Mode.READ_ONLY && !folderWritable(file) && !hasWalContent(file);
    }

    static boolean folderWritable(Path file) {
        Path folder = file.getParent();
        return folder == null || Files.isWritable(folder);
    }

    static boolean hasWalContent(Path file) {
        Path wal = walFileOf(file);
        try {
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Writing needs the file and its folder (for -wal, -shm and the lock file) to be writable. */
    static void requireWritable(Path file) {
        if (Files.exists(file)) {
            LedgerException readOnly = readOnlyProblem(file, Mode.WRITE);
            if (readOnly != null) {
                throw readOnly;
            }
            return;
        }
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new LedgerException("无法在这里创建账本：文件夹是只读的：" + existing + "。请用 --db 选一个可以写入的文件夹"
                    + "（例如“文档”或桌面），或请管理员给这个文件夹写入权限。");
        }
    }

    /** Reading a WAL ledger in a read-only folder works unless changes are still in a -wal there. */
    static void requireReadableHere(Path file) {
        if (Files.isRegularFile(file) && !folderWritable(file) && hasWalContent(file)) {
            throw readOnlyProblem(file, Mode.READ_ONLY);
        }
    }

    /**
     * What is true when the file or its folder cannot be written, in Chinese with what to do; null when both
     * can (then the problem is another one).
     */
    static LedgerException readOnlyProblem(Path file, Mode mode) {
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (!folderWritable(file)) {
            if (mode == Mode.READ_ONLY) {
                if (!hasWalContent(file)) {
                    return null;
                }
                return new LedgerException("账本所在的文件夹是只读的：" + folder + "。账本旁边留有 " + name
                        + "-wal（最近的修改还在里面），在只读的文件夹里无法读取。请把 " + name + " 和 " + name
                        + "-wal 一起复制到可以写入的文件夹，再用 --db 打开那份副本；或请管理员给这个文件夹写入权限。");
            }
            return new LedgerException("账本所在的文件夹是只读的：" + folder + "。修改账本时，帮扶台账要在账本旁边建立 " + name
                    + "-wal 等临时文件。请把 " + name + " 复制到可以写入的文件夹（例如“文档”或桌面），再用 --db 打开它；"
                    + "或请管理员给这个文件夹写入权限。（只读的查看，例如 stats、check、backup，在这里也可以运行。）");
        }
        if (mode == Mode.WRITE && Files.exists(file) && !Files.isWritable(file)) {
            return new LedgerException("账本文件是只读的：" + file + "。请去掉这个文件的“只读”属性（Windows：右键→属性），"
                    + "或请管理员给写入权限；也可以把它复制一份，再用 --db 打开副本。账本未被修改。");
        }
        return null;
    }

    static Path walFileOf(Path ledgerFile) {
        return ledgerFile.resolveSibling(ledgerFile.getFileName() + "-wal");
    }

    static Path lockFileOf(Path ledgerFile) {
        return ledgerFile.resolveSibling(ledgerFile.getFileName() + ".lock");
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("找不到账本文件：" + file + "。请先运行 init 创建账本，或检查 --db 路径。");
        }
    }

    static void requireLedgerOrAbsent(Path file, Mode mode) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new LedgerException("账本路径是一个文件夹，不是文件：" + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file (e.g. created by a file manager) becomes a new ledger
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new LedgerException("该文件不是帮扶台账账本（不是 SQLite 数据库）：" + file
                        + "。请检查 --db 路径，不要用 Excel 或其他文件。");
            }
        } catch (IOException e) {
            throw new LedgerException("无法读取账本文件 " + file + "：" + e.getMessage(), e);
        }
    }

    static void createFolder(Path file) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same program
        }
    }

    static void closeQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("Releasing the ledger lock failed", e);
        }
    }

    /** The writer's (or a read-only program's) connection settings for the ledger file. */
    static SQLiteDataSource dataSource(Path file, Mode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        if (mode == Mode.WRITE) {
            // a read-only connection cannot change the journal mode (SQLITE_READONLY on a copy in rollback mode,
            // as backup writes it); it reads a WAL ledger as WAL anyway, the mode being stored in the file
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(Ledger.BUSY_TIMEOUT_MS);
        // a 64 MB page cache: an import of a county roster writes ~100 MB in one transaction, and a small cache
        // spills pages to the WAL again and again before the commit
        config.setCacheSize(-65_536);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setReadOnly(mode == Mode.READ_ONLY);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(readImmutable(file, mode) ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file);
        return ds;
    }
}
