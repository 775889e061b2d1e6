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

    @Test
    void aLeadsChangeReadsInChineseOnTheHouseholdCard() {
        AuditEntry lead = new AuditEntry(2, "2026-12-01T21:58:44.076Z", "李会计", "lead", "4", "insert", null,
                "{\"id\":4,\"household_id\":5,\"person_name\":\"李秀英\",\"id_number\":\"441522197202020020\","
                        + "\"source\":\"县医保局\",\"reason\":\"自付超标\",\"pushed_on\":\"2026-11-02\",\"batch_id\":3}",
                null, 3L, 5L);
        AuditText.Line line = new AuditText(List.of(), List.of()).line(lead);
        assertThat(line.what()).isEqualTo("新增推送线索");
        assertThat(line.changes()).startsWith("姓名：李秀英").contains("推送部门：县医保局", "推送原因：自付超标",
                "推送日期：2026-11-02", "导入批次：3").doesNotContain("person_name", "household_id", "lead");

        AuditEntry decided = new AuditEntry(3, "2026-12-02T01:00:00Z", "李会计", "lead", "4", "update",
                "{\"decision\":null}", "{\"decision\":\"不纳入监测\"}", null, null, 5L);
        assertThat(new AuditText(List.of(), List.of()).line(decided).changes()).isEqualTo("处置结论：（空） → 不纳入监测");
    }

    @Test
    void aMeasuresFundIsNamedByItsYearAndName() {
        AuditEntry measure = new AuditEntry(4, "2026-12-02T01:00:00Z", "李会计", "measure", "9", "insert", null,
                "{\"id\":9,\"household_id\":5,\"family\":\"产业帮扶\",\"amount\":200000,\"fund_id\":3}", null,
                null, 5L);
        var fund = new cn.bangfu.ledger.model.Fund(3L, "东西部协作资金", "东西部协作资金", "其他", 2026, null, null);
        assertThat(new AuditText(List.of(), List.of(), List.of(fund)).line(measure).changes())
                .contains("措施类别：产业帮扶", "金额（元）：2,000.00", "支付资金：2026年 东西部协作资金");
        assertThat(new AuditText(List.of(), List.of()).line(measure).changes()).as("a fund not read: its id")
                .contains("支付资金：3");
    }
}
