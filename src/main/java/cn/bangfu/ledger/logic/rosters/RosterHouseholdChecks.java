package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.BIRTH_DATE;
import static cn.bangfu.ledger.logic.rosters.RosterField.GENDER;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_TYPE;
import static cn.bangfu.ledger.logic.rosters.RosterField.RELATION;
import static cn.bangfu.ledger.logic.rosters.RosterField.VILLAGE;
import static cn.bangfu.ledger.logic.rosters.RosterRow.firstValue;

import cn.bangfu.ledger.logic.rules.MemberRules;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a roster household as a whole, before it is compared with the ledger: what a new household
 * needs, rows that disagree, the plausibility rules of the member form (warnings only), and the
 * whole-household rules (one 户主, relations against genders) on the household as it would stand after the
 * import, which hold it back.
 */
final class RosterHouseholdChecks {

    /** The whole-household rules an import enforces: a household breaking one is held back, never written. */
    private static final Set<String> HOUSEHOLD_RULES = Set.of("HEAD_MISSING", "HEAD_DUPLICATE", "NO_MEMBERS", "RELATION_GENDER");

    private final LocalDate today;
    private final RosterSnapshot snapshot;

    RosterHouseholdChecks(LocalDate today, RosterSnapshot snapshot) {
        this.today = today;
        this.snapshot = snapshot;
    }

    /**
     * The plausibility findings of the rules the household forms use (ages, relations, genders …), as
     * warnings: an import never holds a row back for them.
     */
    void warnPlausibility(List<RosterRow> household, List<Member> members) {
        for (int i = 0; i < household.size(); i++) {
            RosterRow row = household.get(i);
            if (row.rejected) {
                continue;
            }
            Member m = members.get(i);
            List<Member> others = new ArrayList<>(members);
            others.remove(i);
            for (Finding f : MemberRules.check(m, others.stream().map(o -> withId(o, -1L)).toList(), today,
                    x -> Optional.empty())) {
                if ("idNumber".equals(f.field()) || "name".equals(f.field()) || HOUSEHOLD_RULES.contains(f.code())) {
                    continue; // the ID and the name are checked by the import itself, the household rules below
                }
                row.problem(fieldOf(f.field()), f.code(), f.message() + "（仅提示，不影响导入）", false);
            }
        }
    }

    /**
     * The whole-household rules on a household as it would stand after the import ({@code after}: its current
     * members with the file's values): exactly one 户主, and each relation against the member's and the 户主's
     * gender. Household-level findings have a null member.
     */
    private static List<HouseholdFinding> householdRules(List<Member> after) {
        List<HouseholdFinding> out = new ArrayList<>();
        for (Finding f : MemberRules.checkHousehold(after)) {
            out.add(new HouseholdFinding(null, f));
        }
        for (Member m : after) {
            for (Finding f : MemberRules.checkRelationToHead(m, after)) {
                out.add(new HouseholdFinding(m, f));
            }
        }
        return out;
    }

    /** A broken whole-household rule, and the member it concerns (null for the household as a whole). */
    private record HouseholdFinding(Member member, Finding finding) {
    }

    private static Member withId(Member m, long id) {
        return new Member(id, m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(),
                m.personNo(), m.leftOn(), m.leftReason());
    }

    private static RosterField fieldOf(String memberField) {
        if (memberField == null) {
            return null;
        }
        return switch (memberField) {
            case "gender" -> GENDER;
            case "birthDate" -> BIRTH_DATE;
            case "relation" -> RELATION;
            case "education" -> RosterField.EDUCATION;
            case "schoolStatus" -> RosterField.SCHOOL_STATUS;
            case "labourSkill" -> RosterField.LABOUR_SKILL;
            case "workMonths" -> RosterField.WORK_MONTHS;
            case "publicPost" -> RosterField.PUBLIC_POST;
            case "publicPostMonths" -> RosterField.PUBLIC_POST_MONTHS;
            case "phone" -> RosterField.PHONE;
            case "health" -> RosterField.HEALTH;
            default -> null;
        };
    }

