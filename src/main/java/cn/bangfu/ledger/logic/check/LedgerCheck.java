package cn.bangfu.ledger.logic.check;

import cn.bangfu.ledger.logic.history.ChangeLabels;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.store.LedgerView;
import cn.bangfu.ledger.logic.settings.ThresholdLookup;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Threshold;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Checks a ledger: SQLite's own integrity and foreign keys, then the ledger's invariants. Each problem is
 * one line of Chinese that names the record; an empty list means the ledger is sound.
 */
public final class LedgerCheck {

    private final Ledger ledger;

    public LedgerCheck(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<String> run() {
        List<String> problems = new ArrayList<>();
        if (ledger.walLeftBehind()) {
            String name = ledger.file().getFileName().toString();
            problems.add("账本旁边留有 " + name + "-wal，但没有程序打开这个账本（上次程序没有正常关闭）：" + name
                    + " 单独复制出去可能不完整。请用程序打开一次这个账本（或运行 init）再正常关闭，内容就会写回 " + name
                    + "；在此之前不要只复制 " + name + "，备份请用 backup --out。");
        }
        problems.addAll(ledger.read(LedgerCheck::problems));
        return problems;
    }

    static List<String> problems(LedgerView v) {
        List<String> problems = new ArrayList<>();
        v.integrity().sqliteIntegrity().forEach(p -> problems.add("数据库完整性：" + p));
        v.integrity().foreignKeyProblems().forEach(p -> problems.add("外键：" + p));
        if (!problems.isEmpty()) {
            return problems; // a damaged file: the invariants below would only echo it
        }
        v.integrity().householdsWithoutOneHead().forEach((no, heads) -> problems.add(heads == 0
                ? "户编号 " + no + "：没有户主（每户必须正好一名户主）"
                : "户编号 " + no + "：有 " + heads + " 名户主（每户必须正好一名户主）"));
        for (Member m : v.members().all()) {
            idProblem(m).ifPresent(problems::add);
        }
        v.integrity().rowsWithoutAudit().forEach((table, n) -> problems.add("修改记录缺失：表 " + table + "（"
                + ChangeLabels.table(table) + "）有 " + n + " 行没有新增记录（审计行）"));
        v.integrity().creationAuditOutsideHousehold().forEach((table, n) -> problems.add("修改记录不全：表 " + table
                + "（" + ChangeLabels.table(table) + "）有 " + n + " 行的新增记录（审计行）没有记在所属农户名下，农户的变更记录里看不到"));
        if (!v.integrity().auditIsAppendOnly()) {
            problems.add("修改记录（审计表）的防篡改触发器缺失");
        }
        problems.addAll(eliminationProblems(v, YearMonth.now()));
        problems.addAll(fundProblems(v));
        return problems;
    }

    /**
     * The funds journal: every entry balances for each fund and has all its postings; for every fund, received =
     * allocated + unallocated and allocated = paid + unpaid, to the fen, with nothing allocated or paid that had
     * not arrived; nothing dated in a closed month was written after its close; the journal's triggers are there.
     */
    public static List<String> fundProblems(LedgerView v) {
        List<String> problems = new ArrayList<>();
        v.integrity().missingJournalTriggers().forEach(t -> problems.add("资金账的防篡改触发器缺失：" + t));
        v.journal().unbalanced().forEach(id -> problems.add("凭证 " + id + "：分录借贷不平衡或不全"));
        long orphans = v.journal().orphanPostings();
        if (orphans > 0) {
            problems.add("资金账有 " + orphans + " 笔分录找不到所属凭证");
        }
        v.journal().writtenIntoClosedMonths().forEach(id -> problems.add("凭证 " + id + "：记入了已结账的月份（结账之后写入）"));
        java.util.Map<Long, long[]> sums = new java.util.HashMap<>(); // source, unallocated, project, paid
        for (var b : v.journal().balances(null)) {
            long[] s = sums.computeIfAbsent(b.fundId(), k -> new long[4]);
            switch (b.account()) {
                case JournalService.SOURCE -> s[0] += b.amountFen();
                case JournalService.UNALLOCATED -> s[1] += b.amountFen();
                case JournalService.PROJECT -> {
                    s[2] += b.amountFen();
                    if (b.amountFen() < 0) {
                        problems.add("资金 " + b.fundId() + " 的项目 " + b.projectId() + "：拨付超过了分配（未拨付余额为负 "
                                + new Fen(b.amountFen()).toYuanString() + " 元）");
                    }
                }
                default -> s[3] += b.amountFen();
            }
        }
        for (var e : sums.entrySet()) {
            long[] s = e.getValue();
            long received = -s[0];
            long allocated = s[2] + s[3];
            if (received != allocated + s[1]) {
                problems.add("资金 " + e.getKey() + "：到位 " + new Fen(received).toYuanString() + " 元 ≠ 已分配 "
                        + new Fen(allocated).toYuanString() + " 元 + 未分配 " + new Fen(s[1]).toYuanString() + " 元");
            }
            if (s[1] < 0) {
                problems.add("资金 " + e.getKey() + "：未分配余额为负（" + new Fen(s[1]).toYuanString() + " 元），分配或拨付超过了到位");
            }
        }
        return problems;
    }

    /**
     * Every eliminated episode is checked against the elimination rules as the ledger holds it now: a firm
     * rule must hold; a warned rule may fail only with the override reason recorded at elimination.
     */
    static List<String> eliminationProblems(LedgerView v, YearMonth currentMonth) {
        List<String> problems = new ArrayList<>();
        OfficeSettings office = SettingsService.officeIn(v);
        Map<Long, String> villages = new HashMap<>();
        v.villages().list().forEach(x -> villages.put(x.id(), x.name()));
        for (Episode e : v.episodes().all()) {
            if (!e.eliminated()) {
                continue;
            }
            Household h = v.households().get(e.householdId()).orElseThrow();
            EpisodeSnapshot after = v.episodes().snapshots(e.id()).stream()
                    .filter(s -> EpisodeSnapshot.ELIMINATED.equals(s.phase())).findFirst().orElse(null);
            Threshold threshold = ThresholdLookup.choose(v.thresholds().ofYear(e.eliminatedMonth().getYear()),
                    villages.get(h.villageId()), office).orElse(null);
            var checks = EliminationRules.evaluate(new EliminationRules.Proposal(e, h, e.eliminatedMonth(),
                    e.eliminationMethod(), after, v.measures().ofHousehold(h.id()), threshold), currentMonth);
            boolean reason = e.overrideReason() != null && !e.overrideReason().isBlank();
            for (var c : checks) {
                if (!c.passed() && (c.firm() || !reason)) {
                    problems.add("户编号 " + h.householdNo() + " 的监测记录（编号 " + e.id() + "）风险消除不合规定：" + c.label()
                            + "——" + c.message() + (c.firm() ? "" : "（未填写原因）"));
                }
            }
        }
        return problems;
    }

    /** A member's ID must be a valid normalised ID, or be flagged with the reason it is not. */
    static Optional<String> idProblem(Member m) {
        String who = "成员 " + m.name() + "（编号 " + m.id() + "）";
        if (m.idNumber() == null) {
            return m.idFlag() == null
                    ? Optional.of(who + "：没有证件号码，也没有标注原因")
                    : Optional.empty();
        }
        if (!(IdNumber.check(m.idNumber()) instanceof IdCheck.Valid valid)
                || !valid.id().value().equals(m.idNumber())) {
            return m.idFlag() == null
                    ? Optional.of(who + "：证件号码 " + m.idNumber() + " 无效，且未标注")
                    : Optional.empty();
        }
        return Optional.empty();
    }
}
