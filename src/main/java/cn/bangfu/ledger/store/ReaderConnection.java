package cn.bangfu.ledger.store;

import cn.bangfu.ledger.model.LedgerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * The reads' own read-only connection beside a ledger's writer (WAL lets one writer and readers work at once),
 * so the window's lists and cards answer while an import is written. Opened on the first read; one read at a
 * time, each in one read transaction, so a read sees one committed state.
 */
final class ReaderConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderConnection.class);

    /** What a read gave, or that it did not run because the connection is closed. */
    record Outcome<T>(boolean ran, T value) {
    }

    private final Path file;
    private final Function<Connection, DSLContext> dslOn;
    private final ReentrantLock guard = new ReentrantLock();
    private Connection connection; // guarded by guard
    private DSLContext dsl; // guarded by guard
    private boolean closed; // guarded by guard

    ReaderConnection(Path file, Function<Connection, DSLContext> dslOn) {
        this.file = file;
        this.dslOn = dslOn;
    }

    /** Runs {@code work} in one read transaction; does not run it once the connection is closed. */
    <T> Outcome<T> read(Function<DSLContext, T> work) {
        guard.lock();
        try {
            if (closed) {
                return new Outcome<>(false, null);
            }
            if (dsl == null) {
                open();
            }
            return new Outcome<>(true, dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
        } catch (DataAccessException e) {
            throw new LedgerException("读取账本失败。数据库的原因：" + Ledger.rootMessage(e), e);
        } finally {
            guard.unlock();
        }
    }

    private void open() {
        // the settings of a read-only open (the file's WAL mode is set and kept by the writer)
        SQLiteDataSource ds = LedgerFiles.dataSource(file, Ledger.Mode.READ_ONLY);
        try {
            connection = ds.getConnection();
        } catch (SQLException e) {
            throw new LedgerException("无法打开账本文件 " + file + " 用于读取：" + e.getMessage(), e);
        }
        dsl = dslOn.apply(connection);
    }

    /** Closes the connection once a read in progress has finished (waiting at most {@code waitSeconds}). */
    void close(int waitSeconds) {
        try {
            if (!guard.tryLock(waitSeconds, TimeUnit.SECONDS)) {
                LOG.warn("A read of {} is still running at close: its connection is left to the JVM", file);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            closed = true;
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the reader connection of {} failed", file, e);
        } finally {
            connection = null;
            dsl = null;
            guard.unlock();
        }
    }
}
