package cn.bangfu.ledger.logic;

import cn.bangfu.ledger.logic.backup.BackupService;
import cn.bangfu.ledger.logic.bench.SearchBench;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.households.HouseholdSearch;
import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.overview.OverviewService;
import cn.bangfu.ledger.logic.rosters.ImportService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The services of one open ledger: what the window and the CLI both call. Closing it closes the ledger
 * (and releases its lock).
 */
public final class LedgerServices implements AutoCloseable {

    /** Households in the demo ledger the window opens with one click (or {@code --demo}). */
    public static final int DEMO_HOUSEHOLDS = 600;
    public static final long DEMO_SEED = 2026;

    private final Ledger ledger;
    private final SettingsService settings;
    private final OverviewService overview;
    private final LedgerCheck check;
    private final DemoGenerator demo;
    private final HouseholdSearch search;
    private final HouseholdService households;
    private final MonitoringService monitoring;
    private final ImportService imports;
    private final BackupService backup;

    public LedgerServices(Ledger ledger) {
        this.ledger = ledger;
        this.settings = new SettingsService(ledger);
        this.overview = new OverviewService(ledger);
        this.check = new LedgerCheck(ledger);
        this.demo = new DemoGenerator(ledger);
        this.search = new HouseholdSearch(ledger);
        Clock clock = Clock.systemDefaultZone(); // "today" is the clerk's local date, not UTC
        this.households = new HouseholdService(ledger, settings, clock);
        this.monitoring = new MonitoringService(ledger, settings, clock);
        this.imports = new ImportService(ledger, settings, clock);
        this.backup = new BackupService(ledger);
    }

    /** Opens (creating or upgrading) the ledger file for writing. */
    public static LedgerServices open(Path file) {
        return new LedgerServices(Ledger.open(file));
    }

    /** Opens an existing ledger for writing; a missing file is refused and nothing is created. */
    public static LedgerServices openExisting(Path file) {
        return new LedgerServices(Ledger.openExisting(file));
    }

    /** Opens an existing ledger for reading only, beside a program that may be writing it. */
    public static LedgerServices openReadOnly(Path file) {
        return new LedgerServices(Ledger.open(file, Ledger.Mode.READ_ONLY));
    }

    /** The demo ledger beside the real one, filled on first use. The real ledger is never touched. */
    public static LedgerServices openDemo() {
        LedgerServices services = open(LedgerLocation.demoLedger());
        try {
            if (services.overview().stats().households() == 0) {
                services.demo().generate(new DemoGenerator.Options(DEMO_HOUSEHOLDS, DEMO_SEED, LocalDate.now()));
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public static Path defaultLedgerFile() {
        return LedgerLocation.defaultLedger();
    }

    public static Path dataFolder() {
        return LedgerLocation.dataFolder();
    }

    public Path file() {
        return ledger.file();
    }

    /**
     * Whether this ledger holds demo data: the demo file beside the real ledger, or any ledger the demo
     * generator filled (it records {@link DemoGenerator#DEMO_SETTING} in the ledger itself).
     */
    public boolean isDemo() {
        return isDemoFile() || ledger.read(v -> v.settings().get(DemoGenerator.DEMO_SETTING))
                .filter("true"::equals).isPresent();
    }

    /** Whether this is the demo file beside the real ledger (which the window can switch back from). */
    public boolean isDemoFile() {
        return ledger.file().equals(LedgerLocation.demoLedger().toAbsolutePath().normalize());
    }

    public String schemaVersion() {
        return ledger.schemaVersion();
    }

    public SettingsService settings() {
        return settings;
    }

    public OverviewService overview() {
        return overview;
    }

    public LedgerCheck check() {
        return check;
    }

    public DemoGenerator demo() {
        return demo;
    }

    /** The household list: search and filters. */
    public HouseholdSearch search() {
        return search;
    }

    /** The household ledger: cards, households, members, income, 三保障. */
    public HouseholdService households() {
        return households;
    }

    /** Monitoring: episodes, steps, elimination, measures, dashboard, work queue, thresholds. */
    public MonitoringService monitoring() {
        return monitoring;
    }

    /** Importing county rosters and push lists; import history and revert; leads. */
    public ImportService imports() {
        return imports;
    }

    /** Backups: a consistent copy of the ledger, safe while the window writes. */
    public BackupService backup() {
        return backup;
    }

    /** The keystroke-to-result benchmark of the household search, on this ledger. */
    public SearchBench searchBench() {
        return new SearchBench(ledger);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
