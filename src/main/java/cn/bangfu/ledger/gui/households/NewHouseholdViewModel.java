package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
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
    private final MemberFormViewModel head;
    private final HouseholdFields household;
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.new.save"));
    private Long createdId;

    public NewHouseholdViewModel(LedgerServices services) {
        this.services = services;
        this.head = MemberFormViewModel.forNewHead(services);
        this.household = new HouseholdFields(services, null, this::combine);
        head.findingsProperty().addListener((o, a, b) -> combine());
        validate();
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
     * Creates the household with its head. Returns the new household's id, or null when refused (then
     * {@link #messageProperty()} says why, or {@link #reasonMissingProperty()} asks for the reason).
     */
    public Long onSave() {
        validate();
        head.validate();
        if (gate.blockedByErrors() || gate.needsReasonNow()) {
            return null;
        }
        try {
            createdId = services.households().createHousehold(draft(), head.draft(), gate.reasonToSave());
            return createdId;
        } catch (RuntimeException e) {
            gate.refused(e, LOG, "Creating a household failed");
        }
        return null;
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
        return createdId;
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
