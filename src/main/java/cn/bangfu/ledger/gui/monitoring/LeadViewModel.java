package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 处置推送线索: the 入户核查结果, then 纳入监测 / 不纳入监测 (with the reason why not) and the date. The result may
 * be recorded before the decision ("暂不决定").
 */
public final class LeadViewModel extends FormViewModel {

    /** The decision choices; "" stands for 暂不决定. */
    public static final List<String> DECISIONS = List.of("", Lead.TAKE_IN, Lead.NOT_TAKEN);

    private final LedgerServices services;
    private final Lead lead;
    private final StringProperty visitResult = new SimpleStringProperty("");
    private final ObjectProperty<String> decision = new SimpleObjectProperty<>("");
    private final StringProperty decisionReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();

    public LeadViewModel(LedgerServices services, long leadId) {
        this.services = services;
        this.lead = services.leads().lead(leadId)
                .orElseThrow(() -> new LedgerException("找不到这条推送线索（编号 " + leadId + "）。"));
        visitResult.set(lead.visitResult() == null ? "" : lead.visitResult());
        decision.set(lead.decision() == null ? "" : lead.decision());
        decisionReason.set(lead.decisionReason() == null ? "" : lead.decisionReason());
        decidedOn.set(lead.decidedOn() != null ? lead.decidedOn() : services.leads().today());
        visitResult.addListener((o, a, b) -> updateCanSave());
        decision.addListener((o, a, b) -> updateCanSave());
        decisionReason.addListener((o, a, b) -> updateCanSave());
        decidedOn.addListener((o, a, b) -> updateCanSave());
        updateCanSave();
    }

    /** "李秀英 · 县医保局 · 医疗自付费用超过1万元 · 2026-11-02". */
    public String leadLine() {
        return Messages.t("mon.lead.line", lead.personName(), lead.source(), lead.reason(),
                lead.pushedOn() == null ? "—" : lead.pushedOn().toString());
    }

    @Override
    protected boolean fieldsComplete() {
        if (visitResult.get() == null || visitResult.get().isBlank()) {
            return false;
        }
        String d = decision.get();
        if (d == null || d.isEmpty()) {
            return true;
        }
        return decidedOn.get() != null && (!Lead.NOT_TAKEN.equals(d) || !decisionReason.get().isBlank());
    }

    @Override
    protected void save() {
        String d = decision.get() == null || decision.get().isEmpty() ? null : decision.get();
        services.leads().dispose(lead.id(), visitResult.get(), d, decisionReason.get(), d == null ? null : decidedOn.get());
    }

    /** Whether the clerk chose 纳入监测 (the caller then offers to open a monitoring episode). */
    public boolean takesIn() {
        return Lead.TAKE_IN.equals(decision.get());
    }

    /** What follows a saved 纳入监测. */
    public enum Next {
        /** nothing: not taken in, the household is already monitored, or the clerk chose 以后再说 */
        NONE,
        /** 开始监测: a first episode */
        OPEN_EPISODE,
        /** 风险再标注: the household's earlier risk was eliminated */
        REMARK
    }

    /**
     * After the save: when the clerk chose 纳入监测 and the household has no open monitoring episode, asks whether
     * to open one now, and which (a household whose risk was eliminated before gets a 风险再标注).
     */
    public Next askNext(DialogService dialogs) {
        long household = householdId();
        if (!takesIn() || services.monitoring().openEpisodeOf(household).isPresent()) {
            return Next.NONE;
        }
        if (!dialogs.confirm(Messages.t("mon.lead.openEpisodeHeader"), Messages.t("mon.lead.openEpisode"),
                Messages.t("mon.lead.openEpisodeYes"), Messages.t("mon.lead.openEpisodeNo"))) {
            return Next.NONE;
        }
        return services.monitoring().hadEliminatedEpisode(household) ? Next.REMARK : Next.OPEN_EPISODE;
    }

    public long householdId() {
        return lead.householdId();
    }

    public StringProperty visitResultProperty() {
        return visitResult;
    }

    public ObjectProperty<String> decisionProperty() {
        return decision;
    }

    public StringProperty decisionReasonProperty() {
        return decisionReason;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }
}
