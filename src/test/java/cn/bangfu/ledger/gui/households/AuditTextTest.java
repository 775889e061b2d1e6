package cn.bangfu.ledger.gui.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change history as the clerk reads it. */
class AuditTextTest {

    @Test
    void theSearchInitialsDerivedFromTheNameStayOutOfTheHistoryAndAnImportNamesItsFile() {
        AuditEntry imported = new AuditEntry(1, "2026-12-01T21:58:44.076Z", "李会计", "member", "7", "insert", null,
                "{\"name\":\"田伟\",\"name_initials\":\"tw\",\"relation\":\"户主\"}", "导入花名册“roster.xlsx”（批次 3）",
                3L, 5L);
        AuditText.Line line = new AuditText(List.of(), List.of()).line(imported);
        assertThat(line.changes()).contains("田伟").doesNotContain("tw").doesNotContain("name_initials");
        assertThat(line.reason()).isEqualTo("导入花名册“roster.xlsx”（批次 3）");
        assertThat(line.at()).doesNotEndWith("Z");
    }
}
