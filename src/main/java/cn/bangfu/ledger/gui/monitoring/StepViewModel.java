package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.CaseStatus;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.OpenCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 登记流程步骤: the next step of the workflow preselected, its date (today), for a 公示 its last day (start + 6
 * days), a note. What the step would make odd (out of order, a 公示 too short) is shown live and needs a reason.
 */
public final class StepViewModel extends FormViewModel {

    /** Steps recorded elsewhere: 标注消除 by 风险消除, 回退 and 再标注 by their own dialogs. */
    private static final Set<String> NOT_HERE = Set.of(Workflow.ELIM_MARK, Workflow.ROLLBACK, Workflow.REMARK);

    /** Days a 公示 lasts by default after its first day (7 days in all). */
    static final int PUBLICITY_EXTRA_DAYS = 6;

    private final LedgerServices services;
    private final long episodeId;
    private final Episode episode;
    private final List<EpisodeStep> steps;
    private final String householdLine;
    private final String statusLine;
    private final LocalDate today;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper publicity = new ReadOnlyBooleanWrapper(false);
    private boolean endTouched;
    private boolean adjusting;

    public StepViewModel(LedgerServices services, long episodeId) {
        this.services = services;
        this.episodeId = episodeId;
        CaseStatus status = services.monitoring().openCase(episodeId);
        OpenCase c = status.openCase();
        episode = c.episode();
        steps = List.copyOf(c.steps());
        today = services.monitoring().today();
        householdLine = Messages.t("mon.household", c.household().householdNo(), nz(c.head()), nz(c.village()));
        for (CodeEntry e : services.monitoring().codes("episode_step")) {
            if (e.active() && !NOT_HERE.contains(e.code())) {
                labels.put(e.code(), e.label());
            }
        }
        String next = status.workflow().nextStepCode();
        statusLine = next == null ? Messages.t("mon.step.noneDue")
                : Workflow.ELIM_MARK.equals(next) ? Messages.t("mon.step.markDue")
                : Messages.t("mon.step.nextDue", label(next), Messages.count(status.workflow().daysSinceLastStep()));
        kind.set(next != null && labels.containsKey(next) ? next : null);
        date.set(today);
        kind.addListener((o, a, b) -> { publicityChanged(); revalidate(); });
        date.addListener((o, a, b) -> { publicityChanged(); revalidate(); });
        endDate.addListener((o, a, b) -> {
            if (!adjusting) {
                endTouched = true;
            }
            revalidate();
        });
        note.addListener((o, a, b) -> updateCanSave());
        publicityChanged();
        revalidate();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void publicityChanged() {
        boolean p = kind.get() != null && Workflow.PUBLICITY_STEPS.contains(kind.get());
        publicity.set(p);
        if (p && !endTouched && date.get() != null) {
            adjusting = true;
            endDate.set(date.get().plusDays(PUBLICITY_EXTRA_DAYS));
            adjusting = false;
        }
    }

    private LocalDate effectiveEnd() {
        return publicity.get() ? endDate.get() : null;
    }

    private void revalidate() {
        List<Finding> findings = new ArrayList<>();
        String k = kind.get();
        LocalDate on = date.get();
        LocalDate end = effectiveEnd();
        if (k == null) {
            findings.add(Finding.error("kind", "KIND", Messages.t("mon.step.kindMissing")));
        }
        if (on == null) {
            findings.add(Finding.error("stepOn", "DATE", Messages.t("mon.step.dateMissing")));
        }
        if (on != null && end != null && end.isBefore(on)) {
            findings.add(Finding.error("endOn", "END_BEFORE_START", Messages.t("mon.step.endBeforeStart")));
        }
        if (k != null && on != null && findings.isEmpty()) {
            // what this step adds to the workflow's findings, exactly as the service will judge it
            List<Finding> before = Workflow.status(episode, steps, today).findings();
            List<EpisodeStep> with = new ArrayList<>(steps);
            with.add(new EpisodeStep(null, episodeId, k, on, end, null));
            List<Finding> after = new ArrayList<>(Workflow.status(episode, with, today).findings());
            after.removeAll(before);
            findings.addAll(after);
        }
        setFindings(findings);
    }

    @Override
    protected boolean fieldsComplete() {
        return kind.get() != null && date.get() != null;
    }

    @Override
    protected void save() {
        services.monitoring().recordStep(episodeId, kind.get(), date.get(), effectiveEnd(), note.get(),
                reasonOrNull());
    }

    /** The Chinese label of a step code. */
    public String label(String code) {
        return code == null ? "" : labels.getOrDefault(code, Workflow.label(code));
    }

    /** The steps that can be recorded here, in workflow order. */
    public List<String> kinds() {
        return List.copyOf(labels.keySet());
    }

    public String householdLine() {
        return householdLine;
    }

    /** Where the workflow stands: the step due next and the days since the last one. */
    public String statusLine() {
        return statusLine;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    /** Whether the chosen step is a 公示 (then its last day is asked). */
    public ReadOnlyBooleanProperty publicityProperty() {
        return publicity.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }
}
