package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ColumnMapping;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportPlanning;
import cn.bangfu.ledger.logic.rosters.ImportResult;
import cn.bangfu.ledger.logic.rosters.RosterField;
import cn.bangfu.ledger.logic.rosters.RowProblem;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Timestamps;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** The import commands: import a roster or push list, list the import history, revert a batch. */
final class ImportCommands {

    private ImportCommands() {
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, description = {"导入县里下发的花名册或部门推送名单（.xlsx/.xls/CSV）/ import a county roster or a"
            + " department push list",
        "退出码：0 已导入（或检查无误的 --dry-run），1 整个文件被拒绝（未写入任何内容），3 有行被拒绝（其余各户已导入，--dry-run 时不写入）"})
    static final class Import extends Cli.Sub {
        @Parameters(paramLabel = "FILE", description = "花名册文件（按内容识别格式，不看扩展名）")
        Path file;

        @Option(names = "--town", paramLabel = "NAME", description = "只导入该乡镇的行（文件有乡镇列时）；默认为设置中的本乡镇")
        String town;

        @Option(names = "--all-towns", description = "导入所有乡镇的行（不按乡镇筛选）")
        boolean allTowns;

        @Option(names = "--sheet", paramLabel = "NAME", description = "只读这个工作表；默认读所有工作表")
        String sheet;

        @Option(names = "--mapping", paramLabel = "NAME", description = "使用已保存的列对应关系；默认按表头自动套用或推荐")
        String mapping;

        @Option(names = "--push", description = "按部门比对推送名单导入（默认按表头自动判断）")
        boolean push;

        @Option(names = "--source", paramLabel = "DEPT", description = "推送部门（推送名单没有“推送部门”列时）")
        String source;

        @Option(names = "--dry-run", description = "只检查和比对，不写入账本")
        boolean dryRun;

        @Option(names = "--supplement", description = "补充名单：文件只含部分农户（例如改正后的问题行），"
                + "不列出“账本有名册无”的户；导出的问题行文件总按补充名单导入")
        boolean supplement;

        @Option(names = "--errors", paramLabel = "XLSX", description = "把被拒绝的行（原列 + 问题说明）另存为 .xlsx，改正后可再次导入")
        Path errors;

        @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new LedgerException("找不到要导入的文件：" + file + "。");
            }
            try (LedgerServices s = LedgerServices.openExisting(ledgerFile())) {
                ImportPlanning planning = s.importPlanning();
                String officeTown = blankToNull(s.settings().office().town());
                Optional<ImportBatch> before = json ? Optional.empty() : planning.importedBefore(file);
                if (before.isPresent()) {
                    out().println(ImportPlanning.alreadyImportedMessage(before.get()));
                    return Cli.OK;
                }
                ImportOptions options = ImportOptions.defaults().withSheet(sheet).withSource(source)
                        .withKind(push ? ImportKind.PUSH : null).asSupplement(supplement)
                        .withTown(allTowns ? null : town != null ? town : officeTown);
                var inspection = planning.inspect(file, options);
                if (!allTowns && options.town() == null && inspection.mapping().maps(RosterField.TOWN)) {
                    throw new LedgerException("还没有设置本乡镇，不知道该导入文件中哪个乡镇的行（文件有“"
                            + inspection.mapping().columns().get(RosterField.TOWN) + "”列）。请先在程序的“设置”中填写本乡镇，"
                            + "或用 --town 乡镇名 指定要导入的乡镇，或用 --all-towns 导入所有乡镇的行。账本没有变化。");
                }
                if (mapping != null) {
                    ColumnMapping named = s.savedMappings().mappingNamed(mapping, inspection.firstHeader().orElseThrow().names());
                    options = options.withMapping(named);
                }
                ImportPlan plan = planning.plan(file, options, cn.bangfu.ledger.logic.rosters.ImportProgress.NONE);
                ImportResult result = dryRun ? new ImportResult(false, null, null)
                        : s.importApplying().apply(plan, cn.bangfu.ledger.logic.rosters.ImportProgress.NONE);
                if (errors != null && plan.hasRejectedRows()) {
                    planning.writeErrors(plan, errors);
                }
                if (json) {
                    out().println(JsonMapper.builder().build().writeValueAsString(toJson(plan, result)));
                } else {
                    printSummary(out(), plan, result, dryRun, errors);
                }
                if (!json && result.message() != null) {
                    out().println(result.message());
                }
                return plan.hasRejectedRows() && plan.alreadyImported().isEmpty() ? Cli.ROWS_REJECTED : Cli.OK;
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    static Map<String, Object> toJson(ImportPlan plan, ImportResult result) {
        var c = plan.counts();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", c.rows());
        json.put("skipped_rows", c.skippedRows());
        json.put("other_towns", c.otherTowns());
        Map<String, Object> households = new LinkedHashMap<>();
        households.put("added", c.householdsAdded());
        households.put("changed", c.householdsChanged());
        households.put("unchanged", c.householdsUnchanged());
        households.put("missing", c.householdsMissing());
        households.put("held_back", c.householdsHeldBack());
        json.put("households", households);
        Map<String, Object> persons = new LinkedHashMap<>();
        persons.put("added", c.personsAdded());
        persons.put("changed", c.personsChanged());
        persons.put("unchanged", c.personsUnchanged());
        persons.put("missing", c.personsMissing());
        json.put("persons", persons);
        if (plan.kind() == ImportKind.PUSH) {
            Map<String, Object> leads = new LinkedHashMap<>();
            leads.put("added", c.leadsAdded());
            leads.put("unchanged", c.leadsUnchanged());
            leads.put("unmatched", c.unmatched());
            json.put("leads", leads);
        }
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RowProblem p : plan.errors()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("row", p.row());
            r.put("column", p.column());
            r.put("code", p.code());
            r.put("message", p.message());
            rejected.add(r);
        }
        json.put("rejected", rejected);
        json.put("applied", result.applied());
        json.put("batch", result.batchId());
        return json;
    }

