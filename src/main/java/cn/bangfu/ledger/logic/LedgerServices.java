package cn.bangfu.ledger.logic;

import cn.bangfu.ledger.logic.backup.BackupService;
import cn.bangfu.ledger.logic.funds.FundService;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.PaymentRosters;
import cn.bangfu.ledger.logic.bench.SearchBench;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.households.HouseholdSearch;
import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.monitoring.LeadService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.overview.OverviewService;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.ReportCatalog;
import cn.bangfu.ledger.logic.reports.ReportService;
import cn.bangfu.ledger.logic.rosters.ImportApplying;
import cn.bangfu.ledger.logic.rosters.ImportHistory;
import cn.bangfu.ledger.logic.rosters.ImportPlanning;
import cn.bangfu.ledger.logic.rosters.SavedMappings;
import cn.bangfu.ledger.logic.settings.RateTableService;
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
    private final RateTableService rates;
    private final MonitoringService monitoring;
    private final LeadService leads;
    private final SavedMappings savedMappings;
    private final ImportPlanning importPlanning;
    private final ImportApplying importApplying;
    private final ImportHistory importHistory;
    private final BackupService backup;
    private final ReportService reports;
    private final FundService funds;
    private final JournalService journal;
    private final PaymentRosters paymentRosters;

    public LedgerServices(Ledger ledger) {
        this.ledger = ledger;
        this.settings = new SettingsService(ledger);
        this.overview = new OverviewService(ledger);
        this.check = new LedgerCheck(ledger);
        this.demo = new DemoGenerator(ledger);
        this.search = new HouseholdSearch(ledger);
        Clock clock = Clock.systemDefaultZone(); // "today" is the clerk's local date, not UTC
        this.households = new HouseholdService(ledger, settings, clock);
        this.rates = new RateTableService(ledger, settings);
        this.monitoring = new MonitoringService(ledger, settings, rates, clock);
        this.leads = new LeadService(ledger, settings, clock);
        this.savedMappings = new SavedMappings(ledger, settings, clock);
        this.importPlanning = new ImportPlanning(ledger, savedMappings, clock);
        this.importApplying = new ImportApplying(ledger, settings, clock);
        this.importHistory = new ImportHistory(ledger, settings, clock);
        this.backup = new BackupService(ledger);
        this.funds = new FundService(ledger, settings);
        this.journal = new JournalService(ledger, settings, backup, clock);
        this.paymentRosters = new PaymentRosters(ledger, clock);
        this.reports = ReportCatalog.create(new FormContext(ledger, settings, clock), monitoring, dataFolder());
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

    /** The ledger itself, for the logic layer's benchmarks (the layer rules keep it from the window and the CLI). */
    public Ledger ledger() {
        return ledger;
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

    /** Monitoring: episodes, steps, elimination, measures, dashboard, work queue, one open case. */
    public MonitoringService monitoring() {
        return monitoring;
    }

    /** The leads of department push lists: open ones, a household's, and their disposal. */
    public LeadService leads() {
        return leads;
    }

    /** The rate tables of 设置: thresholds (监测标准) and 低保 grades. */
    public RateTableService rates() {
        return rates;
    }

    /** Importing, first half: inspect a file, plan the import (nothing written), write the problem rows. */
    public ImportPlanning importPlanning() {
        return importPlanning;
    }

    /** Importing, second half: apply a plan in one audited transaction. */
    public ImportApplying importApplying() {
        return importApplying;
    }

    /** The import history: batches, their row problems, and reverting a batch. */
    public ImportHistory importHistory() {
        return importHistory;
    }

    /** The column mappings saved for a header shape. */
    public SavedMappings savedMappings() {
        return savedMappings;
    }

    /** Backups: a consistent copy of the ledger, safe while the window writes. */
    /** The report forms: catalogue, export, the month's pack. */
    public ReportService reports() {
        return reports;
    }

    /** 帮扶资金 and 项目库 with their balances. */
    public FundService funds() {
        return funds;
    }

    /** The funds journal and the month close. */
    public JournalService journal() {
        return journal;
    }

    /** 发放到户 rosters: read from a payment list, or made from the measures. */
    public PaymentRosters paymentRosters() {
        return paymentRosters;
    }

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
