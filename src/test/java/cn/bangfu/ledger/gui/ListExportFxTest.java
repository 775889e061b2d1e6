package cn.bangfu.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** 导出Excel of the window's lists: what is shown, with its columns, written to .xlsx. */
class ListExportFxTest extends FxRobot {

    @TempDir
    Path dir;

    LedgerServices s;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        TestWindow.prepare();
        s = LedgerServices.open(dir.resolve("demo.db"));
        s.demo().generate(new DemoGenerator.Options(60, 2026, LocalDate.now()));
        TestWindow.show(s, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        s.close();
    }

    static Sheet firstSheet(Workbook wb) {
        return wb.getSheetAt(0);
    }

    /** The texts of a row of the written sheet whose first cell is {@code first}, or null. */
    static String rowWith(Path xlsx, String text) throws Exception {
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (var row : firstSheet(wb)) {
                StringBuilder sb = new StringBuilder();
                row.forEach(c -> sb.append(f.formatCellValue(c)).append('|'));
                if (sb.toString().contains(text)) {
                    return sb.toString();
                }
            }
        }
        return null;
    }

    @Test
    @Timeout(120)
    void theHouseholdListIsExportedWithAllItsRowsAsShown() throws Exception {
        clickOn("#nav-HOUSEHOLDS");
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#hh-table").queryAs(TableView.class);
        FxWait.waitUntil(() -> !table.getItems().isEmpty());
        Path xlsx = dir.resolve("农户.xlsx");
        dialogs.chooseFile(xlsx);
        clickOn("#hh-export");
        FxWait.waitUntil(() -> dialogs.last().startsWith("info: 已导出"));
        assertThat(dialogs.last()).contains("已把 60 行导出");
        String firstNo = table.getColumns().getFirst().getCellData(0).toString();
        assertThat(rowWith(xlsx, table.getColumns().get(0).getText())).as("the header row").isNotNull();
        assertThat(rowWith(xlsx, firstNo)).as("the first household").isNotNull();
    }

    @Test
    @Timeout(120)
    void aMonitoringListIsExported() throws Exception {
        clickOn("#nav-MONITORING");
        // the first list with rows once the page has read the ledger (the demo always has work to do)
        java.util.concurrent.atomic.AtomicReference<TableView<?>> found = new java.util.concurrent.atomic.AtomicReference<>();
        FxWait.waitUntil(() -> {
            for (var node : lookup(".table-view").queryAll()) {
                if (node.getId() != null && node.getId().startsWith("mon-queue-")
                        && !((TableView<?>) node).getItems().isEmpty()) {
                    found.set((TableView<?>) node);
                    return true;
                }
            }
            return false;
        });
        TableView<?> table = found.get();
        String queue = table.getId().substring("mon-queue-".length());
        interact(() -> {
            for (var node : lookup(".tab-pane").queryAll()) {
                var pane = (javafx.scene.control.TabPane) node;
                pane.getTabs().stream().filter(t -> ("mon-tab-" + queue).equals(t.getId())).findFirst()
                        .ifPresent(t -> pane.getSelectionModel().select(t));
            }
        });
        FxWait.waitUntil(() -> FxWait.onScreen(lookup("#" + table.getId() + "-export").query()));
        Path xlsx = dir.resolve("监测名单.xlsx");
        dialogs.chooseFile(xlsx);
        clickOn("#" + table.getId() + "-export");
        FxWait.waitUntil(() -> dialogs.last().startsWith("info: 已导出"));
        assertThat(dialogs.last()).contains("已把 " + table.getItems().size() + " 行");
        assertThat(rowWith(xlsx, table.getColumns().getFirst().getText())).as("the header row").isNotNull();
    }
}
