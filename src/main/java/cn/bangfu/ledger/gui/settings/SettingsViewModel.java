package cn.bangfu.ledger.gui.settings;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.OfficeSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private OfficeSettings saved = OfficeSettings.EMPTY;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    public SettingsViewModel(LedgerServices services, Runnable onSaved) {
        this.services = services;
        this.onSaved = onSaved;
        dirty = Bindings.createBooleanBinding(() -> !current().equals(saved), county, town, operator);
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && problems.get().isEmpty(), dirty, problems);
        county.addListener((o, a, b) -> validate());
        town.addListener((o, a, b) -> validate());
        operator.addListener((o, a, b) -> validate());
        load();
    }

    private OfficeSettings current() {
        return new OfficeSettings(county.get(), town.get(), operator.get());
    }

    private void validate() {
        problems.set(String.join("\n", SettingsService.problems(current())));
        message.set("");
    }

    /** Shows what the ledger holds, dropping unsaved edits. */
    public void load() {
        saved = services.settings().office();
        county.set(saved.county());
        town.set(saved.town());
        operator.set(saved.operator());
        dirty.invalidate();
        validate();
    }

    /** Saves; returns false (and says why in {@link #messageProperty()}) when the ledger refused. */
    public boolean onSave() {
        if (!canSave.get()) {
            return false;
        }
        try {
            services.settings().save(current());
        } catch (LedgerException e) {
            message.set(e.getMessage());
            return false;
        }
        load();
        message.set(Messages.t("settings.saved"));
        onSaved.run();
        return true;
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
