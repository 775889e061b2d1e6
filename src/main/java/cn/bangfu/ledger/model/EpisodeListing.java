package cn.bangfu.ledger.model;

/** A monitoring episode with where its household is, for a list (本月新识别, 本月风险消除). */
public record EpisodeListing(Episode episode, String householdNo, String village, String head) {
}
