package cn.bangfu.ledger.logic.backup;

import cn.bangfu.ledger.logic.overview.OverviewService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.store.Ledger;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backing up the ledger: a consistent copy (SQLite's VACUUM INTO, safe while the window writes) written to a
 * temporary file in the target folder, checked by opening it as a ledger, then moved into place in one step,
 * so the target is never a half-written file.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    /** A finished backup: where it is and how many households the copy holds. */
    public record Result(Path file, long households) {
    }

    private final Ledger ledger;

    public BackupService(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Writes a backup of the ledger to {@code out}.
     *
     * @param force replace {@code out} when it exists (otherwise an existing file is refused, untouched)
     * @throws LedgerException with a Chinese message saying what is wrong and what to do
     */
    public Result backupTo(Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        if (target.equals(ledger.file())) {
            throw new LedgerException("不能备份到账本文件本身：" + target + "。请换一个文件名，例如写上日期。");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new LedgerException("备份的文件夹不存在：" + folder + "。请先建好文件夹（或插好 U 盘），再重试。");
        }
        if (Files.isDirectory(target)) {
            throw new LedgerException("--out 是一个文件夹：" + target + "。请写出备份文件的名字，例如 "
                    + target.resolve("ledger-备份日期.db") + "。");
        }
        if (Files.exists(target) && !force) {
            throw new LedgerException("备份文件已存在：" + target + "。请换一个文件名（例如写上日期），"
                    + "或加 --force 覆盖它。");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            ledger.copyInto(temp);
            long households;
            try (Ledger copy = Ledger.open(temp, Ledger.Mode.READ_ONLY)) {
                households = new OverviewService(copy).stats().households();
            }
            if (force) {
                moveInto(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                moveInto(temp, target);
            }
            LOG.info("Backed up {} to {} ({} households)", ledger.file(), target, households);
            return new Result(target, households);
        } catch (FileAlreadyExistsException e) {
            throw new LedgerException("备份文件已存在：" + target + "。请换一个文件名（例如写上日期），或加 --force 覆盖它。", e);
        } catch (IOException e) {
            LOG.error("Backup of {} to {} failed", ledger.file(), target, e);
            throw new LedgerException("无法写入备份文件 " + target + "：" + e.getMessage()
                    + "。请确认文件夹可以写入、磁盘（或 U 盘）有足够空间，再重试。账本未受影响。", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not delete the temporary backup {}", temp, e);
                }
            }
        }
    }

    /** An atomic rename when the file system offers one (same folder: it always should), else a plain move. */
    private static void moveInto(Path temp, Path target, StandardCopyOption... options) throws IOException {
        StandardCopyOption[] atomic = new StandardCopyOption[options.length + 1];
        System.arraycopy(options, 0, atomic, 0, options.length);
        atomic[options.length] = StandardCopyOption.ATOMIC_MOVE;
        try {
            Files.move(temp, target, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, options);
        }
    }
}
