package cn.bangfu.ledger.model;

/** Per village: households, open monitoring episodes and eliminated episodes. */
public record VillageTotals(String village, long households, long open, long eliminated) {
}
