package cn.bangfu.ledger.logic.settings;

import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.util.List;
import java.util.Optional;

/**
 * The rate tables edited in 设置: the 防止返贫监测 income threshold per year and area (监测标准), and the 低保
 * grades per year. Each row is configuration with its document number; changes are audited.
 */
public final class RateTableService {

    private final Ledger ledger;
    private final SettingsService settings;

    public RateTableService(Ledger ledger, SettingsService settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    // ---- thresholds

    public List<Threshold> thresholds() {
        return ledger.read(v -> v.thresholds().list());
    }

    /** The threshold that applies to a household in a year, if the table has one. */
    public Optional<Threshold> thresholdFor(long householdId, int year) {
        return ledger.read(v -> thresholdIn(v, v.households().get(householdId).orElseThrow(), year));
    }

    /** The threshold that applies to a household in a year, as seen inside a read or a write ({@link ThresholdLookup}). */
    public Optional<Threshold> thresholdIn(LedgerView v, Household h, int year) {
        String village = v.villages().list().stream().filter(x -> x.id() == h.villageId()).map(Village::name)
                .findFirst().orElse(null);
        return ThresholdLookup.choose(v.thresholds().ofYear(year), village, SettingsService.officeIn(v));
    }

    public void putThreshold(Threshold t) {
        if (t.year() < 2000 || t.year() > 2100 || t.area() == null || t.area().isBlank() || t.amount() <= 0) {
            throw new LedgerException("请填写年度、适用范围和金额（元/人·年，大于 0）。");
        }
        ledger.update(settings.change(), tx -> tx.thresholds().put(new Threshold(t.year(), t.area().strip(),
                t.amount(), blank(t.docNo()))));
    }

    public void deleteThreshold(int year, String area) {
        ledger.update(settings.change(), tx -> tx.thresholds().delete(year, area));
    }

    // ---- 低保 grades

    public List<DibaoGrade> dibaoGrades() {
        return ledger.read(v -> v.dibaoGrades().list());
    }

    public void putDibaoGrade(DibaoGrade g) {
        if (g.year() < 2000 || g.year() > 2100 || g.grade() == null || g.grade().isBlank() || g.amount() <= 0) {
            throw new LedgerException("请填写年度、档次和每月金额（大于 0）。");
        }
        ledger.update(settings.change(), tx -> tx.dibaoGrades().put(new DibaoGrade(g.year(), g.grade().strip(),
                g.amount(), blank(g.docNo()))));
    }

    public void deleteDibaoGrade(int year, String grade) {
        ledger.update(settings.change(), tx -> tx.dibaoGrades().delete(year, grade));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
