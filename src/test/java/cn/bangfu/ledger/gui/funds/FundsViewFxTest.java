package cn.bangfu.ledger.gui.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.TestWindow;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** 帮扶资金 as the clerk opens it: the funds with their balances, the projects, the journal, 导出Excel. */
class FundsViewFxTest extends FxRobot {

    @TempDir
    Path dir;

    LedgerServices s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        TestWindow.prepare();
        s = LedgerServices.open(dir.resolve("l.db"));
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        long village = s.households().addVillage("东坑村");
        long fund = s.funds().addFund(new Fund(null, "2026年中央衔接资金", "衔接资金（中央）", "中央", 2026,
                "粤财农〔2026〕8号", null));
        long project = s.funds().addProject(new Project(null, "东坑村百香果基地", "产业发展", village, null,
                Project.UNDER_WAY, null, null, null, null, null, null));
        LocalDate day = LocalDate.now().minusDays(3);
        s.journal().receive(fund, day, 1_234_567_89L, "粤财农〔2026〕8号", "中央资金到位");
        s.journal().allocate(fund, project, day, 500_000_00L, "百香果基地");
        long wrong = s.journal().pay(fund, project, "宏达建筑队", day, 100_000_00L, "记-01", "首期工程款");
        s.journal().reverse(wrong, day, "金额录错");
        s.journal().pay(fund, project, "宏达建筑队", day, 125_000_00L, "记-02", "首期工程款（更正）");
        TestWindow.show(s, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        s.close();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) lookup(id).queryAs(TableView.class);
    }

    @Test
    @Timeout(120)
    void theFundsProjectsAndJournalAreShownInYuanAndExported() throws Exception {
        clickOn("#nav-FUNDS");
        FxWait.waitUntil(() -> lookup("#fund-funds").tryQuery().isPresent()
                && !table("#fund-funds").getItems().isEmpty());
        FundsViewModel.FundLine f = this.<FundsViewModel.FundLine>table("#fund-funds").getItems().getFirst();
        assertThat(f.name()).isEqualTo("2026年中央衔接资金");
        assertThat(f.received()).isEqualTo("1,234,567.89");
        assertThat(f.allocated()).isEqualTo("500,000.00");
        assertThat(f.paid()).isEqualTo("125,000.00");
        assertThat(f.unallocated()).isEqualTo("734,567.89");
        assertThat(f.progress()).isEqualTo("25.00%");
        assertThat(lookup("1,234,567.89").tryQuery()).as("on screen, not only in the model").isPresent();

        clickOn("#fund-tab-projects .tab-label");
        FxWait.waitUntil(() -> !table("#fund-projects").getItems().isEmpty());
        FundsViewModel.ProjectLine p = this.<FundsViewModel.ProjectLine>table("#fund-projects").getItems().getFirst();
        assertThat(p.village()).isEqualTo("东坑村");
        assertThat(p.paid()).isEqualTo("125,000.00");

        clickOn("#fund-tab-journal .tab-label");
        FxWait.waitUntil(() -> table("#fund-journal").getItems().size() == 5);
        var entries = this.<FundsViewModel.EntryLine>table("#fund-journal").getItems();
        assertThat(entries).extracting(FundsViewModel.EntryLine::kind).contains("冲销", "拨付", "资金到位");
        assertThat(entries).filteredOn(e -> e.voucher().equals("记-01") && e.kind().equals("拨付")).singleElement()
                .satisfies(e -> assertThat(e.reversal()).startsWith("已被 #"));
        assertThat(entries).filteredOn(e -> e.kind().equals("冲销")).singleElement()
                .satisfies(e -> assertThat(e.reversal()).startsWith("冲销 #"));

        Path out = dir.resolve("凭证.xlsx");
        dialogs.chooseFile(out);
        clickOn("#fund-journal-export");
        FxWait.waitUntil(() -> Files.exists(out) && dialogs.last().contains("已导出"));
        try (var wb = WorkbookFactory.create(out.toFile())) {
            var sheet = wb.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).contains("首期工程款（更正）", "冲销凭证");
        }
    }
}
