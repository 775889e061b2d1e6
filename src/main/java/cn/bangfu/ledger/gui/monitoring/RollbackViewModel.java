package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.logic.LedgerServices;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** 风险消除回退: the date and the (required) reason; the episode is open again afterwards. */
public final class RollbackViewModel extends FormViewModel {

    private final LedgerServices services;
    private final long episodeId;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public RollbackViewModel(LedgerServices services, long episodeId) {
        this.services = services;
        this.episodeId = episodeId;
        date.set(services.monitoring().today());
        date.addListener((o, a, b) -> updateCanSave());
        updateCanSave();
    }

    @Override
    protected boolean fieldsComplete() {
        return date.get() != null && reasonOrNull() != null;
    }

    @Override
    protected void save() {
        services.monitoring().rollback(episodeId, date.get(), reasonOrNull());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
