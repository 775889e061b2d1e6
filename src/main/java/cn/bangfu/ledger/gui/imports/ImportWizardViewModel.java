package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Progress;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ColumnMapping;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.logic.rosters.Inspection;
import cn.bangfu.ledger.model.LedgerException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 导入花名册, the wizard: owns what the steps share — the chosen file, its inspection (header and sheets), the
 * checked plan, whether it was applied — and moves between the steps (选择文件 → 识别表头 → 检查 → 差异预览 →
 * 确认导入), each a model of its own. Its one {@link Background} runs the long work of every step (reading the
 * header, the check, the export, the apply) off the FX thread, with the busy line, progress and cancel.
 */
public final class ImportWizardViewModel {

    /** A step's long work, given the import's progress (its cancel included). */
    @FunctionalInterface
    interface ImportWork<T> {
        T run(ImportProgress progress) throws Exception;
    }

    private final LedgerServices services;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable ledgerChanged;
    private final Runnable historyChanged;

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private Inspection inspection;
    private Choice<ImportKind> inspectedWith;
    private ImportPlan plan;
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper();

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();

    private final FileStepViewModel fileStep;
    private final MappingStepViewModel mappingStep;
    private final CheckStepViewModel checkStep;
    private final PreviewStepViewModel previewStep;
    private final ConfirmStepViewModel confirmStep;

