package cn.bangfu.ledger.model;

/** A 自然村/村民小组 of a village. */
public record VillageGroup(Long id, long villageId, String name) {
}
