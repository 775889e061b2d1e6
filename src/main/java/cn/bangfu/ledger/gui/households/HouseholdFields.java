package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.Formats;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A household's own fields as a form holds them (户编号, 村 with 新增村…, 户类型, 整户无劳动能力, 电话, 地址, 备注),
 * checked by the rules ({@code checkHousehold}) as the clerk types, each finding next to its field. Shared by
 * 新建农户 and 编辑户信息; the owner decides what saving means.
 */
public final class HouseholdFields {

    /** The entry of the village list that adds a village. */
    public static final long ADD_VILLAGE = -1L;
    /** The fields, named as the rules name them (the {@link Household} record components). */
    public static final List<String> FIELDS = List.of("householdNo", "villageId", "householdType", "noLabourCapacity",
            "phone", "address", "note");

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdFields.class);
    private static final String CHECK_LANE = "household-check";

    private final LedgerServices services;
    private final Background background;
    private final DialogService dialogs;
    private final FormCodes codes;
    private final Household existing;
    private final Runnable onChecked;
    private final Consumer<String> say;
    private final StringProperty householdNo = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> village = new SimpleObjectProperty<>();
    private final StringProperty householdType = new SimpleStringProperty();
    private final BooleanProperty noLabourCapacity = new SimpleBooleanProperty();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Choice<Long>> villages = FXCollections.observableArrayList();
    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper recordErrors = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordWarnings = new ReadOnlyStringWrapper("");
    private List<Finding> findings = List.of();
    /** The village chosen before 新增村… (chosen again when adding is cancelled or refused). */
    private Choice<Long> lastVillage;

    /**
     * @param background runs the checks as the clerk types and the adding of a village
     * @param dialogs    asks for the name of a village to add
     * @param existing   the household to edit (its values filled in), or null for a new one
     * @param onChecked  run after every check (the owner combines the findings, e.g. with the head's)
     * @param say        shows a message of the owner's form (why a village was not added)
     */
    HouseholdFields(LedgerServices services, Background background, DialogService dialogs, FormCodes codes,
            Household existing, Runnable onChecked, Consumer<String> say) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.codes = codes;
        this.existing = existing;
        this.onChecked = onChecked;
        this.say = say;
        FIELDS.forEach(f -> fields.put(f, new FieldState()));
        reloadVillages();
        if (existing == null) {
            List<CodeEntry> types = codes.of("household_type");
            if (!types.isEmpty()) {
                householdType.set(types.getFirst().code());
            }
        } else {
            householdNo.set(Formats.orEmpty(existing.householdNo()));
            village.set(villages.stream().filter(c -> Objects.equals(c.value(), existing.villageId())).findFirst()
                    .orElse(null));
            householdType.set(existing.householdType());
            noLabourCapacity.set(existing.noLabourCapacity());
            phone.set(Formats.orEmpty(existing.phone()));
            address.set(Formats.orEmpty(existing.address()));
            note.set(Formats.orEmpty(existing.note()));
        }
        List<ObservableValue<?>> inputs = List.of(householdNo, village, householdType, noLabourCapacity, phone,
                address, note);
        inputs.forEach(p -> p.addListener((o, a, b) -> validate()));
        lastVillage = village.get();
        village.addListener((o, a, b) -> {
            if (!isAddVillage(b)) {
                lastVillage = b;
            }
        });
    }

    private static boolean isAddVillage(Choice<Long> c) {
        return c != null && c.value() != null && c.value() == ADD_VILLAGE;
    }

    /** The active villages (and the edited household's own, even if no longer active), then 新增村…. */
    private void reloadVillages() {
        showVillages(codes.villages());
    }

    private void showVillages(List<Village> all) {
        List<Choice<Long>> list = new ArrayList<>();
        for (Village v : all) {
            if (v.active() || existing != null && v.id() == existing.villageId()) {
                list.add(Choice.of(v.name(), v.id()));
            }
        }
        list.add(Choice.of(Messages.t("hh.new.addVillage"), ADD_VILLAGE));
        villages.setAll(list);
    }

    /**
     * 新增村… was picked: asks for the village's name, adds it and selects it; cancelled or refused, the village
     * chosen before is chosen again.
     *
     * @param onAdded after the village was added (the list's village filter reloads)
     */
    public void onAddVillage(Runnable onAdded) {
        Optional<String> name = dialogs.askText(new DialogService.TextQuestion(Messages.t("hh.new.addVillageTitle"),
                Messages.t("hh.new.addVillageHeader"), Messages.t("hh.new.addVillageLabel"), "", "", true));
        if (name.isEmpty() || name.get().isBlank()) {
            village.set(lastVillage);
            return;
        }
        addVillage(name.get(), onAdded);
    }

    /**
     * Adds a village by name (off the FX thread) and selects it; refused, {@code say} tells why and the village
     * chosen before is chosen again.
     */
    void addVillage(String name, Runnable onAdded) {
        background.task(p -> {
            long id = services.households().addVillage(name);
            return Map.entry(id, services.households().villages());
        }).busyText(Messages.t("hh.saving")).onSuccess(added -> {
            showVillages(added.getValue());
            villages.stream().filter(c -> c.value() == added.getKey().longValue()).findFirst()
                    .ifPresent(village::set);
            onAdded.run();
        }).onFailure(e -> {
            village.set(lastVillage);
            say.accept(e instanceof LedgerException ? e.getMessage() : Background.explain(e));
        }).start();
    }

    /** The household as it would be saved (the edited one keeps its id and 村民小组). */
    Household draft() {
        Choice<Long> v = village.get();
        long villageId = v == null || v.value() == null || v.value() == ADD_VILLAGE ? 0 : v.value();
        return new Household(existing == null ? null : existing.id(), Formats.orEmpty(householdNo.get()).strip(),
                villageId, existing == null ? null : existing.groupId(), householdType.get(), noLabourCapacity.get(),
                blankToNull(phone.get()), blankToNull(address.get()), blankToNull(note.get()));
    }

    /** True when saving would change the edited household (always true for a new one). */
    boolean changed() {
        if (existing == null) {
            return true;
        }
        Household stored = new Household(existing.id(), Formats.orEmpty(existing.householdNo()).strip(),
                existing.villageId(), existing.groupId(), existing.householdType(), existing.noLabourCapacity(),
                blankToNull(existing.phone()), blankToNull(existing.address()), blankToNull(existing.note()));
        return !draft().equals(stored);
    }

    /**
     * Checks the draft with the rules and shows each finding next to its field. The rules read the ledger (a
     * number another household holds), so the check runs off the FX thread; a newer check replaces an older one.
     */
    public void validate() {
        Household draft = draft();
        background.task(p -> check(draft)).quiet().latest(CHECK_LANE).onSuccess(this::show).start();
    }

    /** Off the FX thread: the rules' findings about the draft (a failed check is a finding too). */
    List<Finding> check(Household draft) {
        try {
            return List.copyOf(services.households().checkHousehold(draft));
        } catch (RuntimeException e) {
            LOG.warn("Checking a household failed", e);
            return List.of(Finding.error(null, "CHECK_FAILED", Messages.t("hh.form.checkFailed", e.getMessage())));
        }
    }

    /** Shows findings (of {@link #check}) next to their fields, then tells the owner. */
    void show(List<Finding> all) {
        fields.forEach((field, state) -> state.show(all.stream().filter(f -> field.equals(f.field())).toList()));
        List<Finding> record = all.stream().filter(f -> f.field() == null || !fields.containsKey(f.field())).toList();
        recordErrors.set(lines(record.stream().filter(Finding::isError).toList()));
        recordWarnings.set(lines(record.stream().filter(f -> !f.isError()).toList()));
        findings = all;
        onChecked.run();
    }

    private static String lines(List<Finding> list) {
        return list.stream().map(Finding::message).distinct().collect(Collectors.joining("\n"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The findings of the last check. */
    public List<Finding> findings() {
        return findings;
    }

    public List<Choice<String>> householdTypes() {
        return codes.of("household_type").stream()
                .map(c -> Choice.of(c.label(), c.code())).toList();
    }

    public FieldState field(String field) {
        FieldState s = fields.get(field);
        if (s == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return s;
    }

    /** Findings about the household not tied to one of its fields: errors, one per line. */
    public ReadOnlyStringProperty recordErrorsProperty() {
        return recordErrors.getReadOnlyProperty();
    }

    /** Findings about the household not tied to one of its fields: warnings, one per line. */
    public ReadOnlyStringProperty recordWarningsProperty() {
        return recordWarnings.getReadOnlyProperty();
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

    public StringProperty noteProperty() {
        return note;
    }
}
