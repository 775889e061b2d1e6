package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.settings.RateTableService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What the sections of one demo run share: the options, the services every write goes through, what the
 * earlier sections made (the county code, villages, households), the running totals, and progress and
 * cancellation.
 */
final class DemoTown {

    /** A village the villages section made: its id, its number (1, 2, …) and the ids of its groups. */
    record MadeVillage(long id, int number, List<Long> groupIds) {
    }

    /**
     * A household the households section made, with what monitoring needs to know of it.
     *
     * @param category the monitoring category it was drawn for, or null when it is not monitored
     */
    record MadeHousehold(long id, String category, List<Member> people, boolean noLabour, boolean earns) {
    }

    private final DemoGenerator.Options options;
    private final SettingsService settings;
    private final HouseholdService households;
    private final MonitoringService monitoring;
    private final RateTableService rates;
    private cn.bangfu.ledger.logic.funds.FundService funds;
    private cn.bangfu.ledger.logic.funds.JournalService journal;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final List<MadeVillage> villages = new ArrayList<>();
    private final List<MadeHousehold> made = new ArrayList<>();
    private String countyCode;
    private double progressFrom;
    private double progressSpan;
    int members;
    int monitored;
    int eliminated;
    int measures;
    int remarked;
    int publicitiesRunning;

    DemoTown(DemoGenerator.Options options, SettingsService settings, HouseholdService households,
            MonitoringService monitoring, RateTableService rates, DoubleConsumer progress, BooleanSupplier cancelled) {
        this.options = options;
        this.rates = rates;
        this.settings = settings;
        this.households = households;
        this.monitoring = monitoring;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    DemoGenerator.Options options() {
        return options;
    }

    /** The demo's "today": the services' rules see this date too. */
    LocalDate asOf() {
        return options.asOf();
    }

    YearMonth asOfMonth() {
        return YearMonth.from(options.asOf());
    }

    SettingsService settings() {
        return settings;
    }

    HouseholdService households() {
        return households;
    }

    MonitoringService monitoring() {
        return monitoring;
    }

    /** The funds and projects, and the journal, on the demo's date (set by the generator). */
    void funds(cn.bangfu.ledger.logic.funds.FundService fundService, cn.bangfu.ledger.logic.funds.JournalService
            journalService) {
        this.funds = fundService;
        this.journal = journalService;
    }

    cn.bangfu.ledger.logic.funds.FundService funds() {
        return funds;
    }

    cn.bangfu.ledger.logic.funds.JournalService journal() {
        return journal;
    }

    /** Thresholds and 低保 grades. */
    RateTableService rates() {
        return rates;
    }

    /** The county's six-digit code (户编号 and ID numbers begin with it); set by the villages section. */
    String countyCode() {
        if (countyCode == null) {
            throw new IllegalStateException("the villages section runs before the sections that number households");
        }
        return countyCode;
    }

    void countyCode(String code) {
        this.countyCode = code;
    }

    List<MadeVillage> villages() {
        return villages;
    }

    List<MadeHousehold> made() {
        return made;
    }

    DemoGenerator.Result result() {
        return new DemoGenerator.Result(villages.size(), made.size(), members, monitored, eliminated, measures);
    }

    /** Where the current section's progress runs: from {@code from} over {@code span} of the whole run. */
    void progressBetween(double from, double span) {
        this.progressFrom = from;
        this.progressSpan = span;
    }

    /**
     * Called for each item of a section's loop: every 64th asks whether the run was cancelled (and stops it with a
     * {@link CancellationException}: the outer write rolls everything back) and reports progress.
     */
    void tick(int done, int total) {
        if ((done & 63) == 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("已取消生成演示数据");
            }
            progress.accept(progressFrom + progressSpan * done / total);
        }
    }
}
