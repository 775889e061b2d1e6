package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 新建农户: the household's own fields ({@link HouseholdFields}) and its head (the member form with the relation
 * fixed to 户主), checked as the clerk types and created together in one transaction.
 */
public final class NewHouseholdViewModel {

    /** The entry of the village list that adds a village. */
    public static final long ADD_VILLAGE = HouseholdFields.ADD_VILLAGE;

    private static final Logger LOG = LoggerFactory.getLogger(NewHouseholdViewModel.class);

    private final LedgerServices services;
    private final Background background;
    private final MemberFormViewModel head;
    private final HouseholdFields household;
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.new.save"));
    private final ReadOnlyObjectWrapper<Long> created = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    /**
     * @param background runs the checks as the clerk types and the creating
     * @param dialogs    asks for the name of a village added from the form
     * @param codes      the code lists and villages the form offers (read beforehand, off the FX thread)
     */
    public NewHouseholdViewModel(LedgerServices services, Background background, DialogService dialogs,
            FormCodes codes) {
        this.services = services;
        this.background = background;
        this.head = MemberFormViewModel.forNewHead(services, background, codes);
        this.household = new HouseholdFields(services, background, dialogs, codes, null, this::combine, gate::say);
        head.findingsProperty().addListener((o, a, b) -> combine());
        validate();
    }

    /** Adds a village by name and selects it; {@code onAdded} runs once added, otherwise the message says why. */
    public void addVillage(String name, Runnable onAdded) {
        household.addVillage(name, onAdded);
    }

    Household draft() {
        return household.draft();
    }

    public void validate() {
        household.validate();
    }

    private void combine() {
        List<Finding> all = new ArrayList<>(household.findings());
        all.addAll(head.findings());
        gate.show(all);
    }

    /** Household-level findings not tied to a field (shown under the household's fields). */
    public ReadOnlyStringProperty recordErrorsProperty() {
        return household.recordErrorsProperty();
    }

    /**
     * Creates the household with its head, off the FX thread. Refuses at once while there is an error, or asks for
     * the reason ({@link #reasonMissingProperty()}) while warnings stand; both are checked once more before the
     * write. Once created, {@link #createdProperty()} holds the new household's id; a refusal shows as the message.
     */
    public void onSave() {
        if (saving.get() || !gate.mayProceed()) {
            return;
        }
        Household h = draft();
        List<Finding> headProblems = new ArrayList<>();
        Member m = head.draft(headProblems);
        String reason = gate.reasonOrNull();
        saving.set(true);
        background.task(p -> {
            List<Finding> found = household.check(h);
            List<Finding> all = new ArrayList<>(found);
            all.addAll(headProblems);
            all.addAll(services.households().checkMember(m));
            boolean warnings = !Findings.warnings(all).isEmpty();
            if (Findings.hasErrors(all) || warnings && reason == null) {
                return new Attempt(found, all, null);
            }
            return new Attempt(found, all, services.households().createHousehold(h, m, warnings ? reason : null));
        }).busyText(Messages.t("hh.saving")).onSuccess(a -> {
            if (a.id() == null) {
                household.show(a.household());
                gate.show(a.all());
                gate.mayProceed();
            } else {
                created.set(a.id());
            }
        }).onFailure(e -> gate.refused(MemberFormViewModel.asRuntime(e), LOG, "Creating a household failed"))
                .onFinally(() -> saving.set(false))
                .start();
    }

    /** What a save found: the household's findings, all findings, and the new household's id when created. */
    private record Attempt(List<Finding> household, List<Finding> all, Long id) {
    }

    /** The new household's id, once created. */
    public ReadOnlyObjectProperty<Long> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** True while the household is being created. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public List<Choice<String>> householdTypes() {
        return household.householdTypes();
    }

    /** The household's own fields. */
    public HouseholdFields household() {
        return household;
    }

    public MemberFormViewModel head() {
        return head;
    }

    public Long createdId() {
        return created.get();
    }

    public FieldState field(String field) {
        return household.field(field);
    }

    public ObservableList<Choice<Long>> villages() {
        return household.villages();
    }

    public StringProperty householdNoProperty() {
        return household.householdNoProperty();
    }

    public ObjectProperty<Choice<Long>> villageProperty() {
        return household.villageProperty();
    }

    public StringProperty householdTypeProperty() {
        return household.householdTypeProperty();
    }

    public BooleanProperty noLabourCapacityProperty() {
        return household.noLabourCapacityProperty();
    }

    public StringProperty phoneProperty() {
        return household.phoneProperty();
    }

    public StringProperty addressProperty() {
        return household.addressProperty();
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
