package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.EliminationReview;
import cn.bangfu.ledger.logic.rules.EliminationRules.RuleCheck;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.Threshold;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 风险消除: the month, the method, the post-elimination snapshot and the marking date, with every elimination
 * rule shown live as passed or failed. Confirming is possible only when the rules allow it: no firm rule
 * failed, and a reason given when a warned rule failed.
 */
public final class EliminationViewModel extends FormViewModel {

    /** How a rule stands. */
    public enum RuleState {
        PASSED, FAILED_FIRM, FAILED_WARNED
    }

    /** One line of the rule list. */
    public record RuleRow(String code, String label, String message, RuleState state) {

        static RuleRow of(RuleCheck c) {
            RuleState state = c.passed() ? RuleState.PASSED : c.firm() ? RuleState.FAILED_FIRM : RuleState.FAILED_WARNED;
            return new RuleRow(c.code(), c.label(), c.message(), state);
        }
    }

    private final LedgerServices services;
    private final long episodeId;
    private final String householdLine;
    private final String episodeLine;
    private final List<String> methods;
    private final MonthModel month;
    private final ObjectProperty<String> method = new SimpleObjectProperty<>();
    private final SnapshotModel snapshot = new SnapshotModel();
    private final ObjectProperty<LocalDate> markedOn = new SimpleObjectProperty<>();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to it (its listener on the list is weak). */
    private final ObservableList<RuleRow> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ReadOnlyStringWrapper threshold = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reasonEnabled = new ReadOnlyBooleanWrapper(false);
    private EliminationReview review;

    public EliminationViewModel(LedgerServices services, long episodeId) {
        this.services = services;
        this.episodeId = episodeId;
        OpenCase c = services.monitoring().openCase(episodeId).openCase();
        Episode e = c.episode();
        householdLine = Messages.t("mon.household", c.household().householdNo(), c.head() == null ? "" : c.head(),
                c.village() == null ? "" : c.village());
        episodeLine = Messages.t("mon.el.episode", e.category(), Months.text(e.identifiedMonth()),
                String.join("、", c.risks()));
        methods = services.monitoring().codes("elimination_method").stream().filter(CodeEntry::active)
                .map(CodeEntry::code).toList();
        LocalDate today = services.monitoring().today();
        YearMonth now = YearMonth.from(today);
        month = new MonthModel(now, now, 3);
        method.set(methods.contains(Episode.ASSISTED) ? Episode.ASSISTED : null);
        markedOn.set(today);
        snapshot.fill(c.members().stream().filter(Member::isCurrent).count(), c.latestIncome(), c.latestCheck());
        List<Observable> all = new ArrayList<>(List.of(method));
        all.addAll(List.of(month.observables()));
        all.addAll(List.of(snapshot.observables()));
        all.forEach(o -> o.addListener(x -> revalidate()));
        markedOn.addListener((o, a, b) -> revalidate());
        revalidate();
    }

    private void revalidate() {
        YearMonth m = month.value();
        String meth = method.get();
        EpisodeSnapshot after = snapshot.value();
        review = services.monitoring().reviewElimination(episodeId, m, meth, after);
        rules.setAll(review.checks().stream().map(RuleRow::of).toList());
        Threshold t = review.threshold();
        threshold.set(t != null
                ? Messages.t("mon.el.threshold", Integer.toString(t.year()), t.area(), new Fen(t.amount()).toYuanString())
                : Messages.t("mon.el.thresholdUnset", m == null ? "" : Integer.toString(m.getYear())));
        boolean anyFirm = review.checks().stream().anyMatch(c -> !c.passed() && c.firm());
        boolean anyWarned = review.checks().stream().anyMatch(c -> !c.passed() && !c.firm());
        reasonEnabled.set(!anyFirm && anyWarned);
        List<Finding> findings = new ArrayList<>();
        String typed = snapshot.problemsProperty().get();
        if (!typed.isEmpty()) {
            findings.add(Finding.error("after", "SNAPSHOT_INPUT", typed));
        }
        LocalDate marked = markedOn.get();
        if (marked == null) {
            findings.add(Finding.error("markedOn", "MARKED_ON", Messages.t("mon.el.markedOnMissing")));
        } else if (marked.isAfter(services.monitoring().today())) {
            // the service does not check this date; the workflow would flag it later as a step in the future
            findings.add(Finding.error("markedOn", "MARKED_ON", Messages.t("mon.el.markedOnFuture")));
        }
        setFindings(findings);
    }

    @Override
    protected boolean fieldsComplete() {
        if (review == null || snapshot.value() == null || markedOn.get() == null) {
            return false;
        }
        String r = reasonProperty().get();
        return review.allowed(reasonEnabled.get() && r != null && !r.isBlank());
    }

    @Override
    protected void save() {
        services.monitoring().eliminate(episodeId, month.value(), method.get(), snapshot.value(), markedOn.get(),
                reasonEnabled.get() ? reasonOrNull() : null);
    }

    public String householdLine() {
        return householdLine;
    }

    /** The episode being eliminated: category, identification month and risks. */
    public String episodeLine() {
        return episodeLine;
    }

    public List<String> methods() {
        return methods;
    }

    public MonthModel month() {
        return month;
    }

    public ObjectProperty<String> methodProperty() {
        return method;
    }

    public SnapshotModel snapshot() {
        return snapshot;
    }

    public ObjectProperty<LocalDate> markedOnProperty() {
        return markedOn;
    }

    /** Every elimination rule, in the rules' order. */
    public ObservableList<RuleRow> rules() {
        return rulesView;
    }

    /** The threshold the income rule used, or that none is set. */
    public ReadOnlyStringProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** True when only warned rules fail: a reason lets the elimination through. */
    public ReadOnlyBooleanProperty reasonEnabledProperty() {
        return reasonEnabled.getReadOnlyProperty();
    }
}
