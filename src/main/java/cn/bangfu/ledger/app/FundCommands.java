package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.FundService.FundRow;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.PaymentRoster;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.JournalEntry;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Months;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** The funds commands: the fund list with balances, the journal, a household payment list, and the month close. */
final class FundCommands {

    private FundCommands() {
    }

    @Command(name = "funds", description = "帮扶资金：每项资金的到位、已分配、已拨付、余额和支出进度 / the funds with balances")
    static final class Funds extends Cli.Sub {
        @Option(names = "--json", description = "输出 JSON / print JSON")
        boolean json;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                List<FundRow> rows = s.funds().funds();
                if (json) {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (FundRow r : rows) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", r.fund().id());
                        m.put("name", r.fund().name());
                        m.put("source_kind", r.fund().sourceKind());
                        m.put("level", r.fund().level());
                        m.put("year", r.fund().year());
                        m.put("doc_no", r.fund().docNo());
                        m.put("received_fen", r.receivedFen());
                        m.put("allocated_fen", r.allocatedFen());
                        m.put("paid_fen", r.paidFen());
                        m.put("unallocated_fen", r.unallocatedFen());
                        m.put("unpaid_fen", r.unpaidFen());
                        out.add(m);
                    }
                    out().println(JsonMapper.builder().build().writeValueAsString(out));
                    return Cli.OK;
                }
                if (rows.isEmpty()) {
                    out().println("账本中还没有帮扶资金。");
                    return Cli.OK;
                }
                out().printf("%-4s %-24s %6s %16s %16s %16s %16s %8s%n", "编号", "资金", "年度", "到位（元）", "已分配（元）",
                        "已拨付（元）", "未分配（元）", "支出进度");
                for (FundRow r : rows) {
                    out().printf("%-4d %-24s %6d %16s %16s %16s %16s %8s%n", r.fund().id(), r.fund().name(),
                            r.fund().year(), yuan(r.receivedFen()), yuan(r.allocatedFen()), yuan(r.paidFen()),
                            yuan(r.unallocatedFen()),
                            r.progress() == null ? "—" : String.format("%.2f%%", r.progress() * 100));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "journal", description = "资金账：记账凭证及其分录，新的在前 / the funds journal, newest first")
    static final class Journal extends Cli.Sub {
        @Option(names = "--fund", paramLabel = "ID", description = "只看这项资金")
        Long fund;

        @Option(names = "--month", paramLabel = "YYYY-MM", converter = ReportCommands.MonthConverter.class,
                description = "只看这个月")
        YearMonth month;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "最多列出几张，默认 ${DEFAULT-VALUE}")
        int limit;

