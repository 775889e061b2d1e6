package cn.bangfu.ledger.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.RosterField;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's model, step by step, on a temporary ledger and without the FX toolkit. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    LedgerServices s;
    Path roster;
    /** Every dialog of the wizard and the history: a test queues the answers it expects to be asked. */
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        s = LedgerServices.open(dir.resolve("l.db"));
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        roster = ImportRosters.write(dir.resolve("示范镇花名册.xlsx"), ImportRosters.first());
    }

    @AfterEach
    void close() {
        s.close();
    }

    private MappingRow row(ImportWizardViewModel vm, RosterField f) {
        return vm.mapping().mappingRows().stream().filter(r -> r.field() == f).findFirst().orElseThrow();
    }

    /** Runs the work the wizard queued (the office's town read on opening, then each step's work). */
    private static void drain(Deque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private List<HouseholdRow> households() {
        return s.search().search(HouseholdFilter.all(LocalDate.now())).rows();
    }

    private static String stat(ImportWizardViewModel vm, String id) {
        return vm.check().stats().stream().filter(x -> x.id().equals(id)).map(Stat::value).findFirst().orElseThrow();
    }

    @Test
    void readsTheHeaderBelowTheTitleRowsAndSuggestsEveryColumn() {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);
        assertThat(vm.canNextProperty().get()).isFalse();

        vm.file().onFileChosen(roster);

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(vm.file().fileLineProperty().get()).isEqualTo("已选择：示范镇花名册.xlsx");
        assertThat(vm.mapping().formatTextProperty().get()).isEqualTo("Excel 工作簿（.xlsx）");
        assertThat(vm.mapping().kindTextProperty().get()).isEqualTo("花名册（按表头自动识别）");
        assertThat(vm.mapping().headerLines()).containsExactly("工作表“花名册”：表头在第 3 行，共 7 列");
        assertThat(vm.mapping().sheets()).hasSize(1); // one sheet: no choice to offer
        assertThat(vm.mapping().townLineProperty().get()).isEqualTo("文件中没有乡镇列，将导入全部行。");
        // required fields first, each with its column and the first values of the file
        assertThat(vm.mapping().mappingRows().subList(0, 4)).extracting(MappingRow::label)
                .containsExactly("户编号", "姓名", "证件号码", "与户主关系");
        assertThat(vm.mapping().mappingRows().subList(0, 4)).allMatch(MappingRow::required);
        assertThat(row(vm, RosterField.NAME).columnProperty().get()).isEqualTo("姓名");
        assertThat(row(vm, RosterField.NAME).sampleProperty().get()).isEqualTo("张大山、李秀英、张小明");
        assertThat(row(vm, RosterField.HOUSEHOLD_TYPE).columnProperty().get()).isEqualTo("户类型");
        assertThat(row(vm, RosterField.EDUCATION).columnProperty().get()).isEqualTo(MappingRow.NO_COLUMN);
        assertThat(row(vm, RosterField.EDUCATION).sampleProperty().get()).isEmpty();
        assertThat(vm.mapping().columns()).containsExactly("", "户编号", "行政村", "户类型", "姓名", "证件号码", "性别", "与户主关系");
        assertThat(vm.mapping().mappingNoteProperty().get()).startsWith("已按列名自动对应 7 项");
        assertThat(vm.mapping().missingTextProperty().get()).isEmpty();
        assertThat(vm.mapping().unusedTextProperty().get()).isEmpty();
        assertThat(vm.canCheckProperty().get()).isTrue();
        assertThat(vm.canBackProperty().get()).isTrue();
    }

    @Test
    void theFileIsChosenThroughTheDialogServiceAndACancelledChooserChangesNothing() {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        dialogs.chooseFile(null);
        vm.file().onChoose();
        assertThat(dialogs.last()).isEqualTo("open: 选择要导入的花名册");
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);

        dialogs.chooseFile(roster);
        vm.file().onChoose();
        assertThat(vm.fileProperty().get()).isEqualTo(roster);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(vm.file().fileLineProperty().get()).isEqualTo("已选择：示范镇花名册.xlsx");
        assertThat(dialogs.seen).hasSize(2);
    }

    @Test
    void aRequiredFieldWithoutAColumnIsMarkedAndBlocksTheCheck() {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        vm.file().onFileChosen(roster);
        MappingRow id = row(vm, RosterField.ID_NUMBER);

        id.columnProperty().set(MappingRow.NO_COLUMN); // as the drop-down does
        assertThat(id.missingProperty().get()).isTrue();
        assertThat(vm.mapping().missingTextProperty().get()).startsWith("缺少必需的列：证件号码。");
        assertThat(vm.mapping().mapping().maps(RosterField.ID_NUMBER)).isFalse();
        assertThat(vm.mapping().unusedTextProperty().get()).isEqualTo("文件中不导入的列：证件号码");
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.mapping().mappingNoteProperty().get()).isEqualTo("对应关系已修改（尚未保存）。");
        vm.check().onCheck();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);

        // one column serves one field: giving 证件号码 to 姓名 takes it from nowhere else, then back
        id.columnProperty().set("证件号码");
        assertThat(id.missingProperty().get()).isFalse();
        assertThat(vm.canCheckProperty().get()).isTrue();
        row(vm, RosterField.PHONE).columnProperty().set("证件号码");
        assertThat(id.columnProperty().get()).isEqualTo(MappingRow.NO_COLUMN);
        assertThat(id.missingProperty().get()).isTrue();
        assertThat(row(vm, RosterField.PHONE).sampleProperty().get()).startsWith(ImportRosters.ZHANG);
        id.columnProperty().set("证件号码");
        assertThat(row(vm, RosterField.PHONE).columnProperty().get()).isEqualTo(MappingRow.NO_COLUMN);
        assertThat(vm.mapping().missingTextProperty().get()).isEmpty();
    }

    @Test
    void aSavedMappingIsUsedAutomaticallyForAFileOfTheSameShape() throws Exception {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        vm.file().onFileChosen(roster);
        row(vm, RosterField.GENDER).columnProperty().set(MappingRow.NO_COLUMN);
        assertThat(vm.mapping().suggestedMappingName()).isEqualTo("示范镇花名册");
        dialogs.answerText("  ");
        vm.mapping().onSaveMapping(); // the clerk is asked for a name, the file's name offered
        assertThat(dialogs.last()).startsWith("ask: 保存对应关系 | ");
        assertThat(vm.mapping().mapping().savedName()).isNull(); // not saved
        assertThat(vm.errorProperty().get()).startsWith("请为对应关系起一个名字");
        dialogs.answerText(null);
        vm.mapping().onSaveMapping(); // cancelled: nothing happens
        assertThat(vm.mapping().mapping().savedName()).isNull();
        assertThat(vm.errorProperty().get()).startsWith("请为对应关系起一个名字");
        vm.mapping().onSaveMapping("县花名册2026版");
        assertThat(vm.mapping().mapping().savedName()).isEqualTo("县花名册2026版"); // saved
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.noticeProperty().get()).startsWith("已保存为“县花名册2026版”");
        assertThat(vm.mapping().mappingNoteProperty().get()).isEqualTo("已套用保存的对应关系“县花名册2026版”。");

        Path other = ImportRosters.write(dir.resolve("另一个.xlsx"), ImportRosters.second());
        ImportWizardViewModel next = new ImportViewModel(s, dialogs).wizard();
        next.file().onFileChosen(other);
        assertThat(next.mapping().mappingNoteProperty().get()).isEqualTo("已套用保存的对应关系“县花名册2026版”。");
        assertThat(row(next, RosterField.GENDER).columnProperty().get()).isEqualTo(MappingRow.NO_COLUMN);
        assertThat(row(next, RosterField.NAME).columnProperty().get()).isEqualTo("姓名");
        assertThat(next.mapping().suggestedMappingName()).isEqualTo("县花名册2026版");
    }

    @Test
    void theOptionsFollowTheSettingsAndTheClerksChoices() {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        assertThat(vm.file().townOptionTextProperty().get()).isEqualTo("只导入本乡镇（示范镇）的行");
        assertThat(vm.file().ownTownOnlyProperty().get()).isTrue();
        assertThat(vm.options().town()).isEqualTo("示范镇");
        vm.file().ownTownOnlyProperty().set(false);
        assertThat(vm.options().town()).isNull();
        vm.file().ownTownOnlyProperty().set(true);

        vm.file().kindChoiceProperty().set(vm.file().kinds().get(2));
        vm.file().sourceProperty().set("  县民政局 ");
        assertThat(vm.options().kind()).isEqualTo(ImportKind.PUSH);
        assertThat(vm.options().source()).isEqualTo("县民政局");
        vm.file().kindChoiceProperty().set(vm.file().kinds().getFirst());
        assertThat(vm.options().kind()).isNull();
        assertThat(vm.file().kinds()).extracting(Choice::label)
                .containsExactly("自动识别（按表头判断）", "花名册", "部门推送名单");

        // a ledger whose settings have no town yet: say so, and import every town
        try (LedgerServices fresh = LedgerServices.open(dir.resolve("new.db"))) {
            ImportWizardViewModel none = new ImportViewModel(fresh, dialogs).wizard();
            assertThat(none.file().officeTownProperty().get()).isEmpty();
            assertThat(none.file().townOptionTextProperty().get()).isEqualTo("只导入本乡镇的行");
            assertThat(none.file().townOptionHintProperty().get()).startsWith("设置中还没有填写本乡镇，将导入文件中所有乡镇的行");
            assertThat(none.options().town()).isNull();
            none.file().onFileChosen(roster);
            assertThat(none.mapping().townLineProperty().get()).isEqualTo("不按乡镇筛选，导入全部行。");
        }

        // a kind chosen by hand is not called 自动识别, and a changed choice reads the file again
        vm.file().kindChoiceProperty().set(vm.file().kinds().get(1));
        vm.file().onFileChosen(roster);
        assertThat(vm.mapping().kindTextProperty().get()).isEqualTo("花名册");
        vm.onBack();
        vm.file().kindChoiceProperty().set(vm.file().kinds().get(2));
        vm.onNext();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(vm.kind()).isEqualTo(ImportKind.PUSH);
        assertThat(vm.mapping().pushProperty().get()).isTrue();
        assertThat(vm.mapping().sourceNeededProperty().get()).isTrue(); // no 推送部门 column in this file
    }

    @Test
    void aFileThatIsNotARosterIsExplainedAndTheWizardStaysOnTheFirstStep() throws Exception {
        Path notes = Files.writeString(dir.resolve("说明.csv"), "这是一份说明\n没有表头\n");
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        vm.file().onFileChosen(notes);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);
        assertThat(vm.errorProperty().get()).contains("找不到表头");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void checksPreviewsAppliesAndRevertsBatchByBatch() throws Exception {
        ImportViewModel vmPage = new ImportViewModel(s, dialogs);
        ImportWizardViewModel vm = vmPage.wizard();
        vm.file().onFileChosen(roster);
        vm.onNext(); // 开始检查

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(stat(vm, "rows")).isEqualTo("6");
        assertThat(stat(vm, "skipped")).isEqualTo("1"); // the 合计 row
        assertThat(vm.check().skippedSheets()).isEmpty();
        assertThat(stat(vm, "rejected")).isEqualTo("1");
        assertThat(vm.check().verdictProperty().get()).isEqualTo("检查完毕：2 户可以导入，1 户暂缓导入（有错误行，需在原表中改正）。");
        ProblemRow checksum = vm.check().problems().stream().filter(ProblemRow::error).findFirst().orElseThrow();
        assertThat(checksum).extracting(ProblemRow::sheet, ProblemRow::row, ProblemRow::column, ProblemRow::code,
                ProblemRow::severity).containsExactly("花名册", "8", "证件号码", "证件号校验位错误", "错误");
        vm.check().onlyErrorsProperty().set(true);
        assertThat(vm.check().problems()).allMatch(ProblemRow::error).hasSize(1);
        vm.check().onlyErrorsProperty().set(false);
        assertThat(vm.check().canExportErrorsProperty().get()).isTrue();
        Path errors = dir.resolve("问题行.xlsx");
        dialogs.chooseFile(errors);
        vm.check().onExportErrors();
        assertThat(dialogs.last()).isEqualTo("save: 导出问题行 | 示范镇花名册-问题行.xlsx");
        assertThat(errors).exists();
        assertThat(vm.check().exportMessageProperty().get()).startsWith("已把 1 个问题行另存为：");

        vm.onNext();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.preview().diffTitleProperty(DiffStatus.ADDED).get()).isEqualTo("新增（2）");
        assertThat(vm.preview().diffTitleProperty(DiffStatus.HELD_BACK).get()).isEqualTo("暂缓导入（1）");
        assertThat(vm.preview().diffTitleProperty(DiffStatus.CHANGED).get()).isEqualTo("变更（0）");
        DiffRow zhang = vm.preview().diff(DiffStatus.ADDED).getFirst();
        assertThat(zhang).extracting(DiffRow::householdNo, DiffRow::village, DiffRow::head, DiffRow::persons)
                .containsExactly("4415230101001", "东坑村", "张大山", "3");
        assertThat(zhang.details()).isEqualTo("户类型：脱贫户\n成员：张大山、李秀英、张小明");
        assertThat(vm.preview().diff(DiffStatus.HELD_BACK).getFirst().details()).contains("第8行").contains("整户暂缓导入");

        vm.onNext();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CONFIRM);
        assertThat(vm.confirm().confirmLines()).containsExactly(
                "新增 2 户（4 人），变更 0 户（新增成员 0 人，成员信息变更 0 人）。",
                "暂缓 1 户（有错误行），这些户不会写入，改正后可再次导入。");
        assertThat(vm.confirm().alreadyTextProperty().get()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isTrue();
        AtomicInteger changed = new AtomicInteger();

        vm.confirm().onApply();
        assertThat(vm.confirm().resultProperty().get()).startsWith("已导入（批次 1）：新增 2 户、变更 0 户，暂缓 1 户");
        assertThat(vm.appliedProperty().get()).isTrue();
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(vm.canBackProperty().get()).isFalse();
        assertThat(households()).extracting(HouseholdRow::householdNo)
                .containsExactlyInAnyOrder("4415230101001", "4415230101002");
        assertThat(vmPage.history().history()).singleElement().satisfies(b -> {
            assertThat(b.batch()).isEqualTo("1");
            assertThat(b.operator()).isEqualTo("李会计");
            assertThat(b.file()).isEqualTo("示范镇花名册.xlsx");
            assertThat(b.kind()).isEqualTo("花名册");
            assertThat(b.rows()).isEqualTo("6");
            assertThat(b.rejected()).isEqualTo("1");
            assertThat(b.added()).isEqualTo("2");
            assertThat(b.heldBack()).isEqualTo("1");
            assertThat(b.status()).isEqualTo("—");
            assertThat(b.time()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(b.revertible()).isTrue();
        });

        // the same file again: nothing to write, and it says why
        vm.onRestart();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);
        vm.file().onFileChosen(roster);
        vm.check().onCheck();
        vm.onNext();
        vm.onNext();
        assertThat(vm.confirm().alreadyTextProperty().get()).startsWith("此文件（内容完全相同）已于 ").contains("由 李会计 导入（批次 1）");
        assertThat(vm.canApplyProperty().get()).isFalse();

        // next year's roster changes 王建国's household
        ImportViewModel secondPage = new ImportViewModel(s, dialogs, Background.inPlace(), Background.inPlace(),
                changed::incrementAndGet);
        ImportWizardViewModel second = secondPage.wizard();
        second.file().onFileChosen(ImportRosters.write(dir.resolve("2027.xlsx"), ImportRosters.second()));
        second.check().onCheck();
        assertThat(second.preview().diffTitleProperty(DiffStatus.CHANGED).get()).isEqualTo("变更（1）");
        assertThat(second.preview().diffTitleProperty(DiffStatus.UNCHANGED).get()).isEqualTo("无变化（1）");
        assertThat(second.preview().diff(DiffStatus.CHANGED).getFirst().details())
                .isEqualTo("户类型：一般农户 → 脱贫户\n新增成员 王小红");
        second.onNext();
        second.onNext();
        second.confirm().onApply();
        assertThat(second.confirm().resultProperty().get()).startsWith("已导入（批次 2）");
        assertThat(changed.get()).isEqualTo(1);

        // batch 1 cannot be undone over batch 2's changes (the refusal is shown); batch 2 can
        assertThat(secondPage.history().history()).extracting(BatchRow::batch).containsExactly("2", "1");
        BatchRow first = secondPage.history().history().get(1);
        assertThat(secondPage.history().revertHeader(first)).isEqualTo("撤销批次 1（示范镇花名册.xlsx）？");
        assertThat(secondPage.history().revertBody(first)).contains("这批新增的 2 户（连同其成员）从账本中删除");
        secondPage.history().selectedBatchProperty().set(first);
        assertThat(secondPage.history().canRevertProperty().get()).isTrue();
        dialogs.confirmWith(true);
        secondPage.history().onRevert(first);
        assertThat(dialogs.last()).startsWith("confirm: 撤销批次 1（示范镇花名册.xlsx）？ | ");
        assertThat(secondPage.history().historyErrorProperty().get()).startsWith("无法撤销批次 1：");
        assertThat(households()).hasSize(2);
        assertThat(changed.get()).isEqualTo(1);

        BatchRow batch2 = secondPage.history().history().getFirst();
        dialogs.confirmWith(false); // the clerk thinks again: nothing is undone
        secondPage.history().onRevert(batch2);
        assertThat(secondPage.history().history()).hasSize(2);
        dialogs.confirmWith(true);
        secondPage.history().onRevert(batch2);
        assertThat(secondPage.history().historyErrorProperty().get()).isEmpty();
        assertThat(secondPage.history().historyMessageProperty().get()).isEqualTo("已撤销批次 2（撤销记录为批次 3）。");
        assertThat(secondPage.history().history()).extracting(BatchRow::kind)
                .containsExactly("撤销批次 2", "花名册", "花名册");
        assertThat(secondPage.history().history().get(1).status()).isEqualTo("已撤销");
        assertThat(secondPage.history().history().get(1).revertible()).isFalse();
        assertThat(secondPage.history().history().getFirst().revertible()).isFalse();
        assertThat(secondPage.history().history().get(2).revertible()).isTrue();
        assertThat(changed.get()).isEqualTo(2);
        assertThat(s.households().card(households().stream()
                .filter(h -> h.householdNo().equals("4415230101002")).findFirst().orElseThrow().id())
                .household().householdType()).isEqualTo("一般农户");
    }

    @Test
    void theCheckCanBeCancelledAndNothingIsKept() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        LocalDate birth = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 1_200; i++) {
            String first17 = "441523" + birth.plusDays(i * 7L).toString().replace("-", "") + "011";
            rows.add(List.of(String.format("44152301%05d", i), "东坑村", "一般农户", "户主" + i, ImportRosters.id(first17),
                    "男", "户主"));
        }
        Path big = ImportRosters.write(dir.resolve("大.xlsx"), rows);
        Deque<Runnable> queued = new ArrayDeque<>();
        Background later = Background.on(queued::add, Runnable::run); // the work waits until the test runs it
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs, later, Background.inPlace(), () -> { }).wizard();
        vm.file().onFileChosen(big);
        drain(queued);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);

        vm.check().onCheck();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.cancellableProperty().get()).isTrue();
        assertThat(vm.canBackProperty().get()).isFalse();
        assertThat(vm.busyTextProperty().get()).isEqualTo("正在检查…");
        vm.onCancel();
        drain(queued);

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.check().verdictProperty().get()).startsWith("已取消检查");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.plan()).isNull();
        assertThat(vm.canNextProperty().get()).isFalse();
        assertThat(vm.canCheckProperty().get()).isTrue();

        // and once more without cancelling: the progress was reported on the way
        vm.check().onCheck();
        drain(queued);
        assertThat(vm.plan()).isNotNull();
        assertThat(vm.plan().counts().rows()).isEqualTo(1_200);
        assertThat(vm.preview().diffTitleProperty(DiffStatus.ADDED).get()).isEqualTo("新增（1,200）");
    }

    @Test
    void aPushListBecomesLeadsForThePersonsTheLedgerHolds() throws Exception {
        ImportWizardViewModel roster2026 = new ImportViewModel(s, dialogs).wizard();
        roster2026.file().onFileChosen(roster);
        roster2026.check().onCheck();
        roster2026.confirm().onApply();
        assertThat(roster2026.appliedProperty().get()).isTrue();

        Path push = ImportRosters.write(dir.resolve("医保局推送.xlsx"), List.of("姓名", "证件号码", "推送原因", "推送日期"),
                List.of(List.of("张大山", ImportRosters.ZHANG, "大额医疗自付", "2026-11-01"),
                        List.of("路人甲", ImportRosters.id("44152319900101991"), "大额医疗自付", "2026-11-01")));
        ImportViewModel vmPage = new ImportViewModel(s, dialogs);
        ImportWizardViewModel vm = vmPage.wizard();
        vm.file().onFileChosen(push);
        assertThat(vm.mapping().kindTextProperty().get()).isEqualTo("部门推送名单（按表头自动识别）");
        assertThat(vm.mapping().pushProperty().get()).isTrue();
        assertThat(vm.mapping().sourceNeededProperty().get()).isTrue();
        assertThat(vm.mapping().mappingRows()).extracting(MappingRow::label).startsWith("姓名", "证件号码")
                .contains("推送部门", "推送原因", "推送日期").doesNotContain("户编号");
        vm.file().sourceProperty().set("县医保局");
        vm.check().onCheck();

        assertThat(vm.check().verdictProperty().get()).isEqualTo("检查完毕：新增线索 1 条，1 人在账本中找不到，0 行有错误。");
        assertThat(vm.preview().leadsTitleProperty().get()).isEqualTo("新增线索（1）");
        assertThat(vm.preview().unmatchedTitleProperty().get()).isEqualTo("未匹配（1）");
        assertThat(vm.preview().leads()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("张大山");
            assertThat(l.source()).isEqualTo("县医保局");
            assertThat(l.reason()).isEqualTo("大额医疗自付");
            assertThat(l.pushedOn()).isEqualTo("2026-11-01");
        });
        assertThat(vm.preview().unmatched()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("路人甲");
            assertThat(u.sheetRow()).isEqualTo("花名册 5");
        });
        vm.onNext();
        vm.onNext();
        assertThat(vm.confirm().confirmLines()).containsExactly("登记推送线索 1 条。", "1 人在账本中找不到，不会登记线索。");
        vm.confirm().onApply();
        assertThat(vm.confirm().resultProperty().get()).isEqualTo("已导入（批次 2）：新增线索 1 条，未匹配 1 人。");
        assertThat(vmPage.history().history().getFirst()).extracting(BatchRow::kind, BatchRow::leads)
                .containsExactly("部门推送名单", "1");
        assertThat(vmPage.history().revertBody(vmPage.history().history().getFirst())).contains("这批登记的 1 条推送线索从账本中删除");
        assertThat(s.leads().openLeads()).hasSize(1);
    }

    @Test
    void progressReadsAsTheClerkWouldSayIt() {
        assertThat(ImportWizardViewModel.describe("读取文件", 0, -1)).isEqualTo("正在读取文件…");
        assertThat(ImportWizardViewModel.describe("读取文件", 12_288, -1)).isEqualTo("正在读取文件…已处理 12,288 行");
        assertThat(ImportWizardViewModel.describe("比对账本", 1_000, 5_000)).isEqualTo("正在比对账本…1,000 / 5,000");
    }

    @Test
    void theClerkCanMarkAFileAsASupplement() {
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        vm.file().onFileChosen(roster);
        assertThat(vm.options().supplement()).isFalse();
        vm.file().supplementProperty().set(true);
        assertThat(vm.options().supplement()).isTrue();
    }

    @Test
    void aMonitoringLineOfTheDifferenceReadsAsAnEventAndAChangedCategoryAsOldToNew() {
        assertThat(PreviewStepViewModel.change(new cn.bangfu.ledger.logic.rosters.FieldChange("新纳入监测", null,
                "脱贫不稳定户；因病；识别于 2025年3月"))).isEqualTo("新纳入监测：脱贫不稳定户；因病；识别于 2025年3月");
        assertThat(PreviewStepViewModel.change(new cn.bangfu.ledger.logic.rosters.FieldChange("类别变化", "边缘易致贫户",
                "突发严重困难户"))).isEqualTo("类别变化：边缘易致贫户 → 突发严重困难户");
    }

    @Test
    void aFileWhoseRowsAllBelongToOtherTownsSaysSoAndNamesTheTowns() throws Exception {
        s.settings().save(new OfficeSettings("示范县", "青山镇", "李会计")); // the wrong office town
        Path file = dir.resolve("示范镇.csv");
        java.nio.file.Files.writeString(file, "乡(镇),行政村,户编号,户类型,姓名,证件号码,与户主关系\n"
                + "示范镇,东坑村,001,脱贫户,张大山," + ImportRosters.ZHANG + ",户主\n");
        ImportWizardViewModel vm = new ImportViewModel(s, dialogs).wizard();
        vm.file().onFileChosen(file);
        vm.check().onCheck();
        assertThat(vm.errorProperty().get()).contains("都属于其他乡镇", "示范镇 1 行", "本乡镇“青山镇”", "设置");
        assertThat(s.importHistory().history()).isEmpty();
    }
}