    /**
     * @param ledgerChanged  called (on the FX thread) after an import changed the ledger
     * @param historyChanged called after an apply was tried (the history may have a new batch)
     */
    public ImportWizardViewModel(LedgerServices services, Background background, DialogService dialogs,
            Runnable ledgerChanged, Runnable historyChanged) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.ledgerChanged = ledgerChanged;
        this.historyChanged = historyChanged;
        fileStep = new FileStepViewModel(this);
        mappingStep = new MappingStepViewModel(this);
        checkStep = new CheckStepViewModel(this);
        previewStep = new PreviewStepViewModel();
        confirmStep = new ConfirmStepViewModel(this);
        fileStep.listen();
        background.runningProperty().addListener((o, a, b) -> updateState());
        updateState();
    }

    // ================================================================ the steps

    public FileStepViewModel file() {
        return fileStep;
    }

    public MappingStepViewModel mapping() {
        return mappingStep;
    }

    public CheckStepViewModel check() {
        return checkStep;
    }

    public PreviewStepViewModel preview() {
        return previewStep;
    }

    public ConfirmStepViewModel confirm() {
        return confirmStep;
    }

    // ================================================================ refresh

    /** Reads the office's town again (when the page is shown); the wizard keeps its place. */
    public void refresh() {
        background.task(p -> services.settings().office().town()).quiet().latest("office")
                .onSuccess(fileStep::showOfficeTown)
                .onFailure(e -> error.set(message(e)))
                .start();
    }

    // ================================================================ the file and its header

    /** A file was chosen (chooser or drop): its header is read and the wizard goes on to 识别表头. */
    void fileChosen(Path chosen) {
        file.set(chosen);
        clearInspection();
        applied.set(false);
        confirmStep.clearResult();
        inspect(false);
    }

    /** Reads the file's header (again, for another sheet: the clerk's edits stay when the header is the same). */
    void inspect(boolean sheetChanged) {
        Path f = file.get();
        Choice<ImportKind> with = fileStep.kindChoiceProperty().get();
        String chosenSheet = sheetChanged ? mappingStep.chosenSheet() : null;
        ImportOptions o = new ImportOptions(with.value(), chosenSheet, null, null, null);
        MappingStepViewModel.Edits edits = sheetChanged ? mappingStep.edits() : null;
        discardPlan();
        start("imp.busy.inspect", false, p -> services.importPlanning().inspect(f, o), ins -> {
            inspection = ins;
            inspectedWith = with;
            mappingStep.show(ins, with, chosenSheet, edits);
            step.set(WizardStep.MAPPING);
        }, e -> {
            error.set(message(e));
            if (!sheetChanged) {
                inspection = null;
                step.set(WizardStep.FILE);
            }
        });
    }

    /** The options as they stand: kind as inspected (or chosen), sheet, town filter, mapping, push department. */
    ImportOptions options() {
        String officeTown = fileStep.officeTownProperty().get();
        String town = fileStep.ownTownOnlyProperty().get() && !officeTown.isEmpty() ? officeTown : null;
        String source = fileStep.sourceProperty().get();
        String dept = source == null || source.isBlank() ? null : source.strip();
        ImportKind k = kind() != null ? kind() : fileStep.kindChoiceProperty().get().value();
        return new ImportOptions(k, mappingStep.chosenSheet(), town, mappingStep.columnMapping(), dept,
                fileStep.supplementProperty().get());
    }

    /** The kind of list the inspection found (or was told): null before a file is read. */
    public ImportKind kind() {
        return inspection == null ? null : inspection.kind();
    }

    Inspection inspection() {
        return inspection;
    }

    /** The chosen file's name without its extension (to offer as a name). */
    String fileBaseName() {
        String name = file.get() == null ? "" : file.get().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ================================================================ the plan

    /** The check's plan: every step after it shows it. */
    void planned(ImportPlan p) {
        plan = p;
        checkStep.show(p);
        previewStep.show(p);
        confirmStep.show(p);
        updateState();
    }

    /** The plan was applied (or refused as already imported): the steps before cannot be changed any more. */
    void appliedOrNot(boolean wasApplied) {
        applied.set(wasApplied);
        if (wasApplied) {
            plan = null;
            ledgerChanged.run();
        }
        historyChanged.run();
        updateState();
    }

    /** Any change of file, options or mapping makes the check stale. */
    void discardPlan() {
        plan = null;
        checkStep.clear();
        previewStep.clear();
        confirmStep.clear();
        updateState();
    }

    public ImportPlan plan() {
        return plan;
    }

    // ================================================================ navigation

    public void onNext() {
        if (!canNext.get()) {
            return;
        }
        clearMessages();
        switch (step.get()) {
            case FILE -> {
                if (inspection != null && fileStep.kindChoiceProperty().get() == inspectedWith) {
                    step.set(WizardStep.MAPPING);
                } else {
                    clearInspection();
                    inspect(false);
                }
            }
            case MAPPING -> checkStep.onCheck();
            case CHECK -> step.set(WizardStep.PREVIEW);
            case PREVIEW -> step.set(WizardStep.CONFIRM);
            case CONFIRM -> {
            }
        }
        updateState();
    }

    public void onBack() {
        if (!canBack.get()) {
            return;
        }
        clearMessages();
        step.set(WizardStep.values()[step.get().ordinal() - 1]);
        updateState();
    }

    /** Starts over with another file (the options stay). */
    public void onRestart() {
        if (isBusy()) {
            return;
        }
        file.set(null);
        clearInspection();
        applied.set(false);
        confirmStep.clearResult();
        step.set(WizardStep.FILE);
        updateState();
    }

    void goTo(WizardStep s) {
        step.set(s);
    }

    private void clearInspection() {
        inspection = null;
        inspectedWith = null;
        mappingStep.clear();
        discardPlan();
        clearMessages();
    }

    private void clearMessages() {
        error.set("");
        notice.set("");
    }

    void updateState() {
        boolean idle = !isBusy();
        WizardStep s = step.get();
        ColumnMapping m = mappingStep.columnMapping();
        boolean missing = m == null || !m.missing(kind()).isEmpty();
        canCheck.set(idle && inspection != null && !missing && !applied.get());
        canApply.set(idle && plan != null && plan.hasChanges() && !applied.get());
        checked.set(plan != null);
        canBack.set(idle && s != WizardStep.FILE && !(s == WizardStep.CONFIRM && applied.get()));
        canNext.set(idle && switch (s) {
            case FILE -> file.get() != null;
            case MAPPING -> canCheck.get();
            case CHECK, PREVIEW -> plan != null;
            case CONFIRM -> false;
        });
    }

    // ================================================================ long work

    LedgerServices services() {
        return services;
    }

    /** The wizard's runner (the list exports of its steps run on it). */
    Background background() {
        return background;
    }

    DialogService dialogs() {
        return dialogs;
    }

    boolean isBusy() {
        return background.isRunning();
    }

    /** Runs a step's work on the wizard's background: the busy line says {@code busyKey}; the outcome on FX. */
    <T> void start(String busyKey, boolean cancellable, ImportWork<T> work, Consumer<T> ok,
            Consumer<Throwable> failed) {
        error.set("");
        var task = background.task(p -> work.run(progressOf(p))).busyText(Messages.t(busyKey))
                .onSuccess(v -> {
                    ok.accept(v);
                    updateState();
                })
                .onFailure(e -> {
                    failed.accept(e);
                    updateState();
                });
        if (cancellable) {
            task.cancellable();
        }
        task.start();
        updateState();
    }

    /** Asks the running check to stop (it stops at its next progress report). */
    public void onCancel() {
        if (background.isRunning() && background.cancellableProperty().get()) {
            background.cancel();
        }
    }

    void fail(Throwable e) {
        error.set(message(e));
    }

    void fail(String message) {
        error.set(message);
    }

    void tell(String message) {
        notice.set(message);
    }

    /** The import's progress reported as the busy line's text and fraction. */
    static ImportProgress progressOf(Progress p) {
        return new ImportProgress() {
            @Override
            public void update(String stage, long done, long total) {
                p.update(describe(stage, done, total), total > 0 ? (double) done / total : -1);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    static String describe(String stage, long done, long total) {
        if (total > 0) {
            return Messages.t("imp.progress.of", stage, Messages.count(done), Messages.count(total));
        }
        if (done > 0) {
            return Messages.t("imp.progress.counted", stage, Messages.count(done));
        }
        return Messages.t("imp.progress.stage", stage);
    }

    /** The ledger's own refusal (also when wrapped), or an unexpected failure named (it is logged). */
    static String message(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof LedgerException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof LedgerException le && le.getMessage() != null) {
            return le.getMessage();
        }
        return Messages.t("imp.error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    // ================================================================ properties

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.runningProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return background.cancellableProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
    }

    /** 0 … 1, or -1 (indeterminate) while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return background.progressProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    /** The file has been checked (and nothing changed since): its results and difference are shown. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }
}
