package cn.bangfu.ledger.gui.households;

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
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasWarnings = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveLabel = new ReadOnlyStringWrapper(Messages.t("hh.new.save"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reasonMissing = new ReadOnlyBooleanWrapper();
    private Long createdId;

    public NewHouseholdViewModel(LedgerServices services) {
        this.services = services;
        this.head = MemberFormViewModel.forNewHead(services);
        this.household = new HouseholdFields(services, null, this::combine);
        head.findingsProperty().addListener((o, a, b) -> combine());
        reason.addListener((o, a, b) -> {
            if (!HhFormat.isBlank(b)) {
                reasonMissing.set(false);
                message.set("");
            }
        });
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
            message.set(problem);
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
        boolean errors = all.stream().anyMatch(Finding::isError);
        boolean warnings = all.stream().anyMatch(f -> !f.isError());
        hasErrors.set(errors);
        hasWarnings.set(warnings);
        saveLabel.set(!errors && warnings ? Messages.t("hh.form.saveAnyway") : Messages.t("hh.new.save"));
        if (!warnings) {
            reasonMissing.set(false);
        }
        message.set("");
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
        if (hasErrors.get()) {
            message.set(Messages.t("hh.form.fixErrors"));
            return null;
        }
        String why = hasWarnings.get() ? HhFormat.orEmpty(reason.get()).strip() : null;
        if (hasWarnings.get() && why.isEmpty()) {
            reasonMissing.set(true);
            message.set(Messages.t("hh.form.reasonNeeded"));
            return null;
        }
        try {
            createdId = services.households().createHousehold(draft(), head.draft(), why);
            return createdId;
        } catch (LedgerException e) {
            message.set(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Creating a household failed", e);
            message.set(Messages.t("hh.error", e.getMessage()));
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
        return reason;
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasWarningsProperty() {
        return hasWarnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveLabelProperty() {
        return saveLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reasonMissingProperty() {
        return reasonMissing.getReadOnlyProperty();
    }
}
