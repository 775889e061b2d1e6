package cn.bangfu.ledger.gui.settings;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.OfficeSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings page: the office's county and town and the operator's name. Problems are shown as the clerk
 * types; saving is possible only when there are none and something changed.
 */
public final class SettingsViewModel {

    private final LedgerServices services;
    private final Runnable onSaved;
    private final StringProperty county = new SimpleStringProperty("");
    private final StringProperty town = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty head = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private OfficeSettings saved = OfficeSettings.EMPTY;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    private final Background background;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    /** For tests and scripts: reads and saves at once on the calling thread. */
    public SettingsViewModel(LedgerServices services, Runnable onSaved) {
        this(services, onSaved, Background.inPlace());
    }

    /** @param background runs the reads and the save (the window's: {@link Background#fx()}) */
    public SettingsViewModel(LedgerServices services, Runnable onSaved, Background background) {
        this.services = services;
        this.onSaved = onSaved;
        this.background = background;
        dirty = Bindings.createBooleanBinding(() -> !current().equals(saved), county, town, operator, reviewer, head,
                phone);
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && problems.get().isEmpty(), dirty, problems);
        county.addListener((o, a, b) -> validate());
        town.addListener((o, a, b) -> validate());
        operator.addListener((o, a, b) -> validate());
        reviewer.addListener((o, a, b) -> validate());
        head.addListener((o, a, b) -> validate());
        phone.addListener((o, a, b) -> validate());
        load();
    }

    private OfficeSettings current() {
        return new OfficeSettings(county.get(), town.get(), operator.get(), reviewer.get(), head.get(), phone.get());
    }

    private void validate() {
        problems.set(String.join("\n", SettingsService.problems(current())));
        message.set("");
    }

    /** Shows what the ledger holds, dropping unsaved edits (read through the background runner). */
    public void load() {
        background.task(p -> services.settings().office()).latest("settings").quiet()
                .onSuccess(this::show)
                .onFailure(e -> message.set(Background.explain(e)))
                .start();
    }

    private void show(OfficeSettings office) {
        saved = office;
        county.set(saved.county());
        town.set(saved.town());
        operator.set(saved.operator());
        reviewer.set(saved.reviewer());
        head.set(saved.head());
        phone.set(saved.phone());
        dirty.invalidate();
        validate();
        loaded.set(true);
    }

    /**
     * Saves through the background runner; returns false (and says why in {@link #messageProperty()}) when the
     * ledger refused (known at once in tests; in the window a refusal arrives later, in the message).
     */
    public boolean onSave() {
        if (!canSave.get()) {
            return false;
        }
        OfficeSettings value = current();
        boolean[] refused = {false};
        background.task(p -> {
            services.settings().save(value);
            return services.settings().office();
        }).busyText(Messages.t("settings.saving")).latest("settings").onSuccess(office -> {
            show(office);
            message.set(Messages.t("settings.saved"));
            onSaved.run();
        }).onFailure(e -> {
            refused[0] = true;
            message.set(Background.explain(e));
        }).start();
        return !refused[0];
    }

    /** Whether the ledger's settings have been read (the fields are editable from then on). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void onRevert() {
        load();
    }

    public StringProperty countyProperty() {
        return county;
    }

    public StringProperty townProperty() {
        return town;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** 审核人 on the printed forms. */
    public StringProperty reviewerProperty() {
        return reviewer;
    }

    /** 负责人 on the printed forms. */
    public StringProperty headProperty() {
        return head;
    }

    /** The office's phone, printed on the village 公示 for objections. */
    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public String ledgerFile() {
        return services.file().toString();
    }
}
