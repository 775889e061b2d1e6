package cn.bangfu.ledger.logic.rosters;

/** How a household or person of the file compares with the ledger. */
public enum DiffStatus {
    ADDED("新增"), CHANGED("变更"), UNCHANGED("无变化"), MISSING("账本有、名册无"), HELD_BACK("暂缓导入");

    private final String label;

    DiffStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
