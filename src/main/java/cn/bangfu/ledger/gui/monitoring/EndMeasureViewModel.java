package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.logic.LedgerServices;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** 结束措施: the day a measure ended (today by default). */
public final class EndMeasureViewModel extends FormViewModel {

    private final LedgerServices services;
    private final long measureId;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public EndMeasureViewModel(LedgerServices services, long measureId) {
        this.services = services;
        this.measureId = measureId;
        date.set(services.monitoring().today());
        date.addListener((o, a, b) -> {
            setError("");
            updateCanSave();
        });
        updateCanSave();
    }

    @Override
    protected boolean fieldsComplete() {
        return date.get() != null;
    }

    @Override
    protected void save() {
        services.monitoring().endMeasure(measureId, date.get());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
