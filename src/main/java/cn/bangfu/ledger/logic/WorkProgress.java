package cn.bangfu.ledger.logic;

/**
 * Where a long piece of work is (an import, an export, the month's pack), and whether the clerk has cancelled it.
 * The window's {@code Background} runner passes one to the work it runs; the CLI passes {@link #NONE} or one that
 * prints.
 */
public interface WorkProgress {

    WorkProgress NONE = new WorkProgress() {
    };

    /**
     * @param stage what is being done, in Chinese (读取文件, 写入账本, 生成报表 …)
     * @param done  units done so far
     * @param total how many in all, or -1 when not known yet
     */
    default void update(String stage, long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }
}
