package cn.bangfu.ledger.logic.households;

import static cn.bangfu.ledger.logic.ServiceFixture.id;
import static cn.bangfu.ledger.logic.ServiceFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdServiceTest {

    @TempDir
    Path dir;

    ServiceFixture f;
    HouseholdService s;

    @BeforeEach
    void open() {
        f = new ServiceFixture(dir);
        s = f.households;
    }

    @AfterEach
    void close() {
        f.close();
    }

    static Member with(Member m, String relation, String gender, String idRaw) {
        return new Member(m.id(), m.householdId(), m.name(), m.idType(), m.idNumber(), idRaw, m.idFlag(), gender,
                m.birthDate(), m.ethnicity(), relation, m.education(), m.schoolStatus(), m.health(), m.labourSkill(),
                m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(),
                m.personNo(), m.leftOn(), m.leftReason());
    }

    @Test
    void createsAHouseholdWithItsHeadNormalisingTheIdAndFillingGenderAndBirth() {
        String valid = id("44152319700101001");
        String typed = " " + valid.substring(0, 6).replace('4', '４') + valid.substring(6) + " "; // full-width 4s
        long hh = s.createHousehold(ServiceFixture.household("0001", f.village),
                person("张三丰", typed, "户主", null, null), null);
        HouseholdCard card = s.card(hh);
        Member head = card.head().orElseThrow();
        assertThat(head.idNumber()).isEqualTo(valid);
        assertThat(head.idNumberRaw()).isEqualTo(typed.strip());
        assertThat(head.gender()).isEqualTo("1");
        assertThat(head.birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(card.village()).isEqualTo("东坑村");
        assertThat(card.findings()).isEmpty();
        assertThat(card.history()).extracting(AuditEntry::entity).contains("household", "member");
        assertThat(card.history()).allSatisfy(a -> assertThat(a.operator()).isEqualTo("李会计"));
    }

    @Test
    void refusesADuplicateNumberAHeadThatIsNotTheHeadAndAnInvalidId() {
        f.household("0001", "张三丰", "44152319700101001");
        assertThatThrownBy(() -> s.createHousehold(ServiceFixture.household("0001", f.village),
                person("李四", id("44152319710101002"), "户主", null, null), null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("户编号 0001 已在账本中");
        assertThatThrownBy(() -> s.createHousehold(ServiceFixture.household("0002", f.village),
                person("李四", id("44152319710101002"), "之子", null, null), null))
                .hasMessageContaining("先录入户主");
        String valid = id("44152319710101002");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> s.createHousehold(ServiceFixture.household("0002", f.village),
                person("李四", wrongCheck, "户主", null, null), null))
                .hasMessageContaining("不能保存").hasMessageContaining("校验");
        assertThat(f.ledger.<Long>read(v -> v.households().count())).isEqualTo(1);
    }

    @Test
    void membersFollowTheRulesAndWarningsNeedAReasonThatIsAudited() {
        long hh = f.household("0001", "张三丰", "44152319700101001");
        // a second head is an error
        Member second = person("张二", id("44152319950101003"), "户主", null, null).inHousehold(hh);
        assertThat(s.checkMember(second)).extracting(Finding::code).contains("HEAD_DUPLICATE");
        assertThatThrownBy(() -> s.addMember(second, "随便")).hasMessageContaining("不能保存");
        // 之子 must be male: a female ID is refused
        Member daughterAsSon = person("张小", id("44152319950101002"), "之子", null, null).inHousehold(hh);
        assertThat(s.checkMember(daughterAsSon)).extracting(Finding::code).contains("RELATION_GENDER");
        // an ID already held in another household is refused
        long other = f.household("0002", "李四", "44152319710101011");
        Member conflict = person("李四", id("44152319710101011"), "之子", null, null).inHousehold(hh);
        assertThat(s.checkMember(conflict)).extracting(Finding::code).contains("ID_CONFLICT");
        assertThat(other).isPositive();
        // a warning (public post at 75) needs a reason, which lands in the audit row
        Member old = new Member(null, hh, "张老", "居民身份证", null, id("44152319510101013"), null, null, null, "汉族",
                "之父", "小学", null, "健康", "丧失劳动力", "未务工", 0L, true, true, true, "未享受", "不享受", "护林员", 12L,
                null, null, null, null);
        assertThat(s.checkMember(old)).extracting(Finding::code).contains("PUBLIC_POST_AGE");
        assertThatThrownBy(() -> s.addMember(old, " ")).hasMessageContaining("需要填写原因");
        long oldId = s.addMember(old, "村委会研究决定续聘");
        List<AuditEntry> audit = f.ledger.read(v -> v.audit().ofEntity("member", String.valueOf(oldId)));
        assertThat(audit).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("村委会研究决定续聘"));
        assertThat(s.card(hh).currentMembers()).hasSize(2);
    }

    @Test
    void updatingAMemberKeepsTheHouseholdAndAuditsOnlyWhatChanged() {
        long hh = f.household("0001", "张三丰", "44152319700101001");
        long son = s.addMember(person("张小", id("44152319950101013"), "之子", null, null).inHousehold(hh), null);
        Member m = s.card(hh).members().stream().filter(x -> x.id() == son).findFirst().orElseThrow();
        s.updateMember(with(m, "之子", m.gender(), m.idNumberRaw()), null); // nothing changed
        assertThat(f.ledger.<List<AuditEntry>>read(v -> v.audit().ofEntity("member", String.valueOf(son)))).hasSize(1);
        Member daughter = with(m, "之女", m.gender(), m.idNumberRaw());
        assertThatThrownBy(() -> s.updateMember(daughter, null)).hasMessageContaining("不能保存");
        long other = f.household("0002", "李四", "44152319710101011");
        Member moved = new Member(m.id(), other, m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(),
                m.personNo(), null, null);
        assertThatThrownBy(() -> s.updateMember(moved, null)).hasMessageContaining("不能直接改到另一户");
    }

    @Test
    void membersLeaveWithADateAndReasonAndAreNeverDeleted() {
        long hh = f.household("0001", "张三丰", "44152319700101001");
        long wife = s.addMember(person("李梅", id("44152319720202002"), "配偶", null, null).inHousehold(hh), null);
        assertThatThrownBy(() -> s.markLeft(wife, ServiceFixture.TODAY, "出走", null)).hasMessageContaining("原因");
        s.markLeft(wife, ServiceFixture.TODAY, "婚出", null);
        HouseholdCard card = s.card(hh);
        assertThat(card.members()).hasSize(2);
        assertThat(card.currentMembers()).hasSize(1);
        assertThat(card.members()).filteredOn(m -> m.id() == wife).singleElement()
                .satisfies(m -> assertThat(m.leftReason()).isEqualTo("婚出"));
        assertThatThrownBy(() -> s.markLeft(wife, ServiceFixture.TODAY, "婚出", null)).hasMessageContaining("已于");
        // the head leaving leaves the household headless: a warning that needs a reason
        long head = card.head().orElseThrow().id();
        assertThatThrownBy(() -> s.markLeft(head, ServiceFixture.TODAY, "死亡", null))
                .hasMessageContaining("需要填写原因");
        s.markLeft(head, ServiceFixture.TODAY, "死亡", "户主去世，待确定新户主");
        assertThat(s.card(hh).findings()).extracting(Finding::code).contains("NO_MEMBERS");
    }

    @Test
    void incomeAndGuaranteeChecksAreValidated() {
        long hh = f.household("0001", "张三丰", "44152319700101001");
        assertThatThrownBy(() -> s.putIncome(new IncomeYear(hh, 2025, -1, 0, 0, 0, 0, 0, 0)))
                .hasMessageContaining("负数");
        assertThatThrownBy(() -> s.putIncome(new IncomeYear(hh, 2027, 1, 0, 0, 0, 0, 0, 0)))
                .hasMessageContaining("年度");
        s.putIncome(new IncomeYear(hh, 2025, 1_000_000, 200_000, 0, 300_000, 100_000, 0, 50_000));
        assertThat(s.card(hh).incomes()).singleElement().satisfies(i -> assertThat(i.netIncome()).isEqualTo(1_400_000));
        assertThatThrownBy(() -> s.addGuaranteeCheck(new GuaranteeCheck(null, hh, ServiceFixture.TODAY.plusDays(1),
                false, true, "A", false, true, null))).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> s.addGuaranteeCheck(new GuaranteeCheck(null, hh, ServiceFixture.TODAY, false, false,
                "A", false, true, null))).hasMessageContaining("矛盾");
        s.addGuaranteeCheck(new GuaranteeCheck(null, hh, ServiceFixture.TODAY, false, false, "C", false, true, null));
        assertThat(s.card(hh).checks()).hasSize(1);
    }

    @Test
    void aDocumentThatIsNotAResidentIdIsFlaggedNotRefused() {
        long hh = f.household("0001", "张三丰", "44152319700101001");
        Member child = new Member(null, hh, "张宝", "户口簿", null, "HK123456", null, "1", LocalDate.of(2020, 5, 1),
                "汉族", "之孙子", null, "学前教育", "健康", "无劳动力", null, null, true, true, false, "未享受", "不享受", null,
                null, null, null, null, null);
        long id = s.addMember(child, null);
        Member stored = s.card(hh).members().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        assertThat(stored.idNumber()).isNull();
        assertThat(stored.idFlag()).isEqualTo(HouseholdService.OTHER_DOCUMENT);
        assertThat(stored.idNumberRaw()).isEqualTo("HK123456");
    }

    @Test
    void villagesAreAddedOnceByName() {
        assertThatThrownBy(() -> s.addVillage("东坑村")).hasMessageContaining("已在村列表中");
        assertThatThrownBy(() -> s.addVillage("  ")).hasMessageContaining("村名");
        s.addVillage("西岭村");
        assertThat(s.villages()).extracting(v -> v.name()).containsExactly("东坑村", "西岭村");
    }
}
