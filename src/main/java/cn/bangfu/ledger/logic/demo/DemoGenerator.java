package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.settings.RateTableService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Fills an empty ledger with a realistic synthetic town, section by section ({@link DemoSection}): the
 * settings (demo mark, office, thresholds, 低保 grades), villages with Chinese names and groups, households
 * whose members have valid ID numbers (GB 11643) and plausible ages, relations, health, labour and schooling,
 * and about 8–15 % monitored households across the three categories, with risks, dated workflow steps,
 * measures, and some eliminated (and a few re-marked) episodes.
 *
 * <p>The same seed and the same as-of date always give the same ledger, and each section draws from its own
 * stream ({@link DemoRandom}), so adding a section or drawing more in one never changes the others.
 *
 * <p>Every write goes through the logic services, with the as-of date as their "today" and 演示数据 as the
 * operator: the demo holds only what the rules allow. The whole run is one outer {@link Ledger#write}; the
 * services' own writes nest inside it (the ledger's guard is reentrant, jOOQ nests them as savepoints, and only
 * the outermost write commits and checkpoints), so a cancelled or failed run leaves the ledger empty, and a
 * large town commits once.
 */
public final class DemoGenerator {

    /** The largest town a demo makes: a county roster's worth of people. */
    public static final int MAX_HOUSEHOLDS = 100_000;
    public static final String OPERATOR = "演示数据";
    /** The setting a generated ledger carries ({@code demo=true}), so it is shown as a demo wherever it lies. */
    public static final String DEMO_SETTING = SettingsService.DEMO;
    /** Who makes the demo, and why: on every audit row it writes (a backfill reason replaces the why). */
    static final Change CHANGE = Change.by(OPERATOR).because("生成演示数据");

    /** What to make. */
    public record Options(int households, long seed, LocalDate asOf) {
        public Options {
            if (households < 1 || households > MAX_HOUSEHOLDS) {
                throw new LedgerException("户数应在 1 到 " + MAX_HOUSEHOLDS + " 之间，实际为 " + households + "。");
            }
            if (asOf == null) {
                throw new IllegalArgumentException("asOf");
            }
        }
    }

    /** What was made. */
    public record Result(int villages, int households, int members, int monitored, int eliminated, int measures) {
    }

    private final Ledger ledger;
    private final List<DemoSection> sections;

    public DemoGenerator(Ledger ledger) {
        this(ledger, sections());
    }

    /** A generator running other sections (tests: an extra section, or one that draws more). */
    DemoGenerator(Ledger ledger, List<DemoSection> sections) {
        this.ledger = ledger;
        this.sections = List.copyOf(sections);
    }

    /** The sections of a demo, in the order they run: each may read what the earlier ones made. */
    static List<DemoSection> sections() {
        // the funds before monitoring: a measure with an amount names the fund it is paid from
        return List.of(new SettingsSection(), new VillagesSection(), new HouseholdsSection(), new FundsSection(),
                new MonitoringSection());
    }

    /** Fills the ledger; refuses a ledger that already has villages or households. */
    public Result generate(Options options) {
        return generate(options, p -> { }, () -> false);
    }

    /**
     * Fills the ledger, reporting progress from 0 to 1 and stopping (leaving the ledger empty) with a
     * {@link CancellationException} when {@code cancelled} says so.
     */
    public Result generate(Options options, DoubleConsumer progress, BooleanSupplier cancelled) {
        boolean empty = ledger.read(v -> v.villages().count() == 0 && v.households().count() == 0);
        if (!empty) {
            throw new LedgerException("演示数据只能填入空账本：" + ledger.file()
                    + " 里已经有村或农户。请用 --db 指定一个新文件，例如 demo.db。");
        }
        // the rules judge the demo as of its own date
        Clock asOf = Clock.fixed(options.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        SettingsService settings = SettingsService.actingAs(ledger, CHANGE);
        RateTableService rates = new RateTableService(ledger, settings);
        DemoTown town = new DemoTown(options, settings, new HouseholdService(ledger, settings, asOf),
                new MonitoringService(ledger, settings, rates, asOf), rates, progress, cancelled);
        // the demo never closes a month, so the journal's backup is never asked for inside this write
        town.funds(new cn.bangfu.ledger.logic.funds.FundService(ledger, settings),
                new cn.bangfu.ledger.logic.funds.JournalService(ledger, settings,
                        new cn.bangfu.ledger.logic.backup.BackupService(ledger), asOf));
        double total = sections.stream().mapToDouble(DemoSection::weight).sum();
        return ledger.write(CHANGE, tx -> {
            double done = 0;
            for (DemoSection section : sections) {
                double span = total == 0 ? 0 : section.weight() / total;
                town.progressBetween(done, span);
                section.write(town, DemoRandom.stream(options.seed(), section.name()));
                done += span;
            }
            progress.accept(1.0);
            return town.result();
        });
    }
}
