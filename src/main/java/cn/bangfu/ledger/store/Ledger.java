package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.LedgerFiles.*;
import static cn.bangfu.ledger.store.Schema.migrate;
import static cn.bangfu.ledger.store.Schema.requireCurrentSchema;

import cn.bangfu.ledger.model.LedgerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One open ledger file: the only way into the data.
 *
 * <p>Opening for writing takes an exclusive lock on {@code <file>.lock} for the life of this object, so a
 * second program (a second window, a CLI command) is told plainly that the ledger is in use instead of
 * writing beside it; it then migrates the schema forward with Flyway. Every connection gets
 * {@code foreign_keys=ON}, {@code journal_mode=WAL}, a busy timeout and {@code synchronous=FULL}.
 *
 * <p>There is one connection, guarded by a lock: reads and writes from any thread are serialised. Every
 * change goes through {@link #write}: one transaction, and every changed row leaves an audit row in the
 * same transaction. A failure anywhere rolls the whole transaction back.
 */
public final class Ledger implements AutoCloseable {

    /** How a ledger is opened. */
    public enum Mode {
        /** Exclusive: migrates the schema, allows writes. */
        WRITE,
        /** Shared: no lock, no migration, no writes; may run beside a program that writes. */
        READ_ONLY
    }

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    static final int BUSY_TIMEOUT_MS = 5_000;
    /** Who fills missing search initials on open, and why (the audit rows of that write). */
    private static final Change FILL_INITIALS = Change.by("帮扶台账程序").because("补全成员姓名的拼音首字母（用于检索）");
    /** How long the exit hook waits for a write in progress (an import takes seconds) before leaving it. */
    private static final int EXIT_WAIT_SECONDS = 20;
    /** Ledgers open for writing, closed by the exit hook if the program ends without closing them. */
    private static final Set<Ledger> OPEN_WRITERS = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean EXIT_HOOK = new AtomicBoolean();

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path file;
    private final Mode mode;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock guard = new ReentrantLock();
    private boolean closed; // guarded by guard
    /** The reads' own connection beside the writer; null on a read-only ledger (it has only the one). */
    private final ReaderConnection reader;
    private DSLContext writing; // the transaction of the write in progress, guarded by guard

    private Ledger(Path file, Mode mode, Clock clock, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.file = file;
        this.mode = mode;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.dsl = dslOn(connection);
        this.reader = mode == Mode.WRITE ? new ReaderConnection(file, Ledger::dslOn) : null;
    }

    static DSLContext dslOn(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE, new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false)
                .withMapRecordComponentParameterNames(true));
    }

    /** Opens (creating and migrating when needed) a ledger for writing. */
    public static Ledger open(Path file) {
        return open(file, Mode.WRITE, Clock.systemUTC());
    }

    public static Ledger open(Path file, Mode mode) {
        return open(file, mode, Clock.systemUTC());
    }

    /**
     * Opens an existing ledger for writing (migrating it when needed). A missing file is refused and nothing is
     * created, not even its folder: only {@code init} and the window create a ledger, so a mistyped path never
     * becomes a new, empty one.
     */
    public static Ledger openExisting(Path file) {
        Path target = file.toAbsolutePath().normalize();
        requireFile(target);
        return open(target, Mode.WRITE, Clock.systemUTC());
    }

    /**
     * Opens a ledger.
     *
     * @throws LedgerException with a Chinese message when the file is in use, not a ledger, too new for this
     *     program, or cannot be created
     */
    public static Ledger open(Path file, Mode mode, Clock clock) {
        Path target = file.toAbsolutePath().normalize();
        requireLedgerOrAbsent(target, mode);
        if (mode == Mode.WRITE) {
            requireWritable(target);
        } else {
            requireReadableHere(target);
        }
        FileChannel channel = null;
        FileLock fileLock = null;
        try {
            if (mode == Mode.WRITE) {
                createFolder(target);
                channel = FileChannel.open(lockFileOf(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                fileLock = tryLock(channel);
                if (fileLock == null) {
                    throw new LedgerException("账本文件正被另一个帮扶台账窗口或命令使用：" + target
                            + "。请先关闭那个窗口（或等命令结束），再重试。");
                }
                migrate(target);
            } else {
                requireCurrentSchema(target);
            }
            Connection connection = dataSource(target, mode).getConnection();
            Ledger ledger = new Ledger(target, mode, clock, channel, fileLock, connection);
            if (mode == Mode.WRITE) {
                closeOnExit(ledger);
                if (ledger.read(v -> v.members().initialsMissing())) {
                    int filled = ledger.write(FILL_INITIALS, tx -> tx.members().fillMissingInitials());
                    LOG.info("Filled the search initials of {} members", filled);
                }
            }
            LOG.info("Opened ledger {} ({})", target, mode);
            return ledger;
        } catch (SQLException | IOException e) {
            closeQuietly(fileLock, channel);
            LedgerException readOnly = readOnlyProblem(target, mode);
            if (readOnly != null) {
                LOG.error("Opening {} ({}) failed", target, mode, e);
                throw readOnly;
            }
            throw new LedgerException("无法打开账本文件 " + target + "：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(fileLock, channel);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return mode == Mode.READ_ONLY;
    }

    /** The clock that stamps audit rows. */
    public Clock clock() {
        return clock;
    }

    /**
     * Runs a read; nothing it does can change the ledger through the view it gets. On a ledger open for writing,
     * a read from a thread that is not inside a {@link #write} runs on the reader connection, in one read
     * transaction: it sees one committed state (never a half-done import) and never waits for a write in
     * progress. A read inside a write sees that write's own changes, on the writer.
     */
    public <T> T read(Function<LedgerView, T> work) {
        if (reader != null && !guard.isHeldByCurrentThread()) {
            ReaderConnection.Outcome<T> result = reader.read(readerDsl -> work.apply(new LedgerView(readerDsl, null)));
            if (result.ran()) {
                return result.value();
            }
        }
        guard.lock();
        try {
            return work.apply(new LedgerView(dsl, null));
        } finally {
            guard.unlock();
        }
    }

    /**
     * Runs one audited transaction: all of {@code work} is committed, or none of it. A write started inside a
     * write (the same thread, e.g. services called by the demo generator's one outer write) nests in it as a
     * savepoint: its audit rows carry its own {@code change}, and it is committed only with the outermost write.
     *
     * @throws LedgerException when the ledger is read-only, or the database refused the change
     */
    public <T> T write(Change change, Function<LedgerTx, T> work) {
        if (mode == Mode.READ_ONLY) {
            throw new LedgerException("账本以只读方式打开，不能修改。");
        }
        guard.lock();
        DSLContext outer = writing;
        try {
            T result = (outer != null ? outer : dsl).transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                writing = tx;
                try {
                    return work.apply(new LedgerTx(tx, new Auditor(tx, change, clock)));
                } finally {
                    writing = outer;
                }
            });
            if (guard.getHoldCount() == 1) { // the outermost write: its transaction is committed
                checkpointAfterWrite();
            }
            return result;
        } catch (DataAccessException e) {
            throw new LedgerException("保存失败，本次所有修改均未写入账本。数据库的原因：" + rootMessage(e), e);
        } finally {
            guard.unlock();
        }
    }

    /**
     * Folds the WAL into the main file after a committed write, so that the file alone is complete whenever the
     * ledger is idle (a clerk copying only ledger.db, a PC switched off with the window open). PASSIVE never
     * waits: if a reader in another program (stats, check, backup) still needs older pages, the rest waits for
     * the next write or for close. Measured: about 0.3 ms more per small write on the development machine.
     */
    private void checkpointAfterWrite() {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (rs.next() && rs.getInt(3) < rs.getInt(2)) {
                LOG.info("WAL of {} only partly checkpointed after a write ({} of {} frames): a reader is active",
                        file, rs.getInt(3), rs.getInt(2));
            }
        } catch (SQLException e) {
            LOG.warn("WAL checkpoint after a write failed for {}", file, e);
        }
    }

    /** {@link #write} for work that returns nothing. */
    public void update(Change change, Consumer<LedgerTx> work) {
        write(change, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Writes a consistent copy of the whole ledger into {@code target} with SQLite's {@code VACUUM INTO}: one
     * read transaction's snapshot, so it is safe while another program writes (works on a read-only ledger
     * too). The copy is a single self-contained file (rollback-journal mode, no -wal). {@code target} must not
     * exist or be empty.
     */
    public void copyInto(Path target) {
        guard.lock();
        try (var st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toString());
            st.execute();
        } catch (SQLException e) {
            LOG.error("VACUUM INTO {} from {} failed", target, file, e);
            throw new LedgerException("无法写出账本的副本 " + target + "：" + e.getMessage(), e);
        } finally {
            guard.unlock();
        }
    }

    /** The schema version Flyway last applied, e.g. "1". */
    public String schemaVersion() {
        return read(v -> v.dsl().fetchValue(
                "select version from flyway_schema_history where success = 1 and version is not null "
                        + "order by installed_rank desc limit 1")).toString();
    }

    /** Closes the ledger: checkpoints the WAL into the file and releases the lock. Closing twice does nothing. */
    @Override
    public void close() {
        guard.lock();
        try {
            closeHeld();
        } finally {
            guard.unlock();
        }
    }

    private void closeHeld() {
        if (closed) {
            return;
        }
        closed = true;
        OPEN_WRITERS.remove(this);
        if (reader != null) {
            reader.close(EXIT_WAIT_SECONDS); // a reader's open snapshot would keep the checkpoint from truncating the WAL
        }
        try {
            if (mode == Mode.WRITE && !connection.isClosed()) {
                try (var st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    LOG.warn("WAL checkpoint on close failed for {}", file, e);
                }
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing ledger {} failed", file, e);
        } finally {
            closeQuietly(lock, lockChannel);
        }
    }

    /**
     * Registers a ledger open for writing with the JVM exit hook: when the program ends without closing it
     * (SIGTERM from a PC shutting down with the window open, System.exit elsewhere), the hook closes it, so the
     * WAL is folded into the file and removed. SIGKILL or a power cut run no hook: the per-write checkpoint
     * covers those.
     */
    private static void closeOnExit(Ledger ledger) {
        if (EXIT_HOOK.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(Ledger::closeAllAtExit, "ledger-close-at-exit"));
            } catch (IllegalStateException e) {
                return; // the JVM is already exiting
            }
        }
        OPEN_WRITERS.add(ledger);
    }

    private static void closeAllAtExit() {
        for (Ledger ledger : List.copyOf(OPEN_WRITERS)) {
            ledger.closeAtExit();
        }
    }

    /** Like close, but never waits for ever: a thread that holds the guard may be the one that called exit. */
    private void closeAtExit() {
        try {
            if (guard.tryLock(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                try {
                    if (!closed) {
                        LOG.info("Program ending with ledger {} open: closing it", file);
                    }
                    closeHeld();
                } finally {
                    guard.unlock();
                }
            } else {
                LOG.warn("Ledger {} still busy at exit: left open (an unfinished transaction is not committed)", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * True when a WAL file with content lies beside this ledger and no program holds the ledger for writing:
     * the program that wrote it did not end normally, so the main file alone may lack committed changes until
     * the ledger is opened for writing once (which folds the WAL in). Always false for the writer itself.
     */
    public boolean walLeftBehind() {
        if (mode == Mode.WRITE) {
            return false;
        }
        Path wal = walFileOf(file);
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) == 0) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return !heldByAWriter(file);
    }

    /** The innermost cause's message: SQLite's own words, for the clerk's error text. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
