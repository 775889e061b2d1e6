package cn.bangfu.ledger.gui.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.TestWindow;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.funds.FundService.FundRow;
import cn.bangfu.ledger.logic.funds.FundService.ProjectRow;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Project;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 帮扶资金 page's forms as the clerk uses them: a fund entered with its money, a project added and allocated to,
 * a payment, a household roster read from an Excel list (a line it cannot match left out), an entry refused in a
 * closed month, a reversal, and a month closed and re-opened from the toolbar.
 */
class FundsEntryFxTest extends FxRobot {

    static final String ZHANG = ServiceFixture.id("44152319700101001");
    static final String LI = ServiceFixture.id("44152319700101002");

    @TempDir
    Path dir;

    LedgerServices s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    long village;

    @BeforeEach
    void open() throws Exception {
        TestWindow.prepare();
        s = LedgerServices.open(dir.resolve("l.db"));
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        village = s.households().addVillage("东坑村");
        s.households().createHousehold(ServiceFixture.household("0001", village),
                ServiceFixture.person("张三", ZHANG, "户主", null, null), null);
        s.households().createHousehold(ServiceFixture.household("0002", village),
                ServiceFixture.person("李四", LI, "户主", null, null), null);
        TestWindow.show(s, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        s.close();
    }

    // ---- what the clerk does

    /** Reads the scene on the FX thread (a lookup from the test thread races the page's own changes). */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return onFx(() -> (TableView<T>) lookup(id).queryAs(TableView.class));
    }

    private boolean showing(String id) {
        return onFx(() -> lookup(id).tryQuery().map(FxWait::onScreen).orElse(false));
    }

