package cn.bangfu.ledger.gui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.TestWindow;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The 报表 page as the clerk uses it: pick a form, see its first page, switch to 公示, export a PDF, and make the
 * month's pack, which opens its folder when done.
 */
class ReportsViewFxTest extends FxRobot {

    @TempDir
    Path dir;

    LedgerServices s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        TestWindow.prepare();
        s = LedgerServices.open(dir.resolve("demo.db"));
        s.demo().generate(new DemoGenerator.Options(80, 2026, LocalDate.now()));
        TestWindow.show(s, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        s.close();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private boolean previewShown() {
        return text("#rep-preview-text").startsWith("预览：第 1 页")
                && lookup("#rep-preview").queryAs(ImageView.class).getImage() != null;
    }

    private ReportsViewModel vm() {
        return ((ReportsView) lookup("#page-REPORTS").query().getProperties().get(ReportsView.class)).viewModel();
    }

    @Test
    @Timeout(180)
    void aFormIsPreviewedExportedAndTheMonthsPackIsMade() throws Exception {
        clickOn("#nav-REPORTS");
        FxWait.waitUntil(() -> lookup("#page-REPORTS").tryQuery().isPresent() && previewShown());
        assertThat(vm().formProperty().get().id()).isEqualTo("monitoring-monthly");
        YearMonth month = vm().monthProperty().get();

        // 公示 of the same form: previewed again
        clickOn("#rep-masked");
        FxWait.waitUntil(() -> vm().maskedProperty().get() && previewShown());

        // 公示名单 exists only as a 公示: 全本 cannot be chosen
        clickOn("#rep-form-publicity-list");
        FxWait.waitUntil(() -> "publicity-list".equals(vm().formProperty().get().id()) && previewShown());
        assertThat(lookup("#rep-full").queryAs(ToggleButton.class).isDisabled()).isTrue();
        assertThat(lookup("#rep-masked").queryAs(ToggleButton.class).isSelected()).isTrue();

        // 导出PDF of 帮扶措施落实台账, full
        clickOn("#rep-form-measures");
        clickOn("#rep-full");
        Path pdf = dir.resolve("台账.pdf");
        dialogs.chooseFile(pdf);
        clickOn("#rep-export-pdf");
        FxWait.waitUntil(() -> Files.exists(pdf) && text("#rep-result").contains("已导出"));
        assertThat(dialogs.seen).anyMatch(x -> x.startsWith("save: 导出报表 | " + month + " 帮扶措施落实台账.pdf"));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());

        // 一键生成本月报表 into a folder; the folder opens when done
        Path out = Files.createDirectory(dir.resolve("报表"));
        dialogs.chooseFile(out);
        clickOn("#rep-pack");
        Path folder = out.resolve(month + " 月度报表");
        FxWait.waitUntil(() -> dialogs.opened.contains(folder));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(27);
        }
        assertThat(text("#rep-result")).contains("已生成 26 个文件");
    }
}
