package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.Fixtures.BOY_2012;
import static cn.bangfu.ledger.logic.rules.Fixtures.MAN_1980;
import static cn.bangfu.ledger.logic.rules.Fixtures.TODAY;
import static cn.bangfu.ledger.logic.rules.Fixtures.codes;
import static cn.bangfu.ledger.logic.rules.Fixtures.head;
import static cn.bangfu.ledger.logic.rules.Fixtures.son;
import static cn.bangfu.ledger.logic.rules.Fixtures.spouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.rules.Fixtures.MemberBuilder;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberRulesTest {

    private static final Function<String, Optional<String>> NOWHERE = id -> Optional.empty();

    /** The member checked within a household of head, spouse and son (itself skipped by id). */
    private static List<Finding> check(MemberBuilder b) {
        return check(b.build(), List.of(head().build(), spouse().build(), son().build()));
    }

    private static List<Finding> check(Member m, List<Member> household) {
        return MemberRules.check(m, household, TODAY, NOWHERE);
    }

    private static Finding only(List<Finding> findings, String code) {
        assertThat(codes(findings)).containsExactly(code);
        Finding f = findings.getFirst();
        assertThat(f.message()).containsPattern("\\p{IsHan}");
        return f;
    }

    @Test
    void soundHouseholdHasNoFindings() {
        assertThat(check(head())).isEmpty();
        assertThat(check(spouse())).isEmpty();
        assertThat(check(son())).isEmpty();
    }

    @Test
    void relationRequired() {
        Finding f = only(check(son().relation(null)), "RELATION_REQUIRED");
        assertThat(f.isError()).isTrue();
        assertThat(f.field()).isEqualTo("relation");
        assertThat(check(son().relation(" "))).extracting(Finding::code).contains("RELATION_REQUIRED");
    }

    @Test
    void nameRequired() {
        Finding f = only(check(son().name(" ")), "NAME_REQUIRED");
        assertThat(f.isError()).isTrue();
        assertThat(f.field()).isEqualTo("name");
    }

    @Nested
    class IdNumbers {

        @Test
        void requiredForResidentIdUnlessFlagged() {
            Finding f = only(check(son().idNumber(null)), "ID_REQUIRED");
            assertThat(f.field()).isEqualTo("idNumber");
            assertThat(check(son().idNumber(null).idFlag("ID_TRUNCATED"))).isEmpty();
        }

        @Test
        void notRequiredForHouseholdRegisterType() {
            assertThat(check(son().idNumber(null).idType("户口簿"))).isEmpty();
        }

        @Test
        void invalidNumberCarriesTheProblemCode() {
            String wrongCheck = BOY_2012.substring(0, 17) + (BOY_2012.endsWith("5") ? "6" : "5");
            Finding f = only(check(son().idNumberRaw(wrongCheck)), "ID_CHECKSUM");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("校验位");
            assertThat(codes(check(son().idNumberRaw("4.41522E+17")))).containsExactly("ID_TRUNCATED");
            assertThat(codes(check(son().idNumberRaw("12345")))).containsExactly("ID_FORMAT");
        }

        @Test
        void invalidNumberAlreadyFlaggedIsOnlyAWarning() {
            Finding f = only(check(son().idNumberRaw("4.41522E+17").idFlag("ID_TRUNCATED")), "ID_TRUNCATED");
            assertThat(f.isError()).isFalse();
        }

        @Test
        void disabilityCertificateNumberIsChecked() {
            assertThat(check(son().idType("残疾人证").idNumberRaw(BOY_2012 + "11"))).isEmpty();
            assertThat(codes(check(son().idType("残疾人证").idNumberRaw(BOY_2012 + "91")))).containsExactly("ID_FORMAT");
        }

        @Test
        void duplicateWithinHousehold() {
            Member twin = son().id(4L).name("张小亮").build();
            Finding f = only(check(son().build(), List.of(head().build(), twin)), "ID_DUPLICATE");
            assertThat(f.message()).contains("张小亮");
        }

        @Test
        void duplicateWithLeftMemberIsFine() {
            Member gone = son().id(4L).name("张小亮").left(TODAY.minusYears(1), "迁出").build();
            assertThat(check(son().build(), List.of(head().build(), gone))).isEmpty();
        }

        @Test
        void sameRecordIsNotADuplicateOfItself() {
            assertThat(check(son().build(), List.of(head().build(), son().build()))).isEmpty();
        }

        @Test
        void conflictWithAnotherHousehold() {
            Function<String, Optional<String>> owner = id -> id.equals(MAN_1980)
                    ? Optional.of("户编号 4415230010010000999 王五") : Optional.empty();
            Finding f = only(MemberRules.check(head().build(), List.of(), TODAY, owner), "ID_CONFLICT");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("4415230010010000999 王五");
            assertThat(MemberRules.check(son().build(), List.of(head().build()), TODAY, owner)).isEmpty();
        }

        @Test
        void leftMemberIsNotCheckedForConflicts() {
            Function<String, Optional<String>> everywhere = id -> Optional.of("户编号 1 某户");
            Member gone = head().left(TODAY.minusDays(3), "死亡").build();
            assertThat(MemberRules.check(gone, List.of(head().id(9L).build()), TODAY, everywhere)).isEmpty();
        }

        @Test
        void genderMustMatchId() {
            Finding f = only(check(son().gender("2").relation("其他")), "GENDER_ID_MISMATCH");
            assertThat(f.field()).isEqualTo("gender");
            assertThat(f.message()).contains("男");
        }

        @Test
        void birthDateMustMatchId() {
            Finding f = only(check(son().birthDate(LocalDate.of(2012, 3, 2))), "BIRTH_ID_MISMATCH");
            assertThat(f.field()).isEqualTo("birthDate");
            assertThat(f.message()).contains("2012-03-01");
        }
    }

    @Nested
    class Relations {

        /** A member with no ID (type 户口簿) so only the relation rules apply. */
        private MemberBuilder relative(String relation, String gender) {
            return new MemberBuilder().id(5L).idType("户口簿").relation(relation).gender(gender);
        }

        @ParameterizedTest
        @CsvSource({"之子,1", "之父,1", "之女婿,1", "之孙子,1", "之祖父,1", "之女,2", "之母,2", "之儿媳,2", "之孙女,2",
                "之祖母,2", "之兄弟姐妹,1", "之兄弟姐妹,2", "其他,2"})
        void genderFitsRelation(String relation, String gender) {
            assertThat(check(relative(relation, gender))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"之子,2,男", "之祖父,2,男", "之女,1,女", "之儿媳,1,女", "之祖母,1,女"})
        void genderContradictsRelation(String relation, String gender, String expected) {
            Finding f = only(check(relative(relation, gender)), "RELATION_GENDER");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("“" + relation + "”应为" + expected + "性");
        }

        @Test
        void spouseMustDifferFromHead() {
            Finding f = only(check(relative("配偶", "1")), "RELATION_GENDER");
            assertThat(f.message()).contains("张三");
            assertThat(check(relative("配偶", "2"))).isEmpty();
        }

        @Test
        void spouseWithoutHeadIsNotJudged() {
            assertThat(check(relative("配偶", "1").build(), List.of(son().build()))).isEmpty();
        }

        @Test
        void secondHead() {
            Finding f = only(check(relative("户主", "1")), "HEAD_DUPLICATE");
            assertThat(f.field()).isEqualTo("relation");
            assertThat(check(relative("户主", "1").build(), List.of(spouse().build()))).isEmpty();
        }

        @Test
        void formerHeadWhoLeftIsNotADuplicate() {
            Member former = head().id(9L).left(TODAY.minusYears(1), "死亡").build();
            assertThat(check(head().build(), List.of(former))).isEmpty();
        }

        @Test
        void childOlderThanHead() {
            Finding f = only(check(relative("之子", "1").birthDate(LocalDate.of(1979, 1, 1))), "AGE_RELATION");
            assertThat(f.isError()).isFalse();
            assertThat(check(relative("之女", "2").birthDate(LocalDate.of(2005, 1, 1)))).isEmpty();
        }

        @Test
        void parentYoungerThanHead() {
            only(check(relative("之母", "2").birthDate(LocalDate.of(1985, 1, 1))), "AGE_RELATION");
            assertThat(check(relative("之父", "1").birthDate(LocalDate.of(1950, 1, 1)))).isEmpty();
        }
    }

    @Nested
    class Fields {

        @Test
        void educationAndSchoolStatusExclusive() {
            only(check(son().education("初中").schoolStatus("普通高中")), "EDUCATION_SCHOOL_EXCLUSIVE");
            assertThat(check(son().schoolStatus("普通高中"))).isEmpty();
        }

        @Test
        void labourUnder16() {
            Finding f = only(check(son().labourSkill("普通劳动力")), "LABOUR_UNDER_16");
            assertThat(f.field()).isEqualTo("labourSkill");
            assertThat(check(son().labourSkill("无劳动力"))).isEmpty();
            assertThat(check(head().labourSkill("普通劳动力"))).isEmpty();
        }

        @Test
        void labourAtExactlySixteenIsAllowed() {
            MemberBuilder sixteen = new MemberBuilder().id(7L).idType("户口簿").relation("之孙子").gender("1")
                    .birthDate(TODAY.minusYears(16)).labourSkill("普通劳动力");
            assertThat(check(sixteen)).isEmpty();
            assertThat(codes(check(sixteen.birthDate(TODAY.minusYears(16).plusDays(1)))))
                    .containsExactly("LABOUR_UNDER_16");
        }

        @ParameterizedTest
        @CsvSource({"学龄前儿童,6", "学前教育,3", "小学,5", "小学,15", "七至九年级,11", "普通高中,21", "中职,22",
                "高职高专,30", "本科,16", "硕士生及以上,50"})
        void schoolStatusFitsAge(String status, int age) {
            assertThat(check(atAge(age).schoolStatus(status))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"学龄前儿童,7", "学前教育,2", "小学,16", "七至九年级,10", "普通高中,22", "本科,36", "硕士生及以上,19"})
        void schoolStatusImplausibleForAge(String status, int age) {
            Finding f = only(check(atAge(age).schoolStatus(status)), "SCHOOL_AGE");
            assertThat(f.isError()).isFalse();
            assertThat(f.field()).isEqualTo("schoolStatus");
        }

        /** A grandson with no ID, exactly {@code age} years old today. */
        private MemberBuilder atAge(int age) {
            return new MemberBuilder().id(7L).idType("户口簿").relation("之孙子").gender("1")
                    .birthDate(TODAY.minusYears(age));
        }

        @ParameterizedTest
        @ValueSource(ints = {15, 70, 75})
        void publicPostAgeImplausible(int age) {
            Finding f = only(check(atAge(age).publicPost("护林员")), "PUBLIC_POST_AGE");
            assertThat(f.isError()).isFalse();
            assertThat(f.field()).isEqualTo("publicPost");
        }

        @ParameterizedTest
        @ValueSource(ints = {16, 45, 69})
        void publicPostAgePlausible(int age) {
            assertThat(check(atAge(age).publicPost("护林员"))).isEmpty();
        }

        @Test
        void publicPostNoIsNotAPost() {
            assertThat(check(atAge(10).publicPost("否"))).isEmpty();
        }

        @Test
        void monthsRange() {
            Finding f = only(check(head().workMonths(13L)), "MONTHS_RANGE");
            assertThat(f.field()).isEqualTo("workMonths");
            assertThat(only(check(head().publicPostMonths(-1L)), "MONTHS_RANGE").field()).isEqualTo("publicPostMonths");
            assertThat(check(head().workMonths(12L).publicPostMonths(0L))).isEmpty();
        }

        @Test
        void birthInFuture() {
            Finding f = only(check(atAge(0).birthDate(TODAY.plusDays(1))), "BIRTH_IN_FUTURE");
            assertThat(f.isError()).isTrue();
            assertThat(check(atAge(0).birthDate(TODAY))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"13512345678", " 13512345678 ", "0759-1234567", "07591234567", "020-12345678",
                "02012345678", "010-1234567"})
        void phoneAccepted(String phone) {
            assertThat(check(head().phone(phone))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1351234567", "23512345678", "135123456789", "0759-123456", "759-1234567",
                "0759-123456789", "电话13512345678"})
        void phoneRejected(String phone) {
            Finding f = only(check(head().phone(phone)), "PHONE_FORMAT");
            assertThat(f.isError()).isFalse();
            assertThat(f.field()).isEqualTo("phone");
        }

        @Test
        void leftNeedsDateAndReason() {
            assertThat(check(son().left(TODAY, "迁出"))).isEmpty();
            Finding noReason = only(check(son().left(TODAY, null)), "LEFT_REASON");
            assertThat(noReason.field()).isEqualTo("leftReason");
            Finding noDate = only(check(son().left(null, "死亡")), "LEFT_REASON");
            assertThat(noDate.field()).isEqualTo("leftOn");
            Finding future = only(check(son().left(TODAY.plusDays(1), "迁出")), "LEFT_REASON");
            assertThat(future.message()).contains("晚于今天");
        }

        @Test
        void leftMemberStillCheckedForFields() {
            assertThat(codes(check(son().left(TODAY, "迁出").labourSkill("普通劳动力"))))
                    .containsExactly("LABOUR_UNDER_16");
        }
    }

    @Nested
    class HouseholdLevel {

        @Test
        void soundHousehold() {
            assertThat(MemberRules.checkHousehold(List.of(head().build(), spouse().build()))).isEmpty();
        }

        @Test
        void noHead() {
            assertThat(codes(MemberRules.checkHousehold(List.of(spouse().build())))).containsExactly("HEAD_MISSING");
        }

        @Test
        void headWhoLeftDoesNotCount() {
            List<Member> members = List.of(head().left(TODAY, "死亡").build(), spouse().build());
            assertThat(codes(MemberRules.checkHousehold(members))).containsExactly("HEAD_MISSING");
        }

        @Test
        void twoHeads() {
            List<Finding> findings = MemberRules.checkHousehold(
                    List.of(head().build(), spouse().relation("户主").build()));
            assertThat(codes(findings)).containsExactly("HEAD_DUPLICATE");
            assertThat(findings.getFirst().message()).contains("张三", "李四");
        }

        @Test
        void noCurrentMembers() {
            assertThat(codes(MemberRules.checkHousehold(List.of()))).containsExactly("NO_MEMBERS");
            assertThat(codes(MemberRules.checkHousehold(List.of(head().left(TODAY, "迁出").build()))))
                    .containsExactly("NO_MEMBERS");
        }
    }
}
