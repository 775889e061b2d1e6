package cn.bangfu.ledger.model;

import java.time.LocalDate;

/**
 * A person of a household. Never deleted: {@code leftOn}/{@code leftReason} record 死亡/迁出/婚出/其他.
 *
 * @param idNumber    the normalised 18-character ID when valid, else null (then {@code idFlag} says why)
 * @param idNumberRaw what the source said, kept for display
 * @param idFlag      null for a valid ID, else an {@link IdProblem} code such as ID_TRUNCATED
 * @param gender      "1" 男 / "2" 女
 */
public record Member(Long id, long householdId, String name, String idType, String idNumber, String idNumberRaw,
        String idFlag, String gender, LocalDate birthDate, String ethnicity, String relation, String education,
        String schoolStatus, String health, String labourSkill, String workStatus, Long workMonths,
        Boolean medicalInsurance, Boolean seriousIllnessInsurance, Boolean pensionInsurance, String dibao,
        String tekun, String publicPost, Long publicPostMonths, String phone, String personNo, LocalDate leftOn,
        String leftReason) {

    public static final String HEAD = "户主";

    /** This member placed in a household (e.g. once the household has its id). */
    public Member inHousehold(long household) {
        return new Member(id, household, name, idType, idNumber, idNumberRaw, idFlag, gender, birthDate, ethnicity,
                relation, education, schoolStatus, health, labourSkill, workStatus, workMonths, medicalInsurance,
                seriousIllnessInsurance, pensionInsurance, dibao, tekun, publicPost, publicPostMonths, phone, personNo,
                leftOn, leftReason);
    }

    public boolean isCurrent() {
        return leftOn == null;
    }
}
