package cn.bangfu.ledger.store;

import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.store.Ledger.Mode;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slow path of {@link Schema}: Flyway itself, built only when the file's schema history is not exactly the
 * migrations this build knows (a new ledger, a pending migration, a newer or altered history). Kept apart so
 * that a current ledger loads no Flyway class at all.
 */
final class FlywaySchema {

    private static final Logger LOG = LoggerFactory.getLogger(FlywaySchema.class);

    private FlywaySchema() {
    }

    static Flyway flyway(Path file, Mode mode) {
        Schema.FLYWAY_LOADS.incrementAndGet();
        return Flyway.configure()
                .dataSource(LedgerFiles.dataSource(file, mode))
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    static void migrate(Path file) {
        try {
            Flyway flyway = flyway(file, Mode.WRITE);
            refuseNewerSchema(file, flyway.info());
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {} ({} migrations)", file, result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw migrationProblem(file, e);
        }
    }

    static void requireCurrentSchema(Path file) {
        LedgerFiles.requireFile(file);
        try {
            Flyway flyway = flyway(file, Mode.READ_ONLY);
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(file, info);
            if (info.pending().length > 0) {
                throw new LedgerException("账本需要升级到当前版本：" + file + "。请先运行 init（或打开一次程序）再重试。");
            }
            flyway.validate(); // the history matches this program's migrations (reads only)
        } catch (FlywayException e) {
            throw migrationProblem(file, e);
        }
    }

    /**
     * What the clerk is told when the ledger's schema history cannot be validated or applied: in Chinese, with
     * what to do; Flyway's own (English, technical) text goes to the log, not on screen.
     */
    static LedgerException migrationProblem(Path file, FlywayException e) {
        LOG.error("Migrating or validating {} failed", file, e);
        LedgerException readOnly = LedgerFiles.readOnlyProblem(file, Mode.READ_ONLY);
        if (readOnly != null) {
            return readOnly; // SQLite could not create -shm/-wal beside the file: not a broken upgrade
        }
        String what = e instanceof FlywayValidateException
                ? "账本记录的数据结构版本与本程序不一致（可能被其他版本的程序或手工改动过）"
                : "账本的数据结构升级没有完成";
        return new LedgerException(what + "：" + file + "。账本未被修改。请先备份这个文件，再联系技术支持；"
                + "技术细节已写入程序日志（数据文件夹下的 logs/bangfu.log）。", e);
    }

    static void refuseNewerSchema(Path file, MigrationInfoService info) {
        boolean future = Arrays.stream(info.all()).map(MigrationInfo::getState)
                .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
        if (future) {
            throw new LedgerException("此账本由更新版本的帮扶台账写过：" + file + "。请升级程序后再打开，账本未被修改。");
        }
    }
}
