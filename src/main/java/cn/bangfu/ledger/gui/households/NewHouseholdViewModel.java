package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Village;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 新建农户: the household's own fields and its head (the member form with the relation fixed to 户主),
 * checked as the clerk types and created together in one transaction.
 */
public final class NewHouseholdViewModel {

    /** The entry of the village list that adds a village. */
    public static final long ADD_VILLAGE = -1L;
    static final List<String> FIELDS = List.of("householdNo", "villageId", "householdType");

    private static final Logger LOG = LoggerFactory.getLogger(NewHouseholdViewModel.class);

    private final LedgerServices services;
    private final MemberFormViewModel head;
    private final StringProperty householdNo = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> village = new SimpleObjectProperty<>();
    private final StringProperty householdType = new SimpleStringProperty();
    private final BooleanProperty noLabourCapacity = new SimpleBooleanProperty();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Choice<Long>> villages = FXCollections.observableArrayList();
    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasWarnings = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveLabel = new ReadOnlyStringWrapper(Messages.t("hh.new.save"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reasonMissing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper recordErrors = new ReadOnlyStringWrapper("");
    private List<Finding> householdFindings = List.of();
    private Long createdId;

    public NewHouseholdViewModel(LedgerServices services) {
        this.services = services;
        this.head = MemberFormViewModel.forNewHead(services);
        FIELDS.forEach(f -> fields.put(f, new FieldState()));
        reloadVillages();
        List<CodeEntry> types = services.households().codes("household_type");
        if (!types.isEmpty()) {
            householdType.set(types.getFirst().code());
        }
        householdNo.addListener((o, a, b) -> validate());
        village.addListener((o, a, b) -> validate());
        householdType.addListener((o, a, b) -> validate());
        head.findingsProperty().addListener((o, a, b) -> combine());
        reason.addListener((o, a, b) -> {
            if (!HhFormat.isBlank(b)) {
                reasonMissing.set(false);
                message.set("");
            }
        });
        validate();
    }

    private void reloadVillages() {
        List<Choice<Long>> list = new ArrayList<>();
        for (Village v : services.households().villages()) {
            if (v.active()) {
                list.add(Choice.of(v.name(), v.id()));
            }
        }
        list.add(Choice.of(Messages.t("hh.new.addVillage"), ADD_VILLAGE));
        villages.setAll(list);
    }

    /**
     * Adds a village and selects it.
     *
     * @return true when added; otherwise {@link #messageProperty()} says why
     */
    public boolean addVillage(String name) {
        try {
            long id = services.households().addVillage(name);
            reloadVillages();
            villages.stream().filter(c -> c.value() == id).findFirst().ifPresent(village::set);
            return true;
        } catch (LedgerException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    Household draft() {
        Choice<Long> v = village.get();
        long villageId = v == null || v.value() == null || v.value() == ADD_VILLAGE ? 0 : v.value();
        return new Household(null, HhFormat.orEmpty(householdNo.get()).strip(), villageId, null,
                householdType.get(), noLabourCapacity.get(), blank(phone.get()), blank(address.get()), null);
    }

    public void validate() {
        try {
            householdFindings = services.households().checkHousehold(draft());
        } catch (RuntimeException e) {
            LOG.warn("Checking a household failed", e);
            householdFindings = List.of(Finding.error(null, "CHECK_FAILED",
                    Messages.t("hh.form.checkFailed", e.getMessage())));
        }
        fields.forEach((field, state) -> state.show(householdFindings.stream()
                .filter(f -> field.equals(f.field())).toList()));
        recordErrors.set(householdFindings.stream().filter(f -> f.field() == null || !fields.containsKey(f.field()))
                .map(Finding::message).collect(Collectors.joining("\n")));
        combine();
    }

    private void combine() {
        List<Finding> all = new ArrayList<>(householdFindings);
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

    /** Household-level findings not tied to a field (shown above the buttons). */
    public ReadOnlyStringProperty recordErrorsProperty() {
        return recordErrors.getReadOnlyProperty();
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
        return services.households().codes("household_type").stream()
                .map(c -> Choice.of(c.label(), c.code())).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public MemberFormViewModel head() {
        return head;
    }

    public Long createdId() {
        return createdId;
    }

    public FieldState field(String field) {
        return fields.get(field);
    }

    public ObservableList<Choice<Long>> villages() {
        return villages;
    }

    public StringProperty householdNoProperty() {
        return householdNo;
    }

    public ObjectProperty<Choice<Long>> villageProperty() {
        return village;
    }

    public StringProperty householdTypeProperty() {
        return householdType;
    }

    public BooleanProperty noLabourCapacityProperty() {
        return noLabourCapacity;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
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
