package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.RuleSupport.FEMALE;
import static cn.bangfu.ledger.logic.rules.RuleSupport.MALE;
import static cn.bangfu.ledger.logic.rules.RuleSupport.genderLabel;
import static cn.bangfu.ledger.logic.rules.RuleSupport.isBlank;
import static cn.bangfu.ledger.model.Finding.error;
import static cn.bangfu.ledger.model.Finding.warning;

import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rules for one member and for the members of a household (DOMAIN §2). Pure functions: the reference date
 * and the look-up of IDs held by other households come from the caller.
 */
public final class MemberRules {

    /** 劳动技能 of a child under 16. */
    public static final String NO_LABOUR = "无劳动力";
    public static final String SPOUSE = "配偶";

    /** 证件类型 whose number is a resident ID (残疾人证号 is the ID plus two digits). */
    private static final Set<String> ID_TYPES = Set.of("居民身份证", "残疾人证");
    private static final Set<String> MALE_RELATIONS = Set.of("之子", "之父", "之女婿", "之孙子", "之祖父");
    private static final Set<String> FEMALE_RELATIONS = Set.of("之女", "之母", "之儿媳", "之孙女", "之祖母");
    private static final Set<String> CHILD_RELATIONS = Set.of("之子", "之女");
    private static final Set<String> PARENT_RELATIONS = Set.of("之父", "之母");

    /** Plausible ages (inclusive, completed years) per 在校生状况. */
    private static final Map<String, AgeRange> SCHOOL_AGES = Map.of(
            "学龄前儿童", new AgeRange(0, 6),
            "学前教育", new AgeRange(3, 6),
            "小学", new AgeRange(5, 15),
            "七至九年级", new AgeRange(11, 18),
            "普通高中", new AgeRange(14, 21),
            "中职", new AgeRange(14, 22),
            "高职高专", new AgeRange(16, 30),
            "本科", new AgeRange(16, 35),
            "硕士生及以上", new AgeRange(20, 50));

    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private record AgeRange(int min, int max) {
        boolean contains(int age) {
            return age >= min && age <= max;
        }
    }

    private MemberRules() {
    }

    /**
     * Checks one member.
     *
     * @param m                       the member as it would be saved
     * @param otherMembersOfHousehold the other members of its household (m itself, matched by id, is skipped)
     * @param today                   the reference date
     * @param idOwnerElsewhere        for a normalised ID, a description of another household currently holding it
     */
    public static List<Finding> check(Member m, List<Member> otherMembersOfHousehold, LocalDate today,
            Function<String, Optional<String>> idOwnerElsewhere) {
        Objects.requireNonNull(m, "m");
        Objects.requireNonNull(today, "today");
        List<Member> others = m.isCurrent() ? currentOthers(m, otherMembersOfHousehold) : List.of();
        Optional<Member> head = others.stream().filter(o -> Member.HEAD.equals(o.relation())).findFirst();
        Optional<Integer> age = RuleSupport.ageOf(m, today);
        List<Finding> out = new ArrayList<>();
        checkName(m, out);
        checkId(m, others, today, idOwnerElsewhere, out);
        checkRelationGender(m, head, out);
        checkHeadDuplicate(m, head, out);
        checkEducation(m, out);
        age.ifPresent(a -> checkAgeFields(m, a, out));
        checkMonths(m, out);
        checkBirthInFuture(m, today, out);
        checkPhone(m, out);
        head.ifPresent(h -> checkAgeRelation(m, h, out));
        checkLeft(m, today, out);
        return out;
    }

    /**
     * Only the relation rules of {@link #check}: the member's relation against its own gender and the 户主's (a
     * whole household's import checks these for every member, without the rest of the member rules).
     */
    public static List<Finding> checkRelationToHead(Member m, List<Member> otherMembersOfHousehold) {
        List<Member> others = m.isCurrent() ? currentOthers(m, otherMembersOfHousehold) : List.of();
        List<Finding> out = new ArrayList<>(1);
        checkRelationGender(m, others.stream().filter(o -> Member.HEAD.equals(o.relation())).findFirst(), out);
        return out;
    }

    /** Household-level member rules: at least one current member, exactly one current 户主. */
    public static List<Finding> checkHousehold(List<Member> members) {
        List<Member> current = members.stream().filter(Member::isCurrent).toList();
        if (current.isEmpty()) {
            return List.of(error(null, "NO_MEMBERS", "本户没有在册成员，请至少登记一名成员（户主）"));
        }
        List<String> heads = current.stream().filter(x -> Member.HEAD.equals(x.relation())).map(Member::name).toList();
        if (heads.isEmpty()) {
            return List.of(error(null, "HEAD_MISSING", "本户没有户主，请将一名在册成员的与户主关系设为“户主”"));
        }
        if (heads.size() > 1) {
            return List.of(error(null, "HEAD_DUPLICATE",
                    "本户有 " + heads.size() + " 名户主（" + String.join("、", heads) + "），每户只能有一名户主，请核对与户主关系"));
        }
        return List.of();
    }

