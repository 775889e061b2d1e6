package cn.bangfu.ledger.gui;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OfficeSettings;
import java.time.YearMonth;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The frame: which page is shown, and the office and status lines. */
public final class MainViewModel {

    private final LedgerServices services;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.HOME);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper operatorLine = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ledgerLine = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper monthLine = new ReadOnlyStringWrapper();

    public MainViewModel(LedgerServices services) {
        this.services = services;
        ledgerLine.set(Messages.t("status.ledger", services.file()));
        YearMonth now = YearMonth.now();
        monthLine.set(Messages.t("status.month", Months.text(now)));
        refreshOffice();
    }

    /** Re-reads the office settings (after they were saved). */
    public void refreshOffice() {
        OfficeSettings office = services.settings().office();
        officeName.set(office.officeName());
        title.set(office.officeName().isEmpty() ? Messages.t("app.title")
                : Messages.t("app.titleWithOffice", office.officeName()));
        operatorLine.set(office.operator().isEmpty() ? Messages.t("status.operatorUnset")
                : Messages.t("status.operator", office.operator()));
    }

    public LedgerServices services() {
        return services;
    }

    public boolean isDemo() {
        return services.isDemo();
    }

    /**
     * Whether the frame offers to go back to the real ledger: only from the demo file beside it. A demo made
     * in a file of its own (the {@code demo} command on {@code --db x.db}) is the ledger that was asked for.
     */
    public boolean canLeaveDemo() {
        return services.isDemoFile();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void onNavigate(Page target) {
        page.set(target);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorLineProperty() {
        return operatorLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ledgerLineProperty() {
        return ledgerLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthLineProperty() {
        return monthLine.getReadOnlyProperty();
    }
}
