package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.logic.rosters.FieldChange;
import cn.bangfu.ledger.logic.rosters.HouseholdDiff;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.PersonDiff;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4 差异预览: the checked plan against the ledger — households by {@link DiffStatus} for a roster, the leads
 * and the persons not found for a push list — each list with its count in its title.
 */
public final class PreviewStepViewModel {

    private final Map<DiffStatus, ObservableList<DiffRow>> diffs = new EnumMap<>(DiffStatus.class);
    private final Map<DiffStatus, ReadOnlyStringWrapper> diffTitles = new EnumMap<>(DiffStatus.class);
    private final ObservableList<PersonRow> leads = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> unmatched = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leadsTitle = new ReadOnlyStringWrapper(Messages.t("imp.diff.leads"));
    private final ReadOnlyStringWrapper unmatchedTitle = new ReadOnlyStringWrapper(Messages.t("imp.diff.unmatched"));

    PreviewStepViewModel() {
        for (DiffStatus s : DiffStatus.values()) {
            diffs.put(s, FXCollections.observableArrayList());
            diffTitles.put(s, new ReadOnlyStringWrapper(Messages.t("imp.diff." + s.name())));
        }
    }

    void show(ImportPlan p) {
        Map<DiffStatus, List<DiffRow>> rows = new EnumMap<>(DiffStatus.class);
        for (DiffStatus s : DiffStatus.values()) {
            rows.put(s, new ArrayList<>());
        }
        for (HouseholdDiff d : p.households()) {
            rows.get(d.status()).add(diffRow(d));
        }
        for (HouseholdDiff d : p.missing()) {
            rows.get(DiffStatus.MISSING).add(diffRow(d));
        }
        for (DiffStatus s : DiffStatus.values()) {
            diffs.get(s).setAll(rows.get(s));
            diffTitles.get(s).set(Messages.t("imp.diff.tab", Messages.t("imp.diff." + s.name()),
                    Messages.count(rows.get(s).size())));
        }
        leads.setAll(p.leads().stream().map(l -> new PersonRow("", l.personName(), l.idNumber(), l.source(),
                l.reason(), l.pushedOn() == null ? "" : l.pushedOn().toString())).toList());
        unmatched.setAll(p.unmatched().stream().map(u -> new PersonRow(
                (u.sheet().isEmpty() ? "" : u.sheet() + " ") + Messages.count(u.row()), u.name(), u.idNumber(), "",
                u.reason(), "")).toList());
        leadsTitle.set(Messages.t("imp.diff.tab", Messages.t("imp.diff.leads"), Messages.count(leads.size())));
        unmatchedTitle.set(Messages.t("imp.diff.tab", Messages.t("imp.diff.unmatched"),
                Messages.count(unmatched.size())));
    }

    void clear() {
        for (DiffStatus s : DiffStatus.values()) {
            diffs.get(s).clear();
            diffTitles.get(s).set(Messages.t("imp.diff." + s.name()));
        }
        leads.clear();
        unmatched.clear();
        leadsTitle.set(Messages.t("imp.diff.leads"));
        unmatchedTitle.set(Messages.t("imp.diff.unmatched"));
    }

    static DiffRow diffRow(HouseholdDiff d) {
        List<String> lines = new ArrayList<>();
        long persons = d.persons().stream().filter(x -> x.status() != DiffStatus.MISSING).count();
        switch (d.status()) {
            case ADDED -> {
                d.changes().stream().filter(c -> c.after() != null && !"行政村".equals(c.field()))
                        .forEach(c -> lines.add(c.field() + "：" + c.after()));
                lines.add(Messages.t("imp.diff.members",
                        String.join("、", d.persons().stream().map(PersonDiff::name).toList())));
            }
            case CHANGED -> {
                d.changes().forEach(c -> lines.add(change(c)));
                for (PersonDiff x : d.persons()) {
                    switch (x.status()) {
                        case ADDED -> lines.add(Messages.t("imp.diff.personAdded", x.name()));
                        case CHANGED -> lines.add(Messages.t("imp.diff.personChanged", x.name(),
                                String.join("；", x.changes().stream().map(PreviewStepViewModel::change).toList())));
                        case MISSING -> lines.add(Messages.t("imp.diff.personMissing", x.name()));
                        default -> {
                        }
                    }
                }
            }
            case UNCHANGED -> lines.add(Messages.t("imp.diff.unchanged"));
            case MISSING -> lines.add(Messages.t("imp.diff.missingNote"));
            case HELD_BACK -> lines.add(d.heldBack() == null ? "" : d.heldBack());
        }
        return new DiffRow(d.householdNo(), orEmpty(d.village()), orEmpty(d.headName()),
                d.status() == DiffStatus.MISSING ? "" : Messages.count(persons), String.join("\n", lines));
    }

    /** A line of the difference: 户类型：一般农户 → 脱贫户, or an event such as 新纳入监测：… */
    static String change(FieldChange c) {
        if (c.isEvent()) {
            return c.field() + "：" + c.after();
        }
        return Messages.t("imp.diff.change", c.field(), blank(c.before()), blank(c.after()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? Messages.t("imp.diff.blank") : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<DiffRow> diff(DiffStatus status) {
        return diffs.get(status);
    }

    public ReadOnlyStringProperty diffTitleProperty(DiffStatus status) {
        return diffTitles.get(status).getReadOnlyProperty();
    }

    public ObservableList<PersonRow> leads() {
        return leads;
    }

    public ObservableList<PersonRow> unmatched() {
        return unmatched;
    }

    public ReadOnlyStringProperty leadsTitleProperty() {
        return leadsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unmatchedTitleProperty() {
        return unmatchedTitle.getReadOnlyProperty();
    }
}
