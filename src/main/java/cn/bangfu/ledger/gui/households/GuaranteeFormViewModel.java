package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.LedgerException;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 新增核查: a dated 三保障 + 饮水 check of the household. */
public final class GuaranteeFormViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(GuaranteeFormViewModel.class);

    private final LedgerServices services;
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

    public GuaranteeFormViewModel(LedgerServices services, long householdId) {
        this.services = services;
        this.householdId = householdId;
        checkedOn.set(services.households().today());
    }

    public List<Choice<String>> grades() {
        return List.of(Choice.of(Messages.t("hh.form.unset"), null), Choice.of("A", "A"), Choice.of("B", "B"),
                Choice.of("C", "C"), Choice.of("D", "D"));
    }

    /** Saves the check. Returns true when saved. */
    public boolean onSave() {
        String n = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        try {
            services.households().addGuaranteeCheck(new GuaranteeCheck(null, householdId, checkedOn.get(),
                    !educationSecured.get(), housingSafe.get(), housingGrade.get(), !medicalSecured.get(),
                    waterSafe.get(), n));
            message.set("");
            return true;
        } catch (LedgerException e) {
            message.set(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Saving a 三保障 check failed", e);
            message.set(Messages.t("hh.error", e.getMessage()));
        }
        return false;
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
