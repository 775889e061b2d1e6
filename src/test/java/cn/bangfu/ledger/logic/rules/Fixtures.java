package cn.bangfu.ledger.logic.rules;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Test data for the rules: fixed dates, valid IDs and a member builder. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A valid ID: male (17th digit odd), born 1980-05-01. */
    static final String MAN_1980 = id("44152319800501001");
    /** A valid ID: female (17th digit even), born 1982-07-15. */
    static final String WOMAN_1982 = id("44152319820715002");
    /** A valid ID: male, born 2012-03-01. */
    static final String BOY_2012 = id("44152320120301003");

    private Fixtures() {
    }

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    static Household household(boolean noLabourCapacity) {
        return new Household(1L, "4415230010010000123", 1L, null, "一般农户", noLabourCapacity, null, null, null);
    }

    static Episode episode(YearMonth identified) {
        return new Episode(1L, 1L, "边缘易致贫户", "干部排查", identified, null, null, false, null, null, null, null);
    }

    static Measure measure(String family, LocalDate start, LocalDate end) {
        return new Measure(null, 1L, null, family, null, start, end, null, null, null, null, null);
    }

    static EpisodeStep step(long id, String kind, LocalDate on) {
        return new EpisodeStep(id, 1L, kind, on, null, null);
    }

    static EpisodeStep publicity(long id, String kind, LocalDate on, LocalDate end) {
        return new EpisodeStep(id, 1L, kind, on, end, null);
    }

    /** An after-elimination snapshot: {@code persons}, a yearly wage in fen, all guarantees secured. */
    static EpisodeSnapshot after(long persons, long wage, long selfPaid) {
        return new EpisodeSnapshot(1L, EpisodeSnapshot.ELIMINATED, persons, wage, 0, 0, 0, 0, 0, selfPaid,
                false, true, false, true);
    }

    /** A head of household: man born 1980-05-01 with a matching valid ID. */
    static MemberBuilder head() {
        return new MemberBuilder().id(1L).name("张三").relation("户主").idNumber(MAN_1980).gender("1")
                .birthDate(LocalDate.of(1980, 5, 1));
    }

    /** A spouse: woman born 1982-07-15 with a matching valid ID. */
    static MemberBuilder spouse() {
        return new MemberBuilder().id(2L).name("李四").relation("配偶").idNumber(WOMAN_1982).gender("2")
                .birthDate(LocalDate.of(1982, 7, 15));
    }

    /** A son: boy born 2012-03-01 with a matching valid ID. */
    static MemberBuilder son() {
        return new MemberBuilder().id(3L).name("张小明").relation("之子").idNumber(BOY_2012).gender("1")
                .birthDate(LocalDate.of(2012, 3, 1));
    }

    /** Builds a {@link Member}; unset fields are null. */
    static final class MemberBuilder {
        Long id;
        String name = "某人";
        String idType = "居民身份证";
        String idNumber;
        String idNumberRaw;
        String idFlag;
        String gender;
        LocalDate birthDate;
        String relation;
        String education;
        String schoolStatus;
        String labourSkill;
        Long workMonths;
        Boolean medicalInsurance = true;
        String publicPost;
        Long publicPostMonths;
        String phone;
        LocalDate leftOn;
        String leftReason;

        MemberBuilder id(Long v) { id = v; return this; }
        MemberBuilder name(String v) { name = v; return this; }
        MemberBuilder idType(String v) { idType = v; return this; }
        MemberBuilder idNumber(String v) { idNumber = v; idNumberRaw = v; return this; }
        MemberBuilder idNumberRaw(String v) { idNumberRaw = v; idNumber = null; return this; }
        MemberBuilder idFlag(String v) { idFlag = v; return this; }
        MemberBuilder gender(String v) { gender = v; return this; }
        MemberBuilder birthDate(LocalDate v) { birthDate = v; return this; }
        MemberBuilder relation(String v) { relation = v; return this; }
        MemberBuilder education(String v) { education = v; return this; }
        MemberBuilder schoolStatus(String v) { schoolStatus = v; return this; }
        MemberBuilder labourSkill(String v) { labourSkill = v; return this; }
        MemberBuilder workMonths(Long v) { workMonths = v; return this; }
        MemberBuilder medicalInsurance(Boolean v) { medicalInsurance = v; return this; }
        MemberBuilder publicPost(String v) { publicPost = v; return this; }
        MemberBuilder publicPostMonths(Long v) { publicPostMonths = v; return this; }
        MemberBuilder phone(String v) { phone = v; return this; }
        MemberBuilder left(LocalDate on, String reason) { leftOn = on; leftReason = reason; return this; }

        Member build() {
            return new Member(id, 1L, name, idType, idNumber, idNumberRaw, idFlag, gender, birthDate, "01", relation,
                    education, schoolStatus, "健康", labourSkill, null, workMonths, medicalInsurance, null, null, null,
                    null, publicPost, publicPostMonths, phone, null, leftOn, leftReason);
        }
    }
}