        @Option(names = "--json", description = "输出 JSON / print JSON")
        boolean json;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                JournalService.Page page = s.journal().journal(fund, null, month, null, 0, Math.max(1, limit));
                if (json) {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (JournalService.EntryLine e : page.entries()) {
                        out.add(json(e));
                    }
                    Map<String, Object> all = new LinkedHashMap<>();
                    all.put("total", page.total());
                    all.put("entries", out);
                    out().println(JsonMapper.builder().build().writeValueAsString(all));
                    return Cli.OK;
                }
                Map<Long, String> projects = new java.util.HashMap<>();
                s.funds().projects().forEach(p -> projects.put(p.project().id(), p.project().name()));
                out().printf("共 %d 张凭证%s%n", page.total(), page.total() > page.entries().size()
                        ? "（列出最新的 " + page.entries().size() + " 张，用 --limit 看更多）" : "");
                for (JournalService.EntryLine e : page.entries()) {
                    JournalEntry x = e.entry();
                    out().printf("#%d  %s  %s  %s  %s%s%n", x.id(), x.entryOn(), x.kind(),
                            x.voucherNo() == null ? "" : x.voucherNo(), x.memo(),
                            e.reversedBy() == null ? "" : "  （已被 #" + e.reversedBy().id() + " 冲销）");
                    for (PrintedLine l : lines(e, projects)) {
                        out().printf("      资金 %d  %-4s %s %16s%n", l.fundId(), l.account(), l.where(),
                                yuan(l.amountFen()));
                    }
                }
            }
            return Cli.OK;
        }

        /** A line as printed: where the money went (payee, project, or the number of households). */
        record PrintedLine(long fundId, String account, String where, long amountFen) {
        }

        private static List<PrintedLine> lines(JournalService.EntryLine e, Map<Long, String> projects) {
            return e.lines().stream().map(l -> new PrintedLine(l.fundId(), l.account(),
                    l.payee() != null ? l.payee()
                            : JournalService.HOUSEHOLD.equals(l.account()) ? String.format("%,d 户", l.count())
                                    : l.projectId() == null ? ""
                                            : "#" + l.projectId() + " " + projects.getOrDefault(l.projectId(), ""),
                    l.amountFen())).toList();
        }

        private static Map<String, Object> json(JournalService.EntryLine e) {
            Map<String, Object> m = new LinkedHashMap<>();
            JournalEntry x = e.entry();
            m.put("id", x.id());
            m.put("date", x.entryOn().toString());
            m.put("kind", x.kind());
            m.put("voucher_no", x.voucherNo());
            m.put("memo", x.memo());
            m.put("operator", x.operator());
            m.put("reverses", x.reversesId());
            m.put("reversed_by", e.reversedBy() == null ? null : e.reversedBy().id());
            List<Map<String, Object>> lines = new ArrayList<>();
            e.lines().forEach(p -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("fund", p.fundId());
                l.put("account", p.account());
                l.put("project", p.projectId());
                l.put("payee", p.payee());
                l.put("postings", p.count());
                l.put("amount_fen", p.amountFen());
                lines.add(l);
            });
            m.put("lines", lines);
            return m;
        }
    }

    @Command(name = "payments", description = {"发放到户：读入银行或县里的发放名单（.xlsx/.xls/CSV），按身份证号（无证号时按唯一的姓名）"
            + "匹配在册成员，预览合计后记为一张发放到户凭证 / post a household payment list",
        "退出码：0 已记账（或无误的 --dry-run），1 整个文件被拒绝，3 有行未匹配或有误（列出这些行；未记账，除非 --skip-problems）"})
    static final class Payments extends Cli.Sub {
        @Parameters(paramLabel = "FILE", description = "发放名单（要有“姓名”“金额”列，最好有“身份证号”和“一卡通账号”）")
        Path file;

        @Option(names = "--fund", required = true, paramLabel = "ID", description = "从哪项资金发放（见 funds）")
        long fund;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "发放什么，写入凭证摘要：临时救助、产业奖补、公益性岗位补贴……")
        String kind;

        @Option(names = "--project", paramLabel = "ID", description = "从哪个项目的已分配资金发放；不写则从资金未分配余额发放")
        Long project;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "凭证日期，默认今天")
        java.time.LocalDate date;

        @Option(names = "--voucher", paramLabel = "NO", description = "凭证号")
        String voucher;

        @Option(names = "--dry-run", description = "只读入、匹配、预览合计，不记账")
        boolean dryRun;

        @Option(names = "--skip-problems", description = "有问题的行不发放，其余照常记账（默认有问题行时整张名单不记账）")
        boolean skipProblems;

        @Option(names = "--json", description = "输出 JSON / print JSON")
        boolean json;

        @Override
        public Integer call() {
            if (kind.isBlank()) {
                throw new LedgerException("要写明发放什么：--kind 临时救助");
            }
            try (LedgerServices s = dryRun ? LedgerServices.openReadOnly(Cli.existing(ledgerFile()))
                    : LedgerServices.openExisting(Cli.existing(ledgerFile()))) {
                var f = s.funds().funds().stream().filter(r -> r.fund().id() == fund).findFirst()
                        .orElseThrow(() -> new LedgerException("没有编号为 " + fund + " 的资金（用 funds 查看编号）。"));
                PaymentRoster roster = s.paymentRosters().read(file, () -> false);
                int problems = roster.problemCount();
                PaymentRoster toPost = problems > 0 && skipProblems ? roster.withProblemsLeftOut() : roster;
                Long entry = null;
                if (!dryRun && toPost.problemCount() == 0 && toPost.payableCount() > 0) {
                    java.time.LocalDate on = date != null ? date : java.time.LocalDate.now();
                    entry = s.journal().payHouseholds(fund, project, on, voucher, kind.strip(), toPost.householdLines());
                }
                if (json) {
                    out().println(JsonMapper.builder().build().writeValueAsString(json(roster, entry)));
                } else {
                    print(roster, f.fund().name(), entry);
                }
                return problems > 0 ? Cli.ROWS_REJECTED : Cli.OK;
            }
        }

        private void print(PaymentRoster roster, String fundName, Long entry) {
            out().printf("名单：%s，共 %,d 行；可发放 %,d 户 %s 元（资金：%s）%n", roster.source(), roster.lines().size(),
                    roster.payableCount(), yuan(roster.payableFen()), fundName);
            for (PaymentRoster.Line l : roster.lines()) {
                if (l.problem()) {
                    out().printf("  第 %d 行  %s  %s  %s：%s%n", l.row(), l.name(), l.idText(), l.status().label(), l.note());
                } else if (!l.note().isEmpty()) {
                    out().printf("  第 %d 行  %s  提示：%s%n", l.row(), l.name(), l.note());
                }
            }
            if (entry != null) {
                out().printf("已记账：凭证 #%d，发放到户 %,d 户，合计 %s 元%s。%n", entry,
                        roster.payableCount(), yuan(roster.payableFen()),
                        roster.problemCount() > 0 ? "（" + roster.problemCount() + " 行有问题，未发放）" : "");
            } else if (dryRun) {
                out().println("这是检查（--dry-run），没有记账。");
            } else if (roster.problemCount() > 0) {
                out().printf("有 %d 行未匹配或有误，整张名单没有记账：请改正名单后重新读入，或加 --skip-problems 只发放其余各行。%n",
                        roster.problemCount());
            } else {
                out().println("名单里没有可发放的行，没有记账。");
            }
        }

        private static Map<String, Object> json(PaymentRoster roster, Long entry) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", roster.source());
            m.put("lines", roster.lines().size());
            m.put("payable", roster.payableCount());
            m.put("payable_fen", roster.payableFen());
            m.put("problems", roster.problemCount());
            m.put("entry", entry);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PaymentRoster.Line l : roster.lines()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("row", l.row());
                r.put("name", l.name());
                r.put("status", l.status().label());
                r.put("household_no", l.householdNo().isEmpty() ? null : l.householdNo());
                r.put("amount_fen", l.amountFen());
                r.put("note", l.note().isEmpty() ? null : l.note());
                rows.add(r);
            }
            m.put("rows", rows);
            return m;
        }
    }

    @Command(name = "month-close", description = "月末结账：报表报出后关闭该月，之后不能再记入该月（结账前自动备份）/ close a month")
    static final class MonthClose extends Cli.Sub {
        @Parameters(paramLabel = "YYYY-MM", converter = ReportCommands.MonthConverter.class)
        YearMonth month;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openExisting(Cli.existing(ledgerFile()))) {
                Path backup = s.journal().closeMonth(month);
                out().println("已结账：" + Months.text(month) + "。结账前的备份：" + backup);
            }
            return Cli.OK;
        }
    }

    @Command(name = "month-reopen", description = "重新开账：须写明原因，记入修改记录 / re-open a closed month")
    static final class MonthReopen extends Cli.Sub {
        @Parameters(paramLabel = "YYYY-MM", converter = ReportCommands.MonthConverter.class)
        YearMonth month;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "为什么要重新开账")
        String reason;

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new LedgerException("重新开账要写明原因：--reason \"县里退回报表，需更正……\"");
            }
            try (LedgerServices s = LedgerServices.openExisting(Cli.existing(ledgerFile()))) {
                s.journal().reopenMonth(month, reason);
                out().println("已重新开账：" + Months.text(month) + "（原因：" + reason.strip() + "）。改完后请再结账。");
            }
            return Cli.OK;
        }
    }

    static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }
}
