package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterBook.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.logic.monitoring.LeadService;
import cn.bangfu.ledger.model.Lead;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import writes (its batch, a saved mapping, leads and their disposal, a revert) goes through the
 * Auditor, so the ledger check, which now checks import_batch, column_mapping and lead too, finds nothing.
 */
class ImportChecksCleanTest {

    @TempDir
    Path dir;

    @Test
    void batchesMappingsLeadsAndRevertsLeaveTheLedgerCheckClean() throws Exception {
        ServiceFixture fx = new ServiceFixture(dir);
        try {
            SavedMappings mappings = new SavedMappings(fx.ledger, fx.settings, ServiceFixture.CLOCK);
            ImportPlanning planning = new ImportPlanning(fx.ledger, mappings, ServiceFixture.CLOCK);
            ImportApplying applying = new ImportApplying(fx.ledger, fx.settings, ServiceFixture.CLOCK);
            ImportHistory history = new ImportHistory(fx.ledger, fx.settings, ServiceFixture.CLOCK);
            LeadService leads = new LeadService(fx.ledger, fx.settings, ServiceFixture.CLOCK);
            String head = id("44152219700101001");
            String wife = id("44152219720202002");
            Path roster = new RosterBook().header("户码", "村", "户属性", "名字", "身份证号", "关系")
                    .row("H1", "东坑村", "脱贫户", "张大山", head, "户主")
                    .row("H1", "东坑村", "脱贫户", "李秀英", wife, "配偶").write(dir.resolve("odd.xlsx"));
            var inspection = planning.inspect(roster, ImportOptions.defaults());
            mappings.saveMapping("某县格式", ImportKind.ROSTER, inspection.firstHeader().orElseThrow().names(),
                    inspection.mapping().with(RosterField.NAME, "名字"));
            applying.apply(planning.plan(roster, ImportOptions.defaults().withTown("示范镇"), ImportProgress.NONE),
                    ImportProgress.NONE);

            Path push = new RosterBook().header("姓名", "证件号码", "推送原因", "推送日期")
                    .row("李秀英", wife, "医疗自付费用超过1万元", "2026-11-02").write(dir.resolve("push.xlsx"));
            long pushBatch = applying.apply(planning.plan(push, ImportOptions.defaults().withSource("县医保局"),
                    ImportProgress.NONE), ImportProgress.NONE).batchId();
            Lead lead = leads.openLeads().getFirst();
            leads.dispose(lead.id(), "已入户", Lead.NOT_TAKEN, "实际自付未超标准", ServiceFixture.TODAY);
            Path second = new RosterBook().header("姓名", "证件号码", "推送原因", "推送日期")
                    .row("张大山", head, "残疾", "2026-11-03").write(dir.resolve("push2.xlsx"));
            long secondBatch = applying.apply(planning.plan(second, ImportOptions.defaults().withSource("县残联"),
                    ImportProgress.NONE), ImportProgress.NONE).batchId();
            history.revert(secondBatch);

            assertThat(fx.ledger.<List<Lead>>read(v -> v.leads().all())).hasSize(1);
            assertThat(fx.ledger.<Map<String, Long>>read(v -> v.integrity().rowsWithoutAudit())).isEmpty();
            assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
            assertThat(pushBatch).isPositive();
        } finally {
            fx.ledger.close();
        }
    }
}