    private String text(String id) {
        return onFx(() -> lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    private boolean enabled(String id) {
        return onFx(() -> lookup(id).tryQuery().map(n -> !((Button) n).isDisabled()).orElse(false));
    }

    /** Replaces a field's text by typing. */
    private void retype(String id, String text) {
        clickOn(id);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the keyboard focus to a drop-down (as Tab would) and presses a key on it. */
    private void keyOn(String id, KeyCode key, int times) {
        Node n = lookup(id).query();
        interact(n::requestFocus);
        for (int i = 0; i < times; i++) {
            push(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openFunds() throws Exception {
        clickOn("#nav-FUNDS");
        FxWait.waitUntil(() -> showing("#fund-action-add-fund"));
    }

    private FundRow fund() {
        return s.funds().funds().getFirst();
    }

    private ProjectRow project() {
        return s.funds().projects().getFirst();
    }

    // ---- the tests

    @Test
    @Timeout(120)
    void aFundIsEnteredWithItsMoneyAllocatedToANewProjectAndPaid() throws Exception {
        openFunds();
        clickOn("#fund-action-add-fund");
        FxWait.waitUntil(() -> showing("#fund-fund-name"));
        assertThat(enabled("#fund-fund-save")).as("nothing typed yet").isFalse();
        retype("#fund-fund-name", "2026年中央衔接资金第一批");
        retype("#fund-fund-source .text-field", "衔接资金（中央）"); // an editable list: chosen or typed
        keyOn("#fund-fund-level", KeyCode.DOWN, 1);
        retype("#fund-fund-doc", "粤财农〔2026〕8号");
        retype("#fund-fund-amount", "1,000,000");
        FxWait.waitUntil(() -> enabled("#fund-fund-save"));
        clickOn("#fund-fund-save");
        FxWait.waitUntil(() -> showing("#fund-funds") && text("#fund-notice").contains("已新增资金"));
        assertThat(text("#fund-notice")).contains("1,000,000.00");
        FxWait.waitUntil(() -> !table("#fund-funds").getItems().isEmpty());
        FundsViewModel.FundLine line = this.<FundsViewModel.FundLine>table("#fund-funds").getItems().getFirst();
        assertThat(line.received()).isEqualTo("1,000,000.00");
        assertThat(line.unallocated()).isEqualTo("1,000,000.00");
        assertThat(fund().fund().sourceKind()).isEqualTo("衔接资金（中央）");

        interact(() -> table("#fund-funds").getSelectionModel().select(0));
        clickOn("#fund-action-edit-fund");
        FxWait.waitUntil(() -> showing("#fund-fund-doc"));
        assertThat(lookup("#fund-fund-amount").tryQuery().map(FxWait::onScreen).orElse(false))
                .as("its money is corrected in the journal, not here").isFalse();
        retype("#fund-fund-doc", "粤财农〔2026〕18号");
        push(KeyCode.ENTER);
        FxWait.waitUntil(() -> text("#fund-notice").contains("已保存资金"));
        assertThat(fund().fund().docNo()).isEqualTo("粤财农〔2026〕18号");
        assertThat(fund().receivedFen()).isEqualTo(1_000_000_00L);

        clickOn("#fund-action-add-project");
        FxWait.waitUntil(() -> showing("#fund-project-name"));
        retype("#fund-project-name", "东坑村百香果基地");
        keyOn("#fund-project-category", KeyCode.DOWN, 2); // 产业发展, the second
        retype("#fund-project-planned", "600000");
        FxWait.waitUntil(() -> enabled("#fund-project-save"));
        push(KeyCode.ENTER); // Enter saves
        FxWait.waitUntil(() -> text("#fund-notice").contains("已新增项目"));
        assertThat(project().project().category()).isEqualTo("产业发展");
        assertThat(project().plannedFen()).isEqualTo(600_000_00L);

        clickOn("#fund-action-entry");
        FxWait.waitUntil(() -> showing("#fund-entry-amount"));
        keyOn("#fund-entry-kind", KeyCode.UP, 1); // from 拨付 up to 分配到项目
        assertThat(lookup("#fund-entry-kind").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .hasToString("分配到项目");
        keyOn("#fund-entry-project", KeyCode.DOWN, 1);
        retype("#fund-entry-amount", "600000");
        FxWait.waitUntil(() -> table("#fund-entry-postings").getItems().size() == 2);
        var postings = this.<EntryFormViewModel.PostingRow>table("#fund-entry-postings").getItems();
        assertThat(postings).extracting(EntryFormViewModel.PostingRow::account).containsExactly("项目", "未分配");
        assertThat(postings.get(0).debit()).isEqualTo("600,000.00");
        assertThat(postings.get(1).credit()).isEqualTo("600,000.00");
        assertThat(text("#fund-entry-balance")).contains("1,000,000.00");
        clickOn("#fund-entry-save");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已记账"));
        assertThat(project().allocatedFen()).isEqualTo(600_000_00L);

        clickOn("#fund-action-entry");
        FxWait.waitUntil(() -> showing("#fund-entry-amount"));
        keyOn("#fund-entry-project", KeyCode.DOWN, 1); // the project (拨付 is the kind at first)
        retype("#fund-entry-amount", "250000");
        FxWait.waitUntil(() -> text("#fund-entry-problem").contains("收款方"));
        retype("#fund-entry-payee", "示范镇宏达建筑队");
        retype("#fund-entry-amount", "700000");
        FxWait.waitUntil(() -> text("#fund-entry-problem").contains("余额不足"));
        assertThat(enabled("#fund-entry-save")).as("more than the project holds").isFalse();
        retype("#fund-entry-amount", "250000");
        retype("#fund-entry-voucher", "记-11-003");
        FxWait.waitUntil(() -> enabled("#fund-entry-save"));
        clickOn("#fund-entry-save");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已记账"));
        assertThat(fund().paidFen()).isEqualTo(250_000_00L);
        assertThat(project().paidFen()).isEqualTo(250_000_00L);
        assertThat(s.journal().problems()).isEmpty();
    }

    @Test
    @Timeout(120)
    void aHouseholdRosterIsReadFromExcelAndPostedWithTheLineItCannotMatchLeftOut() throws Exception {
        long fund = s.funds().addFund(new Fund(null, "2026年临时救助资金", "衔接资金（县）", "县", 2026, null, null));
        s.journal().receive(fund, s.households().today(), 50_000_00L, null, "到位");
        Path list = dir.resolve("临时救助发放表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(list)) {
            XSSFSheet sheet = wb.createSheet("东坑村");
            sheet.createRow(0).createCell(0).setCellValue("临时救助发放表");
            String[] head = {"姓名", "身份证号", "金额", "一卡通账号"};
            XSSFRow h = sheet.createRow(1);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {{"张三", ZHANG, 2000, "6217000012345678901"}, {"李四", LI, 1500.5, "6217000012345678902"},
                    {"赵六", ServiceFixture.id("44152319800101009"), 800, "6217000012345678903"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
                row.createCell(3).setCellValue((String) rows[r][3]);
            }
            wb.write(out);
        }
        openFunds();
        clickOn("#fund-action-roster");
        FxWait.waitUntil(() -> showing("#fund-roster-read"));
        retype("#fund-roster-voucher", "记-12-001");
        retype("#fund-roster-kind .text-field", "临时救助");
        dialogs.chooseFile(list);
        clickOn("#fund-roster-read");
        FxWait.waitUntil(() -> table("#fund-roster-lines").getItems().size() == 3);
        assertThat(text("#fund-roster-summary")).contains("可发放 2 笔", "3,500.50", "有问题 1 行");
        assertThat(text("#fund-roster-problem")).contains("1 行");
        assertThat(enabled("#fund-roster-save")).as("a line it cannot match stops the roster").isFalse();
        var zhao = this.<RosterFormViewModel.LineRow>table("#fund-roster-lines").getItems().get(2);
        assertThat(zhao.name()).isEqualTo("赵六");
        assertThat(zhao.problem()).isTrue();

        clickOn("#fund-roster-leave-out");
        FxWait.waitUntil(() -> !showing("#fund-roster-leave-out"));
        assertThat(text("#fund-roster-postings")).contains("农户 2 笔", "3,500.50");
        FxWait.waitUntil(() -> enabled("#fund-roster-save"));
        interact(() -> lookup("#fund-roster-lines").query().requestFocus());
        push(KeyCode.ENTER); // Enter on the table is the table's: nothing is posted by it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.seen).noneMatch(q -> q.startsWith("confirm:"));
        dialogs.confirmWith(false);
        clickOn("#fund-roster-save");
        FxWait.waitUntil(() -> dialogs.last().startsWith("confirm: 发放到户"));
        assertThat(dialogs.last()).contains("发放 2 笔，合计 3,500.50 元");
        assertThat(fund().paidFen()).as("the clerk said no").isZero();
        dialogs.confirmWith(true);
        clickOn("#fund-roster-save");
        FxWait.waitUntil(() -> text("#fund-notice").contains("发放 2 笔"));
        assertThat(fund().paidFen()).isEqualTo(3_500_50L);
        var paid = s.journal().journal(fund, null, null, "发放到户", 0, 10).entries();
        assertThat(paid).singleElement().satisfies(e -> {
            assertThat(e.entry().voucherNo()).isEqualTo("记-12-001");
            assertThat(e.entry().memo()).isEqualTo("临时救助");
        });
        assertThat(s.journal().problems()).isEmpty();
    }

    @Test
    @Timeout(120)
    void aClosedMonthRefusesTheEntryAndAReversalUndoesAPayment() throws Exception {
        LocalDate today = s.households().today();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        long fund = s.funds().addFund(new Fund(null, "2026年驻镇帮镇扶村资金", "驻镇帮镇扶村资金", "省", 2026, null, null));
        s.journal().receive(fund, last.atDay(5), 10_000_00L, null, "到位");
        long wrong = s.journal().pay(fund, null, "东坑村委会", today, 1_000_00L, "记-01", "村道维修");
        openFunds();

        dialogs.answerText(last.toString()).confirmWith(true);
        clickOn("#fund-action-close");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已结账"));
        assertThat(dialogs.seen).anyMatch(q -> q.startsWith("confirm: 结账"));

        clickOn("#fund-action-entry");
        FxWait.waitUntil(() -> showing("#fund-entry-amount"));
        retype("#fund-entry-payee", "东坑村委会");
        retype("#fund-entry-amount", "100");
        retype("#fund-entry-date .text-field", cn.bangfu.ledger.gui.common.Formats.date(last.atDay(20)));
        FxWait.waitUntil(() -> text("#fund-entry-problem").contains("已结账"));
        assertThat(text("#fund-entry-problem")).contains(cn.bangfu.ledger.model.Months.text(last), "重新开账");
        assertThat(enabled("#fund-entry-save")).isFalse();
        push(KeyCode.ESCAPE); // Esc cancels: back to the lists, nothing written
        FxWait.waitUntil(() -> showing("#fund-funds"));
        assertThat(s.journal().journal(fund, null, null, null, 0, 10).total()).isEqualTo(2);

        clickOn("#fund-tab-journal .tab-label");
        FxWait.waitUntil(() -> table("#fund-journal").getItems().size() == 2);
        interact(() -> this.<FundsViewModel.EntryLine>table("#fund-journal").getSelectionModel().select(
                this.<FundsViewModel.EntryLine>table("#fund-journal").getItems().stream()
                        .filter(e -> e.id() == wrong).findFirst().orElseThrow()));
        dialogs.answerText("收款方录错");
        clickOn("#fund-action-reverse");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已记冲销凭证"));
        FxWait.waitUntil(() -> table("#fund-journal").getItems().size() == 3);
        assertThat(fund().paidFen()).isZero();
        assertThat(this.<FundsViewModel.EntryLine>table("#fund-journal").getItems())
                .filteredOn(e -> e.id() == wrong).singleElement()
                .satisfies(e -> assertThat(e.reversal()).startsWith("已被 #"));

        keyOn("#fund-filter-kind", KeyCode.DOWN, 7); // 全部, 资金到位, 分配到项目, 拨付, 发放到户, 收回, 结余调整, 冲销
        FxWait.waitUntil(() -> table("#fund-journal").getItems().size() == 1);

        dialogs.answerText(last.toString()).answerText("县里退回报表，需更正");
        clickOn("#fund-action-reopen");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已重新开账"));
        assertThat(s.journal().closes().getFirst().reopenReason()).isEqualTo("县里退回报表，需更正");
    }

    @Test
    @Timeout(120)
    void aProjectMovesOnToCompletedWithItsDateAndItsBeneficiaryHouseholdsLinked() throws Exception {
        long project = s.funds().addProject(new Project(null, "东坑村村道硬化", "乡村建设/基础设施", village, "示范镇人民政府",
                Project.UNDER_WAY, s.households().today().minusMonths(2), null, null, null, null, null));
        openFunds();
        clickOn("#fund-tab-projects .tab-label");
        FxWait.waitUntil(() -> table("#fund-projects").getItems().size() == 1);
        clickOn("#fund-action-edit-project");
        FxWait.waitUntil(() -> dialogs.last().contains("请先在“项目库”中选中"));
        interact(() -> table("#fund-projects").getSelectionModel().select(0));
        clickOn("#fund-action-edit-project");
        FxWait.waitUntil(() -> showing("#fund-project-linked"));
        assertThat(lookup("#fund-project-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("东坑村村道硬化");
        keyOn("#fund-project-status", KeyCode.DOWN, 1); // 实施中 → 已完工
        FxWait.waitUntil(() -> text("#fund-project-problem").contains("完工日期"));
        assertThat(enabled("#fund-project-save")).isFalse();
        retype("#fund-project-completed .text-field",
                cn.bangfu.ledger.gui.common.Formats.date(s.households().today().minusDays(3)));
        retype("#fund-project-linked", "0001，0002 9999");
        FxWait.waitUntil(() -> enabled("#fund-project-save"));
        clickOn("#fund-project-save");
        FxWait.waitUntil(() -> text("#fund-project-message").contains("9999"));
        assertThat(s.funds().projectDetail(project).householdNos()).as("the refused save linked nothing").isEmpty();

        retype("#fund-project-linked", "0001，0002");
        clickOn("#fund-project-save");
        FxWait.waitUntil(() -> text("#fund-notice").contains("已保存项目"));
        var detail = s.funds().projectDetail(project);
        assertThat(detail.project().status()).isEqualTo(Project.COMPLETED);
        assertThat(detail.project().completedOn()).isEqualTo(s.households().today().minusDays(3));
        assertThat(detail.householdNos()).containsExactlyInAnyOrder("0001", "0002");

        interact(() -> table("#fund-projects").getSelectionModel().select(0));
        clickOn("#fund-action-edit-project");
        FxWait.waitUntil(() -> showing("#fund-project-linked"));
        assertThat(lookup("#fund-project-linked").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("0001 0002");
        retype("#fund-project-linked", "0002");
        push(KeyCode.ENTER);
        FxWait.waitUntil(() -> text("#fund-notice").contains("已保存项目"));
        assertThat(s.funds().projectDetail(project).householdNos()).containsExactly("0002");
    }
}
