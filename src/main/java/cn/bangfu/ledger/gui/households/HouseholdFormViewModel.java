package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final Background background;
    private final HouseholdFields household;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.form.save"));
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    /**
     * A form for this household (as read from the ledger).
     *
     * @param background runs the checks as the clerk types and the save
     * @param dialogs    asks for the name of a village added from the form
     * @param codes      the code lists and villages the form offers (read beforehand, off the FX thread)
     */
    public HouseholdFormViewModel(LedgerServices services, Background background, DialogService dialogs,
            FormCodes codes, Household existing) {
        this.services = services;
        this.background = background;
        this.household = new HouseholdFields(services, background, dialogs, codes,
                Objects.requireNonNull(existing, "existing"), this::checked, gate::say);
        household.validate();
    }

    private void checked() {
        List<Finding> all = household.findings();
        boolean different = household.changed();
        changed.set(different);
        canSave.set(different && all.stream().noneMatch(Finding::isError));
        gate.show(all);
    }

    /** Adds a village by name and selects it; {@code onAdded} runs once added, otherwise the message says why. */
    public void addVillage(String name, Runnable onAdded) {
        household.addVillage(name, onAdded);
    }

    /**
     * Saves the changed fields, off the FX thread. Refuses at once while there is an error or nothing changed;
     * with warnings, asks for the reason first ({@link #reasonMissingProperty()}). The draft is checked once more
     * before the write; once written, {@link #savedProperty()} turns true.
     */
    public void onSave() {
        if (saving.get() || gate.blockedByErrors()) {
            return;
        }
        if (!changed.get()) {
            gate.say(Messages.t("hh.hf.unchanged"));
            return;
        }
        if (gate.needsReasonNow()) {
            return;
        }
        Household h = household.draft();
        String reason = gate.reasonOrNull();
        saving.set(true);
        background.task(p -> {
            List<Finding> found = household.check(h);
            boolean warnings = !Findings.warnings(found).isEmpty();
            if (Findings.hasErrors(found) || warnings && reason == null) {
                return found;
            }
            services.households().updateHousehold(h, warnings ? reason : null);
            return null;
        }).busyText(Messages.t("hh.saving")).onSuccess(found -> {
            if (found == null) {
                saved.set(true);
            } else {
                household.show(found); // something changed since the last check: the form says what
                gate.mayProceed();
            }
        }).onFailure(e -> gate.refused(MemberFormViewModel.asRuntime(e), LOG, "Saving a household failed"))
                .onFinally(() -> saving.set(false))
                .start();
    }

    /** True once the household was written (the form closes). */
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
