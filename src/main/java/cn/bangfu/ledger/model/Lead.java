package cn.bangfu.ledger.model;

import java.time.LocalDate;

/**
 * 部门比对推送线索: a person a department flagged, matched to a household, and what the clerk did about it.
 *
 * @param visitResult    入户核查结果
 * @param decision       纳入监测 / 不纳入监测, null while undecided
 * @param decisionReason why not (required for 不纳入监测)
 */
public record Lead(Long id, long householdId, Long memberId, String personName, String idNumber, String source,
        String reason, LocalDate pushedOn, Long batchId, String visitResult, String decision, String decisionReason,
        LocalDate decidedOn) {

    public static final String TAKE_IN = "纳入监测";
    public static final String NOT_TAKEN = "不纳入监测";

    public boolean isOpen() {
        return decision == null;
    }
}
