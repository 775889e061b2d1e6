package cn.bangfu.ledger.logic.rosters;

/** Where a long import is, and whether the clerk has cancelled it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /**
     * @param stage what is being done, in Chinese (读取文件, 检查, 比对, 写入账本)
     * @param done  rows (or households) done so far
     * @param total how many in all, or -1 when not known yet (while streaming a file)
     */
    default void update(String stage, long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }
}
