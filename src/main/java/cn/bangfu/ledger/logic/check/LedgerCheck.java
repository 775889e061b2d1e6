package cn.bangfu.ledger.logic.check;

import cn.bangfu.ledger.logic.history.ChangeLabels;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.logic.funds.JournalCheck;
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
        problems.addAll(JournalCheck.problems(v));
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
