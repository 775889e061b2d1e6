package cn.bangfu.ledger.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Ledger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void savesReadsAndAuditsTheOfficeSettings() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db"))) {
            SettingsService service = new SettingsService(ledger);
            assertThat(service.office()).isEqualTo(OfficeSettings.EMPTY);
            service.save(new OfficeSettings(" 示范县 ", "示范镇", "李会计"));
            assertThat(service.office()).isEqualTo(new OfficeSettings("示范县", "示范镇", "李会计"));
            assertThat(service.office().officeName()).isEqualTo("示范县示范镇");
            assertThat(service.operator()).isEqualTo("李会计");

            service.save(new OfficeSettings("示范县", "新镇", "李会计"));
            List<AuditEntry> town = ledger.read(v -> v.audit().ofEntity("setting", "office.town"));
            assertThat(town).hasSize(2);
            assertThat(town.get(1).beforeJson()).contains("示范镇");
            assertThat(town.get(1).afterJson()).contains("新镇");
            assertThat(town.get(1).operator()).isEqualTo("李会计");
            // the unchanged county was not written again
            assertThat(ledger.<List<AuditEntry>>read(v -> v.audit().ofEntity("setting", "office.county"))).hasSize(1);
        }
    }

    @Test
    void refusesIncompleteOrOverlongSettingsAndWritesNothing() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db"))) {
            SettingsService service = new SettingsService(ledger);
            assertThatThrownBy(() -> service.save(new OfficeSettings("示范县", "", "")))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining("乡镇名称").hasMessageContaining("操作员");
            assertThat(SettingsService.problems(new OfficeSettings("县", "镇", "很".repeat(41))))
                    .singleElement().asString().contains("最多 40 个字");
            assertThat(service.office()).isEqualTo(OfficeSettings.EMPTY);
            assertThat(ledger.<Long>read(v -> v.audit().count())).isZero();
        }
    }

    @Test
    void anUnsetOperatorFallsBackToTheComputersUser() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db"))) {
            assertThat(new SettingsService(ledger).operator()).isEqualTo(SettingsService.fallbackOperator())
                    .isNotBlank();
        }
    }
}
