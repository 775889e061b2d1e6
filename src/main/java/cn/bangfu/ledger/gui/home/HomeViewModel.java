package cn.bangfu.ledger.gui.home;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.LedgerStats;
import cn.bangfu.ledger.model.OfficeSettings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The home page: the office's name and live counts from the ledger. */
public final class HomeViewModel {

    private final LedgerServices services;
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper villages = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper households = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper members = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper monitored = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper monitoredBreakdown = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper eliminated = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper eliminatedEpisodes = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper measures = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();

    public HomeViewModel(LedgerServices services) {
        this.services = services;
        refresh();
    }

    /** Reads the counts again from the ledger. */
    public void refresh() {
        OfficeSettings settings = services.settings().office();
        office.set(settings.officeName().isEmpty() ? Messages.t("home.officeUnset")
                : Messages.t("home.office", settings.officeName()));
        LedgerStats stats = services.overview().stats();
        villages.set(Messages.count(stats.villages()));
        households.set(Messages.count(stats.households()));
        members.set(Messages.count(stats.members()));
        monitored.set(Messages.count(stats.monitoredTotal()));
        StringBuilder breakdown = new StringBuilder();
        stats.monitored().forEach((category, n) -> breakdown.append(breakdown.isEmpty() ? "" : "\n")
                .append(category).append("  ").append(Messages.count(n)));
        monitoredBreakdown.set(breakdown.toString());
        // households, as the list's 已消除 filter counts them; the 户次 (as the 监测帮扶 page counts) beneath
        eliminated.set(Messages.count(stats.eliminatedHouseholds()));
        eliminatedEpisodes.set(Messages.t("home.eliminatedEpisodes", Messages.count(stats.eliminated())));
        measures.set(Messages.count(stats.measures()));
        empty.set(stats.households() == 0);
    }

    /** Whether the one-click demo is offered: on an empty real ledger. */
    public boolean offersDemo() {
        return !services.isDemo();
    }

    public ReadOnlyStringProperty officeProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty villagesProperty() {
        return villages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdsProperty() {
        return households.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty membersProperty() {
        return members.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monitoredProperty() {
        return monitored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monitoredBreakdownProperty() {
        return monitoredBreakdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eliminatedProperty() {
        return eliminated.getReadOnlyProperty();
    }

    /** Every elimination so far, in 户次 (a household eliminated, monitored again and eliminated counts twice). */
    public ReadOnlyStringProperty eliminatedEpisodesProperty() {
        return eliminatedEpisodes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