    private static List<Member> currentOthers(Member m, List<Member> others) {
        return others.stream()
                .filter(o -> o != m && (m.id() == null || !m.id().equals(o.id())))
                .filter(Member::isCurrent)
                .toList();
    }

    private static void checkName(Member m, List<Finding> out) {
        if (isBlank(m.name())) {
            out.add(error("name", "NAME_REQUIRED", "姓名为空，请填写姓名"));
        }
        if (isBlank(m.relation())) {
            out.add(error("relation", "RELATION_REQUIRED", "请选择与户主关系"));
        }
    }

    // ---------------------------------------------------------------- ID number

    private static void checkId(Member m, List<Member> currentOthers, LocalDate today,
            Function<String, Optional<String>> idOwnerElsewhere, List<Finding> out) {
        if (m.idType() != null && !ID_TYPES.contains(m.idType())) {
            return;
        }
        String text = !isBlank(m.idNumberRaw()) ? m.idNumberRaw() : m.idNumber();
        if (isBlank(text)) {
            if (m.idFlag() == null) {
                out.add(error("idNumber", "ID_REQUIRED", "证件号码为空，请按证件填写；确实无法取得时请标注原因"));
            }
            return;
        }
        switch (IdNumber.check(text, today)) {
            case IdCheck.Invalid bad -> out.add(invalidId(m, bad));
            case IdCheck.Valid ok -> {
                if (m.isCurrent()) {
                    checkIdDuplicate(ok.id(), currentOthers, today, out);
                    checkIdConflict(ok.id(), idOwnerElsewhere, out);
                }
                checkIdMatchesFields(m, ok.id(), out);
            }
        }
    }

    /** An invalid number is an error, unless the problem is already flagged on the member (then a warning). */
    private static Finding invalidId(Member m, IdCheck.Invalid bad) {
        String code = bad.problem().code();
        return m.idFlag() == null
                ? error("idNumber", code, bad.message())
                : warning("idNumber", code, "（已标注）" + bad.message());
    }

    private static void checkIdDuplicate(IdNumber id, List<Member> currentOthers, LocalDate today, List<Finding> out) {
        currentOthers.stream()
                .filter(o -> RuleSupport.validId(o, today).filter(id::equals).isPresent())
                .findFirst()
                .ifPresent(o -> out.add(error("idNumber", "ID_DUPLICATE",
                        "证件号码与本户成员“" + o.name() + "”相同，一个号码只能登记一人，请核对")));
    }

    private static void checkIdConflict(IdNumber id, Function<String, Optional<String>> idOwnerElsewhere,
            List<Finding> out) {
        if (idOwnerElsewhere == null) {
            return;
        }
        idOwnerElsewhere.apply(id.value()).ifPresent(holder -> out.add(error("idNumber", "ID_CONFLICT",
                "该证件号码已登记在其他户（" + holder + "），同一人只能在一户，请先核对并处理另一户的记录")));
    }

    private static void checkIdMatchesFields(Member m, IdNumber id, List<Finding> out) {
        if (m.gender() != null && !m.gender().equals(id.genderCode())) {
            out.add(error("gender", "GENDER_ID_MISMATCH", "性别与证件号码不符：按证件号码应为"
                    + genderLabel(id.genderCode()) + "性，请核对性别或证件号码"));
        }
        if (m.birthDate() != null && !m.birthDate().equals(id.birthDate())) {
            out.add(error("birthDate", "BIRTH_ID_MISMATCH", "出生日期与证件号码不符：按证件号码应为 "
                    + id.birthDate() + "，请核对出生日期或证件号码"));
        }
    }

    // ---------------------------------------------------------------- relation to the head

    private static void checkRelationGender(Member m, Optional<Member> head, List<Finding> out) {
        if (m.gender() == null || m.relation() == null) {
            return;
        }
        if (MALE_RELATIONS.contains(m.relation()) && !MALE.equals(m.gender())) {
            out.add(relationGender("“" + m.relation() + "”应为男性，请核对性别或与户主关系"));
        } else if (FEMALE_RELATIONS.contains(m.relation()) && !FEMALE.equals(m.gender())) {
            out.add(relationGender("“" + m.relation() + "”应为女性，请核对性别或与户主关系"));
        } else if (SPOUSE.equals(m.relation())) {
            head.filter(h -> m.gender().equals(h.gender())).ifPresent(h -> out.add(relationGender(
                    "配偶与户主“" + h.name() + "”同为" + genderLabel(h.gender()) + "性，请核对性别或与户主关系")));
        }
    }

