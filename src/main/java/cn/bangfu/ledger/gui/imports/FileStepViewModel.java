package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService.FileFilter;
import cn.bangfu.ledger.gui.common.DialogService.FileQuestion;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Step 1 选择文件: the file (chooser or drop) and the options (kind, own town only, supplement, department). */
public final class FileStepViewModel {

    private final ImportWizardViewModel wizard;
    private final ReadOnlyStringWrapper fileLine = new ReadOnlyStringWrapper("");
    private final List<Choice<ImportKind>> kinds = List.of(Choice.of(Messages.t("imp.opt.kind.auto"), null),
            Choice.of(ImportKind.ROSTER.label(), ImportKind.ROSTER),
            Choice.of(ImportKind.PUSH.label(), ImportKind.PUSH));
    private final ObjectProperty<Choice<ImportKind>> kindChoice = new SimpleObjectProperty<>(kinds.getFirst());
    private final BooleanProperty ownTownOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty supplement = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper officeTown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper townOptionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper townOptionHint = new ReadOnlyStringWrapper("");
    private final StringProperty source = new SimpleStringProperty("");
    /** Where the chooser opens: the folder of the last file chosen or dropped. */
    private Path lastFolder;

    FileStepViewModel(ImportWizardViewModel wizard) {
        this.wizard = wizard;
        townTexts("");
    }

    /** Listens to the options once the other steps exist (a changed option makes the check stale). */
    void listen() {
        kindChoice.addListener((o, a, b) -> wizard.updateState());
        ownTownOnly.addListener((o, a, b) -> {
            wizard.mapping().updateTownLine();
            wizard.discardPlan();
        });
        source.addListener((o, a, b) -> wizard.discardPlan());
        supplement.addListener((o, a, b) -> wizard.discardPlan());
        wizard.fileProperty().addListener((o, a, f) -> fileLine.set(f == null ? ""
                : Messages.t("imp.drop.chosen", f.getFileName())));
    }

    /** The office's town from the settings: the town option says it (or that none is set). */
    void showOfficeTown(String town) {
        townTexts(town);
        wizard.mapping().updateTownLine();
        wizard.updateState();
    }

    private void townTexts(String town) {
        officeTown.set(town);
        if (town.isEmpty()) {
            townOptionText.set(Messages.t("imp.opt.noTown"));
            townOptionHint.set(Messages.t("imp.opt.noTownHint"));
        } else {
            townOptionText.set(Messages.t("imp.opt.ownTown", town));
            townOptionHint.set(Messages.t("imp.opt.ownTownHint"));
        }
    }

    /** 选择文件…: asks for a roster file, then reads its header. */
    public void onChoose() {
        if (wizard.isBusy()) {
            return;
        }
        wizard.dialogs().chooseFileToOpen(new FileQuestion(Messages.t("imp.chooser.title"), List.of(
                FileFilter.of(Messages.t("imp.chooser.tables"), "*.xlsx", "*.xls", "*.csv", "*.XLSX", "*.XLS", "*.CSV"),
                FileFilter.of(Messages.t("imp.chooser.xlsx"), "*.xlsx", "*.XLSX"),
                FileFilter.of(Messages.t("imp.chooser.xls"), "*.xls", "*.XLS"),
                FileFilter.of(Messages.t("imp.chooser.csv"), "*.csv", "*.CSV"),
                FileFilter.of(Messages.t("imp.chooser.all"), "*.*")), lastFolder, null))
                .ifPresent(this::onFileChosen);
    }

    /** A file was chosen or dropped: its header is read and the wizard goes on to 识别表头. */
    public void onFileChosen(Path chosen) {
        if (chosen == null || wizard.isBusy()) {
            return;
        }
        Path folder = chosen.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder = folder;
        }
        wizard.fileChosen(chosen);
    }

    public ReadOnlyStringProperty fileLineProperty() {
        return fileLine.getReadOnlyProperty();
    }

    public List<Choice<ImportKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<ImportKind>> kindChoiceProperty() {
        return kindChoice;
    }

    /** 补充名单: the file lists some households only; the ledger's others are not 账本有名册无. */
    public BooleanProperty supplementProperty() {
        return supplement;
    }

    public BooleanProperty ownTownOnlyProperty() {
        return ownTownOnly;
    }

    public ReadOnlyStringProperty officeTownProperty() {
        return officeTown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty townOptionTextProperty() {
        return townOptionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty townOptionHintProperty() {
        return townOptionHint.getReadOnlyProperty();
    }

    /** The push list's department when the file has no 推送部门 column (typed on step 1 or 2). */
    public StringProperty sourceProperty() {
        return source;
    }
}
