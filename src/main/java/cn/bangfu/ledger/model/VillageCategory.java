package cn.bangfu.ledger.model;

/** One cell of the village × category table: households with an open episode of that category. */
public record VillageCategory(String village, String category, long households) {
}
