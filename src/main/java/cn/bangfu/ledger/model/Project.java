package cn.bangfu.ledger.model;

import java.time.LocalDate;

/**
 * 项目库: a project the funds pay for.
 *
 * @param villageId             the village, or null for the whole town
 * @param status                储备 → 实施中 → 已完工 → 已验收
 * @param beneficiaryHouseholds the beneficiaries as entered, used when no households are linked (null: none given)
 */
public record Project(Long id, String name, String category, Long villageId, String implementer, String status,
        LocalDate startedOn, LocalDate completedOn, LocalDate acceptedOn, Long beneficiaryHouseholds,
        Long beneficiaryPersons, String note) {

    public static final String PLANNED = "储备";
    public static final String UNDER_WAY = "实施中";
    public static final String COMPLETED = "已完工";
    public static final String ACCEPTED = "已验收";
    /** The statuses in their order. */
    public static final java.util.List<String> STATUSES = java.util.List.of(PLANNED, UNDER_WAY, COMPLETED, ACCEPTED);
}
