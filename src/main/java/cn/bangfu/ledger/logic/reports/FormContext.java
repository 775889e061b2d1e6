package cn.bangfu.ledger.logic.reports;

import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/** What every form needs besides its own query: the ledger to read, the office for titles and signatures, today. */
public final class FormContext {

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public FormContext(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    private final ThreadLocal<java.util.Map<Object, Object>> shared = new ThreadLocal<>();

    /**
     * Runs {@code work} with the facts the forms read shared between them (the month's pack: the monitoring forms
     * share one read of the month's facts, the funds forms one of the funds and projects, so they also agree with
     * each other).
     */
    public void together(Runnable work) {
        if (shared.get() != null) {
            work.run();
            return;
        }
        shared.set(new java.util.HashMap<>());
        try {
            work.run();
        } finally {
            shared.remove();
        }
    }

    /** Facts by key: read once inside {@link #together}, read each time outside it. */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Supplier<T> read) {
        java.util.Map<Object, Object> map = shared.get();
        if (map == null) {
            return read.get();
        }
        return (T) map.computeIfAbsent(key, k -> read.get());
    }

    /** Runs the form's reads in one read transaction: one committed state, however long the form takes. */
    public <T> T read(Function<LedgerView, T> work) {
        return ledger.read(work);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public OfficeSettings office() {
        return settings.office();
    }

    /** 示范镇2026年11月监测对象动态月报: the town, the month, the form's name. */
    public String title(String formTitle, YearMonth month) {
        return office().town() + Months.text(month) + formTitle;
    }

    /** The signature block: the office, the clerk as 填报人, 审核人 and 负责人 from the settings (else lines to sign), today. */
    public Signature signature() {
        OfficeSettings o = office();
        return new Signature(o.officeName(), o.operator(), o.reviewer(), o.head(), today());
    }
}
