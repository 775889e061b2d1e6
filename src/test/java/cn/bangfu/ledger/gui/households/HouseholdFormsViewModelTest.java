package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The member, new-household, income and card view models on a small hand-made ledger, without FX. */
class HouseholdFormsViewModelTest {

    static final String HEAD_ID = id("44152319700101001");   // male, 1970-01-01
    static final String SON_ID = id("44152320000505003");    // male, 2000-05-05
    static final String DAUGHTER_ID = id("44152320030303002"); // female, 2003-03-03

    @TempDir
    Path dir;

    LedgerServices s;
    long village;
    /** Every dialog a view model asks for; a test answers the ones it expects. */
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    /** The same number with a wrong check character. */
    static String badCheck(String valid) {
        char c = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + c;
    }

    @BeforeEach
    void open() {
        s = LedgerServices.open(dir.resolve("l.db"));
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        village = s.households().addVillage("东坑村");
    }

    @AfterEach
    void close() {
        s.close();
    }

    // ---- the view models' saves run through an in-place runner: done when the call returns

    static boolean save(MemberFormViewModel vm) {
        vm.onSave();
        return vm.isSaved();
    }

    static boolean save(IncomeFormViewModel vm) {
        vm.onSave();
        return vm.isSaved();
    }

    static boolean save(GuaranteeFormViewModel vm) {
        vm.onSave();
        return vm.isSaved();
    }

    static boolean save(HouseholdFormViewModel vm) {
        vm.onSave();
        return vm.isSaved();
    }

    static Long create(NewHouseholdViewModel vm) {
        vm.onSave();
        return vm.createdId();
    }

    static boolean added(NewHouseholdViewModel vm, String village) {
        AtomicBoolean added = new AtomicBoolean();
        vm.addVillage(village, () -> added.set(true));
        return added.get();
    }

    static boolean markLeft(HouseholdCardViewModel card, Member m, LocalDate on, String reason, String note) {
        AtomicReference<Boolean> done = new AtomicReference<>();
        card.onMarkLeft(m, on, reason, note, done::set);
        assertThat(done.get()).as("answered at once by the in-place runner").isNotNull();
        return done.get();
    }

