package cn.bangfu.ledger.logic.monitoring;

import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.OpenLead;
import cn.bangfu.ledger.store.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The leads of department push lists (部门比对推送线索): registered by importing a push list, listed in the
 * monitoring work queue and on the household card, and disposed of here (入户核查, then 纳入监测 or 不纳入监测).
 */
public final class LeadService {

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public LeadService(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Leads without a decision, oldest first. */
    public List<Lead> openLeads() {
        return ledger.read(v -> v.leads().open());
    }

    /** Leads without a decision with their household, for the work queue. */
    public List<OpenLead> openLeadsWithHousehold() {
        return ledger.read(v -> v.leads().openWithHousehold());
    }

    public Optional<Lead> lead(long id) {
        return ledger.read(v -> v.leads().get(id));
    }

    public List<Lead> leadsOf(long householdId) {
        return ledger.read(v -> v.leads().ofHousehold(householdId));
    }

    /**
     * Records what the clerk found and decided about a lead: the 入户核查 result, and 纳入监测 or 不纳入监测
     * (with the reason why not).
     */
    public void dispose(long leadId, String visitResult, String decision, String decisionReason, LocalDate on) {
        Lead l = ledger.read(v -> v.leads().get(leadId))
                .orElseThrow(() -> new LedgerException("找不到这条推送线索（编号 " + leadId + "）。"));
        String visit = visitResult == null || visitResult.isBlank() ? null : visitResult.strip();
        String why = decisionReason == null || decisionReason.isBlank() ? null : decisionReason.strip();
        if (visit == null) {
            throw new LedgerException("请填写入户核查结果。");
        }
        if (decision != null && !Lead.TAKE_IN.equals(decision) && !Lead.NOT_TAKEN.equals(decision)) {
            throw new LedgerException("处置结论应为“纳入监测”或“不纳入监测”。");
        }
        if (Lead.NOT_TAKEN.equals(decision) && why == null) {
            throw new LedgerException("不纳入监测时，请写明理由。");
        }
        if (decision != null && (on == null || on.isAfter(today()))) {
            throw new LedgerException("请填写处置日期（不能晚于今天）。");
        }
        Lead updated = new Lead(l.id(), l.householdId(), l.memberId(), l.personName(), l.idNumber(), l.source(),
                l.reason(), l.pushedOn(), l.batchId(), visit, decision, decision == null ? null : why,
                decision == null ? null : on);
        ledger.update(settings.change(), tx -> tx.leads().update(updated));
    }
}
