package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.LedgerException;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 新增核查: a dated 三保障 + 饮水 check of the household. */
public final class GuaranteeFormViewModel {

    private final LedgerServices services;
    private final Background background;
    private final long householdId;
    private final ObjectProperty<LocalDate> checkedOn = new SimpleObjectProperty<>();
    /** 义务教育有保障: no child of compulsory-school age out of school. */
    private final BooleanProperty educationSecured = new SimpleBooleanProperty(true);
    private final BooleanProperty housingSafe = new SimpleBooleanProperty(true);
    private final StringProperty housingGrade = new SimpleStringProperty();
    /** 基本医疗有保障: every member insured. */
    private final BooleanProperty medicalSecured = new SimpleBooleanProperty(true);
    private final BooleanProperty waterSafe = new SimpleBooleanProperty(true);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public GuaranteeFormViewModel(LedgerServices services, Background background, long householdId) {
        this.services = services;
        this.background = background;
        this.householdId = householdId;
        checkedOn.set(services.households().today());
    }

    public List<Choice<String>> grades() {
        return List.of(Choice.of(Messages.t("hh.form.unset"), null), Choice.of("A", "A"), Choice.of("B", "B"),
                Choice.of("C", "C"), Choice.of("D", "D"));
    }

    /** Saves the check, off the FX thread; once written, {@link #savedProperty()} turns true. */
    public void onSave() {
        if (saving.get()) {
            return;
        }
        String n = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        GuaranteeCheck check = new GuaranteeCheck(null, householdId, checkedOn.get(), !educationSecured.get(),
                housingSafe.get(), housingGrade.get(), !medicalSecured.get(), waterSafe.get(), n);
        saving.set(true);
        background.task(p -> services.households().addGuaranteeCheck(check)).busyText(Messages.t("hh.saving"))
                .onSuccess(id -> {
                    message.set("");
                    saved.set(true);
                }).onFailure(e -> {
                    if (e instanceof LedgerException) {
                        message.set(e.getMessage());
                    } else {
                        message.set(Messages.t("hh.error", e.getMessage()));
                    }
                }).onFinally(() -> saving.set(false)).start();
    }

    /** True once the check was written (the form closes). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean isSaved() {
        return saved.get();
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> checkedOnProperty() {
        return checkedOn;
    }

    public BooleanProperty educationSecuredProperty() {
        return educationSecured;
    }

    public BooleanProperty housingSafeProperty() {
        return housingSafe;
    }

    public StringProperty housingGradeProperty() {
        return housingGrade;
    }

    public BooleanProperty medicalSecuredProperty() {
        return medicalSecured;
    }

    public BooleanProperty waterSafeProperty() {
        return waterSafe;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
