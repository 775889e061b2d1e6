package cn.bangfu.ledger.store;

import org.jooq.DSLContext;

/**
 * What a read sees of the ledger: the repositories. Inside {@link Ledger#write} the same repositories
 * (through {@link LedgerTx}) may also write, always through the {@link Auditor}.
 */
public class LedgerView {

    private final DSLContext dsl;
    private final Auditor auditor;

    LedgerView(DSLContext dsl, Auditor auditor) {
        this.dsl = dsl;
        this.auditor = auditor;
    }

    DSLContext dsl() {
        return dsl;
    }

    public SettingsRepo settings() {
        return new SettingsRepo(dsl, auditor);
    }

    public CodeListRepo codeLists() {
        return new CodeListRepo(dsl, auditor);
    }

    public VillageRepo villages() {
        return new VillageRepo(dsl, auditor);
    }

    public HouseholdRepo households() {
        return new HouseholdRepo(dsl, auditor);
    }

    public MemberRepo members() {
        return new MemberRepo(dsl, auditor);
    }

    public EpisodeRepo episodes() {
        return new EpisodeRepo(dsl, auditor);
    }

    public MeasureRepo measures() {
        return new MeasureRepo(dsl, auditor);
    }

    public ThresholdRepo thresholds() {
        return new ThresholdRepo(dsl, auditor);
    }

    public HouseholdQueries householdQueries() {
        return new HouseholdQueries(dsl);
    }

    public DibaoGradeRepo dibaoGrades() {
        return new DibaoGradeRepo(dsl, auditor);
    }

    public ReportQueries reports() {
        return new ReportQueries(dsl);
    }

    public MonitoringQueries monitoring() {
        return new MonitoringQueries(dsl);
    }

    public StatsRepo stats() {
        return new StatsRepo(dsl);
    }

    public IntegrityRepo integrity() {
        return new IntegrityRepo(dsl);
    }

    public FundRepo funds() {
        return new FundRepo(dsl, auditor);
    }

    public JournalRepo journal() {
        return new JournalRepo(dsl, auditor);
    }

    public PaymentQueries payments() {
        return new PaymentQueries(dsl);
    }

    public ImportRepo imports() {
        return new ImportRepo(dsl, auditor);
    }

    public LeadRepo leads() {
        return new LeadRepo(dsl, auditor);
    }

    public AuditRepo audit() {
        return new AuditRepo(dsl);
    }
}
