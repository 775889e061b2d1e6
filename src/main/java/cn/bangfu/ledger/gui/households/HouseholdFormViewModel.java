package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 编辑户信息: a household's own fields ({@link HouseholdFields}: 户编号, 村, 户类型, 整户无劳动能力, 电话, 地址, 备注)
 * filled in from the ledger and checked by the rules as the clerk types. Saving needs a change and no error;
 * warnings may be saved with a reason, which goes to the audit row with the changed fields.
 */
public final class HouseholdFormViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdFormViewModel.class);

    private final LedgerServices services;
    private final HouseholdFields household;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.form.save"));

    /** A form for the household as the ledger holds it now. */
    public HouseholdFormViewModel(LedgerServices services, long householdId) {
        this(services, services.households().card(householdId).household());
    }

    /** A form for this household (as read from the ledger). */
    public HouseholdFormViewModel(LedgerServices services, Household existing) {
        this.services = services;
        this.household = new HouseholdFields(services, Objects.requireNonNull(existing, "existing"), this::checked);
        household.validate();
    }

    private void checked() {
        List<Finding> all = household.findings();
        boolean different = household.changed();
        changed.set(different);
        canSave.set(different && all.stream().noneMatch(Finding::isError));
        gate.show(all);
    }

    /**
     * Adds a village and selects it.
     *
     * @return true when added; otherwise {@link #messageProperty()} says why
     */
    public boolean addVillage(String name) {
        String problem = household.addVillage(name);
        if (problem != null) {
            gate.say(problem);
        }
        return problem == null;
    }

    /**
     * Saves the changed fields. Refuses while there is an error or nothing changed; with warnings, asks for the
     * reason first ({@link #reasonMissingProperty()}). Returns true when saved.
     */
    public boolean onSave() {
        household.validate();
        if (gate.blockedByErrors()) {
            return false;
        }
        if (!changed.get()) {
            gate.say(Messages.t("hh.hf.unchanged"));
            return false;
        }
        if (gate.needsReasonNow()) {
            return false;
        }
        try {
            services.households().updateHousehold(household.draft(), gate.reasonToSave());
            return true;
        } catch (RuntimeException e) {
            gate.refused(e, LOG, "Saving a household failed");
        }
        return false;
    }

    // ---- properties

    /** The household's fields (bound by the form). */
    public HouseholdFields household() {
        return household;
    }

    public FieldState field(String field) {
        return household.field(field);
    }

    public StringProperty reasonProperty() {
        return gate.reasonProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return gate.hasErrorsProperty();
    }

    public ReadOnlyBooleanProperty hasWarningsProperty() {
        return gate.hasWarningsProperty();
    }

    /** True when a field differs from the ledger. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** True when there is a change and no error (保存 is enabled). */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveLabelProperty() {
        return gate.saveLabelProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return gate.messageProperty();
    }

    public ReadOnlyBooleanProperty reasonMissingProperty() {
        return gate.reasonMissingProperty();
    }

    /** The save gate, for the form's {@link SaveBar}. */
    FindingsGate gate() {
        return gate;
    }
}
