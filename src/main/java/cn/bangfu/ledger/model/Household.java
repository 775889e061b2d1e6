package cn.bangfu.ledger.model;

/**
 * A household (户). The number of persons is derived from its current members, never stored.
 *
 * @param householdNo      户编号 as the county issued it (text, leading zeros kept)
 * @param householdType    code of list {@code household_type} (脱贫户 / 一般农户)
 * @param noLabourCapacity 是否整户无劳动能力
 */
public record Household(Long id, String householdNo, long villageId, Long groupId, String householdType,
        boolean noLabourCapacity, String phone, String address, String note) {
}