    HouseholdFormViewModel form(long householdId) {
        return new HouseholdFormViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s), s.households().card(householdId).household());
    }

    long household() {
        NewHouseholdViewModel vm = new NewHouseholdViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s));
        vm.householdNoProperty().set("0001");
        vm.villageProperty().set(vm.villages().getFirst());
        vm.head().nameProperty().set("张三");
        vm.head().idNumberProperty().set(HEAD_ID);
        Long id = create(vm);
        assertThat(id).as(vm.messageProperty().get()).isNotNull();
        return id;
    }

    @Test
    void newHouseholdIsCheckedAsTypedThenCreatedWithItsHead() {
        NewHouseholdViewModel vm = new NewHouseholdViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s));
        assertThat(vm.hasErrorsProperty().get()).isTrue();
        assertThat(vm.field("householdNo").isError()).isTrue();
        assertThat(vm.field("villageId").message()).contains("行政村");
        assertThat(vm.villages()).extracting(Choice::label).containsExactly("东坑村", "新增村…");
        assertThat(vm.head().relationProperty().get()).isEqualTo("户主");
        assertThat(create(vm)).isNull();

        vm.householdNoProperty().set("0001");
        vm.villageProperty().set(vm.villages().getFirst());
        assertThat(vm.field("householdNo").message()).isEmpty();
        vm.head().nameProperty().set("张三");
        vm.head().idNumberProperty().set(HEAD_ID);
        // gender and birth date come from the ID
        assertThat(vm.head().genderProperty().get()).isEqualTo("1");
        assertThat(vm.head().birthProperty().get()).isEqualTo("1970-01-01");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.saveLabelProperty().get()).isEqualTo("建档");
        Long id = create(vm);
        assertThat(id).isNotNull();
        HouseholdCard card = s.households().card(id);
        assertThat(card.head()).map(Member::name).contains("张三");
        assertThat(card.household().householdType()).isEqualTo("脱贫户");

        // the same number again is refused as typed
        NewHouseholdViewModel again = new NewHouseholdViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s));
        again.householdNoProperty().set("0001");
        assertThat(again.field("householdNo").message()).contains("已在账本中");
        // a village added from the form is selected
        assertThat(added(again, "西岭村")).isTrue();
        assertThat(again.villageProperty().get().label()).isEqualTo("西岭村");
        assertThat(added(again, "西岭村")).isFalse();
        assertThat(again.messageProperty().get()).contains("已在村列表中");
    }

    @Test
    void anInvalidIdBlocksSavingUntilItIsFixed() {
        long hh = household();
        MemberFormViewModel vm = new MemberFormViewModel(s, Background.inPlace(), FormCodes.read(s), hh, null);
        vm.nameProperty().set("张小明");
        vm.relationProperty().set("之子");
        vm.idNumberProperty().set(badCheck(SON_ID));
        assertThat(vm.field("idNumber").isError()).isTrue();
        assertThat(vm.field("idNumber").message()).contains("校验位");
        assertThat(vm.hasErrorsProperty().get()).isTrue();
        assertThat(save(vm)).isFalse();
        assertThat(s.households().card(hh).members()).hasSize(1);

        vm.idNumberProperty().set(SON_ID);
        assertThat(vm.field("idNumber").message()).isEmpty();
        assertThat(vm.genderProperty().get()).isEqualTo("1");
        assertThat(vm.birthProperty().get()).isEqualTo("2000-05-05");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.hasWarningsProperty().get()).isFalse();
        assertThat(vm.saveLabelProperty().get()).isEqualTo("保存");
        assertThat(save(vm)).isTrue();
        assertThat(s.households().card(hh).members()).extracting(Member::name).contains("张小明");
    }

    @Test
    void findingsLandNextToTheirFields() {
        long hh = household();
        MemberFormViewModel vm = new MemberFormViewModel(s, Background.inPlace(), FormCodes.read(s), hh, null);
        vm.nameProperty().set("张小红");
        vm.relationProperty().set("之子"); // but the ID is a woman's
        vm.idNumberProperty().set(DAUGHTER_ID);
        assertThat(vm.genderProperty().get()).isEqualTo("2");
        assertThat(vm.field("relation").isError()).isTrue();
        assertThat(vm.field("relation").message()).contains("应为男性");
        vm.relationProperty().set("之女");
        assertThat(vm.field("relation").message()).isEmpty();

        vm.birthProperty().set("2003-13-03");
        assertThat(vm.field("birthDate").isError()).isTrue();
        vm.birthProperty().set("2003-03-04");
        assertThat(vm.field("birthDate").message()).contains("不符");
        vm.birthProperty().set("2003-03-03");
        assertThat(vm.field("birthDate").message()).isEmpty();

        vm.educationProperty().set("初中");
        vm.schoolStatusProperty().set("普通高中");
        assertThat(vm.field("education").message()).contains("只能填一项");
        vm.educationProperty().set(null);

        vm.workMonthsProperty().set("十");
        assertThat(vm.field("workMonths").isError()).isTrue();
        vm.workMonthsProperty().set("13");
        assertThat(vm.field("workMonths").message()).contains("0–12");
        vm.workMonthsProperty().set("6");
        assertThat(vm.hasErrorsProperty().get()).isFalse();

        // the head's ID in a second member
        vm.idNumberProperty().set(HEAD_ID);
        assertThat(vm.field("idNumber").message()).contains("张三");
        // the gender that came from the first ID follows the new one while the clerk did not choose it
        assertThat(vm.genderProperty().get()).isEqualTo("1");
    }

    @Test
    void aWarningNeedsAReasonAndTheReasonIsAudited() {
        long hh = household();
        MemberFormViewModel vm = new MemberFormViewModel(s, Background.inPlace(), FormCodes.read(s), hh, null);
        vm.nameProperty().set("张小明");
        vm.relationProperty().set("之子");
        vm.idNumberProperty().set(SON_ID);
        vm.phoneProperty().set("12345");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.hasWarningsProperty().get()).isTrue();
        assertThat(vm.field("phone").isError()).isFalse();
        assertThat(vm.field("phone").warningProperty().get()).isTrue();
        assertThat(vm.saveLabelProperty().get()).isEqualTo("仍然保存（填写原因）");

        assertThat(save(vm)).isFalse();
        assertThat(vm.reasonMissingProperty().get()).isTrue();
        assertThat(s.households().card(hh).members()).hasSize(1);

        vm.reasonProperty().set("电话是村里的座机，待核实");
        assertThat(save(vm)).isTrue();
        HouseholdCard card = s.households().card(hh);
        assertThat(card.members()).extracting(Member::name).contains("张小明");
        assertThat(card.history()).filteredOn(a -> a.entity().equals("member") && a.action().equals("insert")
                && a.afterJson().contains("张小明"))
                .extracting(AuditEntry::reason).containsExactly("电话是村里的座机，待核实");

        // editing the member: unchanged fields stay as stored
        Member son = card.members().stream().filter(m -> m.name().equals("张小明")).findFirst().orElseThrow();
        MemberFormViewModel edit = new MemberFormViewModel(s, Background.inPlace(), FormCodes.read(s), hh, son);
        assertThat(edit.idNumberProperty().get()).isEqualTo(SON_ID);
        assertThat(edit.birthProperty().get()).isEqualTo("2000-05-05");
        edit.phoneProperty().set("13800001111");
        assertThat(edit.hasWarningsProperty().get()).isFalse();
        assertThat(save(edit)).isTrue();
        assertThat(s.households().card(hh).members()).extracting(Member::phone).contains("13800001111");
    }

    @Test
    void theCardShowsMembersLeavingAndTheHistoryInChinese() {
        long hh = household();
        MemberFormViewModel add = new MemberFormViewModel(s, Background.inPlace(), FormCodes.read(s), hh, null);
        add.nameProperty().set("张小明");
        add.relationProperty().set("之子");
        add.idNumberProperty().set(SON_ID);
        assertThat(save(add)).isTrue();

        HouseholdCardViewModel card = new HouseholdCardViewModel(s, Background.inPlace(), dialogs);
        card.load(hh);
        assertThat(card.headProperty().get()).isEqualTo("张三");
        assertThat(card.personsProperty().get()).isEqualTo("2 人");
        assertThat(card.categoryProperty().get()).isEmpty();
        assertThat(card.canOpenEpisodeProperty().get()).isTrue();
        assertThat(card.canEliminateProperty().get()).isFalse();
        assertThat(card.canRemarkProperty().get()).isFalse();
        assertThat(card.members()).extracting(HouseholdCardViewModel.MemberRow::relation)
                .containsExactly("户主", "之子");

        HouseholdCardViewModel.MemberRow son = card.members().get(1);
        assertThat(markLeft(card, son.member(), null, "迁出", null)).isFalse();
        assertThat(card.messageProperty().get()).contains("离开日期");
        LocalDate on = s.households().today();
        assertThat(markLeft(card, son.member(), on, "迁出", "到县城工作")).isTrue();
        assertThat(card.personsProperty().get()).isEqualTo("1 人");
        HouseholdCardViewModel.MemberRow left = card.members().getLast();
        assertThat(left.left()).isTrue();
        assertThat(left.name()).isEqualTo("张小明（已迁出 " + on + "）");

        // the head leaving needs a reason (the rules warn: no head afterwards)
        assertThat(markLeft(card, card.members().getFirst().member(), on, "死亡", null)).isFalse();
        assertThat(card.messageProperty().get()).contains("户主");

        assertThat(card.history()).isNotEmpty();
        AuditText.Line newest = card.history().getFirst();
        assertThat(newest.what()).isEqualTo("修改成员 张小明");
        assertThat(newest.changes()).contains("离开日期：（空） → " + on).contains("离开原因：（空） → 迁出");
        assertThat(newest.operator()).isEqualTo("李会计");
        assertThat(newest.reason()).isEqualTo("到县城工作");
        assertThat(newest.at()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(card.history()).extracting(AuditText.Line::what).contains("新增农户", "新增成员 张三");
        AuditText.Line created = card.history().stream().filter(l -> l.what().equals("新增农户")).findFirst()
                .orElseThrow();
        assertThat(created.changes()).contains("户编号：0001", "村：东坑村", "户类型：脱贫户", "整户无劳动能力：否");
    }

    @Test
    void incomeIsTypedInYuanAndABadAmountSavesNothing() {
        long hh = household();
        IncomeFormViewModel vm = new IncomeFormViewModel(s, Background.inPlace(), hh, null, 2);
        int year = s.households().today().getYear();
        assertThat(vm.yearProperty().get()).isEqualTo(String.valueOf(year));
        vm.amountProperty("wageIncome").set("12,345.5");
        vm.amountProperty("businessIncome").set("１０００");
        vm.amountProperty("businessExpense").set("345.50");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.netProperty().get()).isEqualTo("13,000.00");
        assertThat(vm.perPersonProperty().get()).isEqualTo("6,500.00");

        vm.amountProperty("propertyIncome").set("12.345");
        assertThat(vm.field("propertyIncome").message()).contains("最多两位小数");
        assertThat(vm.hasErrorsProperty().get()).isTrue();
        assertThat(save(vm)).isFalse();
        assertThat(s.households().card(hh).incomes()).isEmpty();
        vm.amountProperty("propertyIncome").set("-5");
        assertThat(vm.field("propertyIncome").message()).contains("负数");

        vm.amountProperty("propertyIncome").set("");
        assertThat(save(vm)).isTrue();
        IncomeYear saved = s.households().card(hh).incomes().getFirst();
        assertThat(saved.wageIncome()).isEqualTo(1_234_550L);
        assertThat(saved.businessIncome()).isEqualTo(100_000L);

        HouseholdCardViewModel card = new HouseholdCardViewModel(s, Background.inPlace(), dialogs);
        card.load(hh);
        HouseholdCardViewModel.IncomeRow row = card.incomes().getFirst();
        assertThat(row.wage()).isEqualTo("12,345.50");
        assertThat(row.net()).isEqualTo("13,000.00");
        assertThat(row.perPerson()).isEqualTo("13,000.00"); // one person in the household now
        assertThat(card.history()).extracting(AuditText.Line::what).contains("新增收入 " + year + "年");

        // editing the year fills the amounts back in yuan
        IncomeFormViewModel edit = new IncomeFormViewModel(s, Background.inPlace(), hh, saved, 1);
        assertThat(edit.amountProperty("wageIncome").get()).isEqualTo("12345.50");
        assertThat(edit.amountProperty("propertyIncome").get()).isEmpty();
    }

    @Test
    void guaranteeChecksAreAddedAndShownAsTicks() {
        long hh = household();
        GuaranteeFormViewModel vm = new GuaranteeFormViewModel(s, Background.inPlace(), hh);
        vm.housingSafeProperty().set(false);
        vm.housingGradeProperty().set("A");
        assertThat(save(vm)).isFalse();
        assertThat(vm.messageProperty().get()).contains("安全住房");
        vm.housingGradeProperty().set("C");
        vm.waterSafeProperty().set(false);
        assertThat(save(vm)).isTrue();
        HouseholdCardViewModel card = new HouseholdCardViewModel(s, Background.inPlace(), dialogs);
        card.load(hh);
        HouseholdCardViewModel.CheckRow row = card.checks().getFirst();
        assertThat(row.education()).isEqualTo("✔");
        assertThat(row.housing()).isEqualTo("✘（C 级）");
        assertThat(row.water()).isEqualTo("✘");
        assertThat(row.date()).isEqualTo(s.households().today().toString());
    }

    @Test
    void editingAHouseholdSavesOnlyWhatChangedAndTheCardShowsIt() {
        long hh = household();
        HouseholdFormViewModel vm = form(hh);
        HouseholdFields f = vm.household();
        // pre-filled from the ledger; nothing changed yet, so nothing to save
        assertThat(f.householdNoProperty().get()).isEqualTo("0001");
        assertThat(f.villageProperty().get().label()).isEqualTo("东坑村");
        assertThat(f.householdTypeProperty().get()).isEqualTo("脱贫户");
        assertThat(f.noLabourCapacityProperty().get()).isFalse();
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.changedProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(save(vm)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("没有修改，不需要保存。");

        f.householdTypeProperty().set("一般农户");
        f.noLabourCapacityProperty().set(true);
        f.phoneProperty().set("  "); // blank stays empty: not a change
        assertThat(vm.changedProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.saveLabelProperty().get()).isEqualTo("保存");
        assertThat(save(vm)).isTrue();

        HouseholdCard saved = s.households().card(hh);
        assertThat(saved.household().householdType()).isEqualTo("一般农户");
        assertThat(saved.household().noLabourCapacity()).isTrue();
        assertThat(saved.household().householdNo()).isEqualTo("0001");
        assertThat(saved.household().phone()).isNull();
        List<AuditEntry> updates = saved.history().stream()
                .filter(a -> a.entity().equals("household") && a.action().equals("update")).toList();
        assertThat(updates).hasSize(1);
        JsonMapper json = JsonMapper.builder().build();
        Set<String> changedColumns = new HashSet<>();
        json.readTree(updates.getFirst().afterJson()).properties().forEach(e -> changedColumns.add(e.getKey()));
        assertThat(changedColumns).containsExactlyInAnyOrder("household_type", "no_labour_capacity");
        assertThat(updates.getFirst().beforeJson()).contains("脱贫户");
        assertThat(updates.getFirst().operator()).isEqualTo("李会计");

        // the card shows the new values, and its history says what changed in the clerk's words
        HouseholdCardViewModel card = new HouseholdCardViewModel(s, Background.inPlace(), dialogs);
        card.load(hh);
        assertThat(card.householdTypeProperty().get()).isEqualTo("一般农户");
        assertThat(card.noLabourProperty().get()).isEqualTo("整户无劳动能力");
        AuditText.Line newest = card.history().getFirst();
        assertThat(newest.what()).isEqualTo("修改农户");
        assertThat(newest.changes()).isEqualTo("户类型：脱贫户 → 一般农户；整户无劳动能力：否 → 是");
    }

    @Test
    void anotherHouseholdsNumberBlocksSavingNextToTheNumber() {
        long first = household();
        NewHouseholdViewModel other = new NewHouseholdViewModel(s, Background.inPlace(), dialogs, FormCodes.read(s));
        other.householdNoProperty().set("0002");
        other.villageProperty().set(other.villages().getFirst());
        other.head().nameProperty().set("李四");
        other.head().idNumberProperty().set(SON_ID);
        Long second = create(other);
        assertThat(second).as(other.messageProperty().get()).isNotNull();

        HouseholdFormViewModel vm = form(second);
        vm.household().householdNoProperty().set("0001");
        assertThat(vm.field("householdNo").isError()).isTrue();
        assertThat(vm.field("householdNo").message()).isEqualTo("户编号 0001 已在账本中，请核对，不要重复建户。");
        assertThat(vm.hasErrorsProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(save(vm)).isFalse();
        assertThat(vm.messageProperty().get()).contains("红色");
        assertThat(s.households().card(second).household().householdNo()).isEqualTo("0002");
        assertThat(s.households().card(first).household().householdNo()).isEqualTo("0001");

        // its own number (typed again with spaces) is no duplicate; a new number is saved
        vm.household().householdNoProperty().set(" 0002 ");
        assertThat(vm.field("householdNo").message()).isEmpty();
        assertThat(vm.changedProperty().get()).isFalse();
        vm.household().householdNoProperty().set("0003");
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(save(vm)).isTrue();
        assertThat(s.households().card(second).household().householdNo()).isEqualTo("0003");
    }
}