    private static Finding relationGender(String message) {
        return error("relation", "RELATION_GENDER", message);
    }

    private static void checkHeadDuplicate(Member m, Optional<Member> head, List<Finding> out) {
        if (Member.HEAD.equals(m.relation())) {
            head.ifPresent(h -> out.add(error("relation", "HEAD_DUPLICATE",
                    "本户已有户主“" + h.name() + "”，每户只能有一名户主，请核对与户主关系")));
        }
    }

    private static void checkAgeRelation(Member m, Member head, List<Finding> out) {
        if (m.birthDate() == null || head.birthDate() == null || m.relation() == null) {
            return;
        }
        if (CHILD_RELATIONS.contains(m.relation()) && m.birthDate().isBefore(head.birthDate())) {
            out.add(warning("relation", "AGE_RELATION", "“" + m.relation() + "”比户主“" + head.name()
                    + "”年长，请核对出生日期或与户主关系"));
        } else if (PARENT_RELATIONS.contains(m.relation()) && m.birthDate().isAfter(head.birthDate())) {
            out.add(warning("relation", "AGE_RELATION", "“" + m.relation() + "”比户主“" + head.name()
                    + "”年轻，请核对出生日期或与户主关系"));
        }
    }

    // ---------------------------------------------------------------- other fields

    private static void checkEducation(Member m, List<Finding> out) {
        if (!isBlank(m.education()) && !isBlank(m.schoolStatus())) {
            out.add(error("education", "EDUCATION_SCHOOL_EXCLUSIVE",
                    "文化程度与在校生状况只能填一项：在校生填在校生状况，其他人填文化程度"));
        }
    }

    private static void checkAgeFields(Member m, int age, List<Finding> out) {
        if (age < 16 && !isBlank(m.labourSkill()) && !NO_LABOUR.equals(m.labourSkill())) {
            out.add(error("labourSkill", "LABOUR_UNDER_16",
                    "未满16周岁（" + age + "岁）的劳动技能应为“无劳动力”，请核对劳动技能或出生日期"));
        }
        AgeRange range = isBlank(m.schoolStatus()) ? null : SCHOOL_AGES.get(m.schoolStatus());
        if (range != null && !range.contains(age)) {
            out.add(warning("schoolStatus", "SCHOOL_AGE", "在校生状况“" + m.schoolStatus() + "”与年龄" + age
                    + "岁不符（通常" + range.min() + "–" + range.max() + "岁），请核对在校生状况或出生日期"));
        }
        if (RuleSupport.holdsPublicPost(m) && RuleSupport.publicPostAgeImplausible(age)) {
            out.add(warning("publicPost", "PUBLIC_POST_AGE",
                    "年龄" + age + "岁：未满16周岁或70周岁及以上一般不安排公益性岗位，请核对"));
        }
    }

    private static void checkMonths(Member m, List<Finding> out) {
        checkMonthRange("workMonths", "务工时间", m.workMonths(), out);
        checkMonthRange("publicPostMonths", "公益性岗位月数", m.publicPostMonths(), out);
    }

    private static void checkMonthRange(String field, String label, Long months, List<Finding> out) {
        if (months != null && (months < 0 || months > 12)) {
            out.add(error(field, "MONTHS_RANGE", label + "为" + months + "个月，应在0–12个月之间，请核对"));
        }
    }

    private static void checkBirthInFuture(Member m, LocalDate today, List<Finding> out) {
        if (m.birthDate() != null && m.birthDate().isAfter(today)) {
            out.add(error("birthDate", "BIRTH_IN_FUTURE", "出生日期 " + m.birthDate() + " 晚于今天，请核对"));
        }
    }

    private static void checkPhone(Member m, List<Finding> out) {
        if (isBlank(m.phone())) {
            return;
        }
        String phone = m.phone().strip();
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            out.add(warning("phone", "PHONE_FORMAT", "联系电话“" + phone
                    + "”格式不对：手机应为1开头的11位数字，固定电话如 0759-1234567，请核对"));
        }
    }

    private static void checkLeft(Member m, LocalDate today, List<Finding> out) {
        boolean hasReason = !isBlank(m.leftReason());
        if (m.leftOn() != null && !hasReason) {
            out.add(error("leftReason", "LEFT_REASON", "已填写减员日期，请同时选择减员原因（死亡、迁出、婚出或其他）"));
        }
        if (m.leftOn() == null && hasReason) {
            out.add(error("leftOn", "LEFT_REASON", "已选择减员原因“" + m.leftReason() + "”，请同时填写减员日期"));
        }
        if (m.leftOn() != null && m.leftOn().isAfter(today)) {
            out.add(error("leftOn", "LEFT_REASON", "减员日期 " + m.leftOn() + " 晚于今天，请核对"));
        }
    }
}
