package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.DialogService.FileFilter;
import cn.bangfu.ledger.gui.common.DialogService.FileQuestion;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Step 3 检查: reads the whole file, checks every row and compares it with the ledger (nothing is written); shows
 * the verdict, the counts and the problem rows, which can be exported to an .xlsx to fix and import again.
 */
public final class CheckStepViewModel {

    private final ImportWizardViewModel wizard;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ObservableList<Stat> stats = FXCollections.observableArrayList();
    private final ObservableList<String> skippedSheets = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> allProblems = FXCollections.observableArrayList();
    private final FilteredList<ProblemRow> problems = new FilteredList<>(allProblems);
    private final BooleanProperty onlyErrors = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problemsTitle = new ReadOnlyStringWrapper(Messages.t("imp.problems"));
    private final ReadOnlyBooleanWrapper canExportErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");

    CheckStepViewModel(ImportWizardViewModel wizard) {
        this.wizard = wizard;
        onlyErrors.addListener((o, a, b) -> problems.setPredicate(b ? ProblemRow::error : null));
    }

    /** 开始检查: the plan is made in the background (cancellable); nothing is written. */
    public void onCheck() {
        if (!wizard.canCheckProperty().get()) {
            return;
        }
        wizard.discardPlan();
        wizard.goTo(WizardStep.CHECK);
        ImportOptions o = wizard.options();
        Path f = wizard.fileProperty().get();
        wizard.start("imp.busy.check", true, p -> wizard.services().importPlanning().plan(f, o, p), wizard::planned, e -> {
            if (e instanceof CancellationException) {
                verdict.set(Messages.t("imp.check.cancelled"));
            } else {
                wizard.fail(e);
            }
        });
    }

    void show(ImportPlan p) {
        var c = p.counts();
        List<RowProblem> errs = p.errors();
        long warnings = p.problems().size() - errs.size();
        List<Stat> s = new ArrayList<>();
        s.add(new Stat("rows", Messages.t("imp.stat.rows"), Messages.count(c.rows()), false));
        s.add(new Stat("skipped", Messages.t("imp.stat.skipped"), Messages.count(c.skippedRows()), false));
        if (c.otherTowns() > 0 || p.options().town() != null) {
            s.add(new Stat("other-towns", Messages.t("imp.stat.otherTowns"), Messages.count(c.otherTowns()), false));
        }
        s.add(new Stat("rejected", Messages.t("imp.stat.rejected"), Messages.count(c.rejectedRows()),
                c.rejectedRows() > 0));
        s.add(new Stat("warnings", Messages.t("imp.stat.warnings"), Messages.count(warnings), false));
        if (c.monitoringOpened() + c.eliminationsMarked() + c.categoriesChanged() > 0) {
            s.add(new Stat("monitoring-opened", Messages.t("imp.stat.monitoringOpened"),
                    Messages.count(c.monitoringOpened()), false));
            s.add(new Stat("eliminations", Messages.t("imp.stat.eliminations"), Messages.count(c.eliminationsMarked()),
                    false));
            s.add(new Stat("categories", Messages.t("imp.stat.categories"), Messages.count(c.categoriesChanged()), false));
        }
        stats.setAll(s);
        skippedSheets.setAll(p.skippedSheets().keySet().stream()
                .map(n -> Messages.t("imp.check.skippedSheet", n)).toList());
        if (p.options().supplement()) {
            skippedSheets.add(Messages.t("imp.check.supplement"));
        }
        long households = c.householdsAdded() + c.householdsChanged() + c.householdsUnchanged();
        if (p.kind() == ImportKind.PUSH) {
            verdict.set(Messages.t("imp.check.verdictPush", Messages.count(c.leadsAdded()),
                    Messages.count(c.unmatched()), Messages.count(c.rejectedRows())));
        } else if (c.householdsHeldBack() > 0) {
            verdict.set(Messages.t("imp.check.verdictRoster", Messages.count(households),
                    Messages.count(c.householdsHeldBack())));
        } else if (p.problems().isEmpty()) {
            verdict.set(Messages.t("imp.check.none"));
        } else {
            verdict.set(Messages.t("imp.check.verdictRosterOk", Messages.count(households)));
        }
        allProblems.setAll(p.problems().stream().map(CheckStepViewModel::problemRow).toList());
        problemsTitle.set(Messages.t("imp.problems.count", Messages.count(p.problems().size())));
        canExportErrors.set(p.hasRejectedRows());
    }

    void clear() {
        verdict.set("");
        stats.clear();
        skippedSheets.clear();
        allProblems.clear();
        problemsTitle.set(Messages.t("imp.problems"));
        canExportErrors.set(false);
        exportMessage.set("");
    }

    static ProblemRow problemRow(RowProblem p) {
        return new ProblemRow(p.sheet(), Messages.count(p.row()), p.column() == null ? "" : p.column(), p.label(),
                p.message(), Messages.t(p.error() ? "imp.severity.error" : "imp.severity.warning"), p.error());
    }

    // ================================================================ exporting the problem rows

    /** The file name offered when saving the problem rows. */
    public String suggestedErrorsName() {
        return Messages.t("imp.problems.exportName", wizard.fileBaseName());
    }

    /** 导出问题行…: asks where to save the rejected rows, next to the roster at first, then writes them. */
    public void onExportErrors() {
        ImportPlan plan = wizard.plan();
        if (plan == null || !plan.hasRejectedRows() || wizard.isBusy()) {
            return;
        }
        Path source = wizard.fileProperty().get();
        Path folder = source == null ? null : source.toAbsolutePath().getParent();
        wizard.dialogs().chooseFileToSave(new FileQuestion(Messages.t("imp.problems.exportTitle"),
                List.of(FileFilter.of(Messages.t("imp.chooser.xlsx"), "*.xlsx")), folder, suggestedErrorsName()))
                .ifPresent(this::exportErrorsTo);
    }

    private cn.bangfu.ledger.gui.common.ListExporter listExporter;

    /** 导出Excel of the problem list as shown (the filter 只看错误 applied), for the office's own records. */
    public void onExportList(cn.bangfu.ledger.gui.common.ListExport list) {
        if (listExporter == null) {
            listExporter = cn.bangfu.ledger.gui.common.ListExporter.of(wizard.services(), wizard.dialogs(), wizard.background());
        }
        listExporter.export(list);
    }

    /** Writes the rejected rows (their columns and problems) to an .xlsx the clerk can fix and import again. */
    void exportErrorsTo(Path out) {
        ImportPlan p = wizard.plan();
        if (out == null || p == null || !p.hasRejectedRows() || wizard.isBusy()) {
            return;
        }
        exportMessage.set("");
        wizard.start("imp.busy.export", false, pr -> {
            wizard.services().importPlanning().writeErrors(p, out);
            return out;
        }, written -> exportMessage.set(Messages.t("imp.problems.exported", Messages.count(p.counts().rejectedRows()),
                written)), wizard::fail);
    }

    // ================================================================ properties

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ObservableList<Stat> stats() {
        return stats;
    }

    public ObservableList<String> skippedSheets() {
        return skippedSheets;
    }

    /** The problems, all or only the errors ({@link #onlyErrorsProperty()}). */
    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public BooleanProperty onlyErrorsProperty() {
        return onlyErrors;
    }

    public ReadOnlyStringProperty problemsTitleProperty() {
        return problemsTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportErrorsProperty() {
        return canExportErrors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }
}
