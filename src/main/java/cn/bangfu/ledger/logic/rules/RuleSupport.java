package cn.bangfu.ledger.logic.rules;

import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/** Small helpers shared by the rules of this package. */
final class RuleSupport {

    static final String MALE = "1";
    static final String FEMALE = "2";

    /** Values that a roster writes into 公益性岗位 to say "none". */
    private static final Set<String> NO_POST = Set.of("否", "无");

    private RuleSupport() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Age in completed years on {@code today}, empty when the birth date is unknown or in the future. */
    static Optional<Integer> ageOn(LocalDate birth, LocalDate today) {
        if (birth == null || birth.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(Period.between(birth, today).getYears());
    }

    /** The member's age: from the birth date, else from a valid ID number. */
    static Optional<Integer> ageOf(Member m, LocalDate today) {
        LocalDate birth = m.birthDate();
        if (birth == null) {
            birth = validId(m, today).map(IdNumber::birthDate).orElse(null);
        }
        return ageOn(birth, today);
    }

    /** The member's valid ID: the stored normalised number, else the raw text when it checks out. */
    static Optional<IdNumber> validId(Member m, LocalDate today) {
        String text = !isBlank(m.idNumber()) ? m.idNumber() : m.idNumberRaw();
        if (isBlank(text)) {
            return Optional.empty();
        }
        return IdNumber.check(text, today) instanceof IdCheck.Valid valid ? Optional.of(valid.id()) : Optional.empty();
    }

    /** Whether the member holds a 公益性岗位 (a post name; blank, 否 and 无 mean none). */
    static boolean holdsPublicPost(Member m) {
        return !isBlank(m.publicPost()) && !NO_POST.contains(m.publicPost().strip());
    }

    /** Whether a 公益性岗位 is implausible at this age (DOMAIN: none under 16 or from 70). */
    static boolean publicPostAgeImplausible(int age) {
        return age < 16 || age >= 70;
    }

    /** A measure in force on the day: started on or before it and not ended before it. */
    static boolean isActive(Measure measure, LocalDate day) {
        return measure.startOn() != null && !measure.startOn().isAfter(day)
                && (measure.endOn() == null || !measure.endOn().isBefore(day));
    }

    /** A month as every screen writes it for the clerk: 2026年3月. */
    static String month(YearMonth month) {
        return Months.text(month);
    }

    /** 男 / 女 for a gender code, or the code itself. */
    static String genderLabel(String gender) {
        return switch (gender) {
            case MALE -> "男";
            case FEMALE -> "女";
            default -> gender;
        };
    }
}