    private static void printSummary(PrintWriter out, ImportPlan plan, ImportResult result,
            boolean dryRun, Path errors) {
        var c = plan.counts();
        out.printf("文件：%s（%s）%n", plan.file().getFileName(), plan.kind().label());
        plan.headers().forEach(h -> out.printf("  工作表“%s”：表头在第 %s 行，%d 列%n", h.sheet(),
                h.firstRow() == h.lastRow() ? String.valueOf(h.firstRow()) : h.firstRow() + "–" + h.lastRow(),
                h.names().size()));
        plan.skippedSheets().forEach((name, n) -> out.printf("  工作表“%s”：找不到表头，已跳过%n", name));
        out.printf("数据行 %d，跳过的空行/合计行 %d，其他乡镇的行 %d%n", c.rows(), c.skippedRows(), c.otherTowns());
        if (plan.kind() == ImportKind.ROSTER) {
            out.printf("户：新增 %d，变更 %d，无变化 %d，账本有名册无 %d，暂缓 %d%n", c.householdsAdded(), c.householdsChanged(),
                    c.householdsUnchanged(), c.householdsMissing(), c.householdsHeldBack());
            out.printf("人：新增 %d，变更 %d，无变化 %d，账本有名册无 %d%n", c.personsAdded(), c.personsChanged(),
                    c.personsUnchanged(), c.personsMissing());
            if (c.monitoringOpened() + c.eliminationsMarked() + c.categoriesChanged() > 0) {
                out.printf("监测：新纳入监测 %d 户，标注消除 %d 户，类别变化 %d 户%n", c.monitoringOpened(), c.eliminationsMarked(),
                        c.categoriesChanged());
            }
            if (plan.options().supplement()) {
                out.println("这是补充名单（只含部分农户）：不比对账本中其他的户，不列出“账本有名册无”。");
            }
        } else {
            out.printf("线索：新增 %d，已有 %d，账本中找不到的人 %d%n", c.leadsAdded(), c.leadsUnchanged(), c.unmatched());
            plan.unmatched().stream().limit(20).forEach(u -> out.printf("  未匹配：第%d行 %s %s%n", u.row(), u.name(),
                    u.idNumber()));
        }
        List<RowProblem> errs = plan.errors();
        if (!errs.isEmpty()) {
            out.printf("被拒绝的行 %d（问题 %d 个）：%n", c.rejectedRows(), errs.size());
            errs.stream().limit(50).forEach(p -> out.printf("  %s第%d行 %s [%s] %s%n",
                    p.sheet().isEmpty() ? "" : p.sheet() + " ", p.row(), p.column() == null ? "" : p.column(), p.label(),
                    p.message()));
            if (errs.size() > 50) {
                out.printf("  …… 另有 %d 个问题%s%n", errs.size() - 50, errors == null ? "（用 --errors 文件.xlsx 导出全部问题行）" : "");
            }
            if (errors != null) {
                out.printf("问题行已另存为：%s%n", errors);
            }
        }
        long warnings = plan.problems().size() - errs.size();
        if (warnings > 0) {
            out.printf("提示（不影响导入）%d 条%n", warnings);
        }
        if (dryRun) {
            out.println("这是检查（--dry-run），没有写入账本。");
        }
    }

    @Command(name = "import-history", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, description = "导入记录：每批的文件、时间、操作员和数量 / the import history")
    static final class History extends Cli.Sub {
        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                List<ImportBatch> batches = s.importHistory().history();
                if (batches.isEmpty()) {
                    out().println("还没有导入记录。");
                }
                for (ImportBatch b : batches) {
                    if (ImportBatch.REVERT.equals(b.kind())) {
                        out().printf("批次 %d  %s  %s  撤销了批次 %d（%s）%n", b.id(), Timestamps.local(b.importedAt()), b.operator(),
                                b.revertsBatchId(), b.fileName());
                    } else {
                        out().printf("批次 %d  %s  %s  %s  行 %d（拒绝 %d）  户 新增 %d 变更 %d 暂缓 %d  线索 %d  SHA-256 %s%n",
                                b.id(), Timestamps.local(b.importedAt()), b.operator(), b.fileName(), b.rowsRead(), b.rowsRejected(),
                                b.householdsAdded(), b.householdsChanged(), b.householdsHeldBack(), b.leadsAdded(),
                                b.fileSha256());
                    }
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "import-revert", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, description = "撤销一批导入（以新的留痕修改撤回，导入后又被改过的记录不撤）/ revert an import batch")
    static final class Revert extends Cli.Sub {
        @Parameters(paramLabel = "BATCH", description = "批次号（见 import-history）")
        long batch;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openExisting(ledgerFile())) {
                long id = s.importHistory().revert(batch);
                out().printf("已撤销批次 %d（撤销记录为批次 %d）。%n", batch, id);
            }
            return Cli.OK;
        }
    }
}