    /** Requires what a new household needs: its village and household type. */
    void requireForNew(List<RosterRow> hhRows) {
        RosterRow first = hhRows.getFirst();
        if (firstValue(hhRows, VILLAGE) == null && !reported(hhRows, VILLAGE)) {
            first.problem(VILLAGE, RowProblem.REQUIRED_MISSING, "新户缺少行政村：请在原表中补填“行政村”列（或按村分工作表）。", true);
        }
        if (firstValue(hhRows, HOUSEHOLD_TYPE) == null && !reported(hhRows, HOUSEHOLD_TYPE)) {
            first.problem(HOUSEHOLD_TYPE, RowProblem.REQUIRED_MISSING, "新户缺少户类型（脱贫户 / 一般农户）：请在原表中补填。", true);
        }
    }

    /** Whether a value of this field was already reported as unreadable in one of the rows. */
    private static boolean reported(List<RosterRow> rows, RosterField f) {
        for (RosterRow r : rows) {
            String column = r.columnOf(f);
            if (r.problems != null && column != null && r.problems.stream().anyMatch(p -> column.equals(p.column()))) {
                return true;
            }
        }
        return false;
    }

    /** Warns when the rows of one household disagree on its village or type (the first row wins). */
    void checkConsistency(List<RosterRow> hhRows) {
        for (RosterField f : List.of(VILLAGE, HOUSEHOLD_TYPE)) {
            Object first = firstValue(hhRows, f);
            for (RosterRow r : hhRows) {
                Object v = r.get(f);
                if (first != null && v != null && !v.equals(first)) {
                    r.problem(f, "HOUSEHOLD_INCONSISTENT", "同一户的" + f.label() + "不一致（“" + first + "”与“" + v
                            + "”），按本户第一行“" + first + "”导入。", false);
                }
            }
        }
    }

    /**
     * Holds back a household that would break a whole-household rule once imported: exactly one 户主, each
     * relation against the genders. The rules see the household as it would stand: its current ledger members,
     * each with the file's name, gender and relation where the file lists it, and the file's new members. A
     * partial file (only the corrected rows of a held-back household) thus cannot create a household without
     * its 户主.
     */
    int checkRules(Household existing, List<RosterRow> hhRows, List<Member> members) {
        List<Member> current = existing == null ? List.of()
                : snapshot.currentMembers().getOrDefault(existing.id(), List.of());
        CurrentMembers byKey = new CurrentMembers(current);
        List<Member> after = new ArrayList<>(members.size() + current.size());
        Map<Member, RosterRow> rowOf = new IdentityHashMap<>();
        Set<Member> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < members.size(); i++) {
            Member fromFile = members.get(i);
            Member old = byKey.matchOf(fromFile);
            Member now = fromFile;
            if (old != null) {
                listed.add(old);
                now = asListed(old, fromFile);
            }
            after.add(now);
            rowOf.put(now, hhRows.get(i));
        }
        for (Member m : current) {
            if (!listed.contains(m)) {
                after.add(m);
            }
        }
        RosterRow first = RosterRow.headRow(hhRows);
        for (HouseholdFinding f : householdRules(after)) {
            RosterRow row = f.member() == null ? null : rowOf.get(f.member());
            String whose = row == null && f.member() != null ? "账本中的成员“" + f.member().name() + "”：" : "";
            (row != null ? row : first).problem(RosterField.RELATION, f.finding().code(), whose + f.finding().message()
                    + "。整户暂缓导入：请在原表中改正，并连同本户全部成员一起导入。", true);
        }
        return after.size();
    }

    /** A ledger member with the name, gender, birth date and relation the file gives (where it gives one). */
    private static Member asListed(Member old, Member file) {
        return new Member(old.id(), old.householdId(), or(file.name(), old.name()), old.idType(), old.idNumber(),
                old.idNumberRaw(), old.idFlag(), or(file.gender(), old.gender()), or(file.birthDate(), old.birthDate()),
                old.ethnicity(), or(file.relation(), old.relation()), old.education(), old.schoolStatus(), old.health(),
                old.labourSkill(), old.workStatus(), old.workMonths(), old.medicalInsurance(),
                old.seriousIllnessInsurance(), old.pensionInsurance(), old.dibao(), old.tekun(), old.publicPost(),
                old.publicPostMonths(), old.phone(), old.personNo(), old.leftOn(), old.leftReason());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
