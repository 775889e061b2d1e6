package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdFilter.Sort;
import cn.bangfu.ledger.model.HouseholdPage;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.MemberMatch;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.model.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The household list (农户台账): search text, filters, sort order and pages ({@link #PAGE_SIZE} rows, 上一页 /
 * 下一页), all run in SQL; a new search or sort starts at its first page. Each query runs through the view
 * model's {@link Background}, off the FX thread; a newer query replaces an older one (the latest result wins). The search text is not watched here: the view asks for a
 * {@link #refresh()} after a short pause in typing; every other filter refreshes at once.
 */
public final class HouseholdsViewModel {

    /** Rows per page. */
    public static final int PAGE_SIZE = 500;

    private final LedgerServices services;
    private final Background background;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> village = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> householdType = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> risk = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> measureFamily = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Boolean>> status = new SimpleObjectProperty<>();
    private final BooleanProperty noDevelopmentMeasure = new SimpleBooleanProperty();
    private final ObservableList<Choice<Long>> villages = FXCollections.observableArrayList();
    /** The filters' choices: 全部… at once, the code lists' entries once read. */
    private final ObservableList<Choice<String>> householdTypes = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> risks = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> measureFamilies = FXCollections.observableArrayList();
    private final List<Choice<Boolean>> statuses;
    private final ObservableList<HouseholdRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper ledgerEmpty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Sort sort = Sort.VILLAGE;
    private boolean descending;
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper textSearch = new ReadOnlyBooleanWrapper();
    private int limit = PAGE_SIZE;
    /** The first row of the page asked for (0-based). */
    private int offset;

    /**
     * @param background runs the list's queries ({@link Background#fx()} in the window, {@link Background#inPlace()}
     *                   in tests)
     */
    public HouseholdsViewModel(LedgerServices services, Background background) {
        this.services = services;
        this.background = background;
        householdTypes.setAll(withAll("hh.filter.allTypes", List.of()));
        categories.setAll(withAll("hh.filter.allCategories", List.of()));
        risks.setAll(withAll("hh.filter.allRisks", List.of()));
        measureFamilies.setAll(withAll("hh.filter.allMeasures", List.of()));
        statuses = List.of(Choice.of(Messages.t("hh.filter.allStatus"), null),
                Choice.of(Messages.t("hh.status.monitored"), Boolean.FALSE),
                Choice.of(Messages.t("hh.status.eliminated"), Boolean.TRUE));
        reloadVillages();
        householdType.set(householdTypes.getFirst());
        category.set(categories.getFirst());
        risk.set(risks.getFirst());
        measureFamily.set(measureFamilies.getFirst());
        status.set(statuses.getFirst());
        List.of(village, householdType, category, risk, measureFamily, status)
                .forEach(p -> p.addListener((o, a, b) -> search()));
        noDevelopmentMeasure.addListener((o, a, b) -> search());
        background.task(p -> List.of(services.households().codes("household_type"),
                services.households().codes("monitor_category"), services.households().codes("risk"),
                services.households().codes("measure_family"))).quiet().onSuccess(lists -> {
                    // the filters stand at 全部…, which stays selected (an equal choice)
                    householdTypes.setAll(withAll("hh.filter.allTypes", lists.get(0)));
                    categories.setAll(withAll("hh.filter.allCategories", lists.get(1)));
                    risks.setAll(withAll("hh.filter.allRisks", lists.get(2)));
                    measureFamilies.setAll(withAll("hh.filter.allMeasures", lists.get(3)));
                }).onFailure(e -> error.set(Messages.t("hh.list.searchFailed", Background.explain(e)))).start();
    }

    /**
     * 新建农户: reads the code lists and villages the form offers (off the FX thread), then hands the new form's
     * view model to {@code open}.
     */
    public void onNewHousehold(DialogService dialogs, Consumer<NewHouseholdViewModel> open) {
        background.task(p -> FormCodes.read(services)).latest("new-household")
                .onSuccess(codes -> open.accept(new NewHouseholdViewModel(services, background, dialogs, codes)))
                .onFailure(e -> error.set(Background.explain(e))).start();
    }

    private static List<Choice<String>> withAll(String allKey, List<CodeEntry> codes) {
        List<Choice<String>> out = new ArrayList<>();
        out.add(Choice.of(Messages.t(allKey), null));
        codes.stream().filter(CodeEntry::active).forEach(c -> out.add(Choice.of(c.label(), c.code())));
        return List.copyOf(out);
    }

    /** Reads the village list again (after a village was added), off the FX thread, keeping the selected village. */
    public void reloadVillages() {
        background.task(p -> services.households().villages()).quiet().latest("villages").onSuccess(this::showVillages)
                .onFailure(e -> error.set(Messages.t("hh.list.searchFailed", Background.explain(e)))).start();
    }

    private void showVillages(List<Village> all) {
        Long selected = village.get() == null ? null : village.get().value();
        List<Choice<Long>> list = new ArrayList<>();
        list.add(Choice.of(Messages.t("hh.filter.allVillages"), null));
        for (Village v : all) {
            list.add(Choice.of(v.name(), v.id()));
        }
        villages.setAll(list);
        village.set(list.stream().filter(c -> java.util.Objects.equals(c.value(), selected)).findFirst()
                .orElse(list.getFirst()));
    }

    /** The filter as the controls stand now. */
    public HouseholdFilter filter() {
        String t = text.get() == null ? null : text.get().strip();
        return new HouseholdFilter(t == null || t.isEmpty() ? null : t, value(village.get()),
                value(householdType.get()), value(category.get()), value(risk.get()), value(measureFamily.get()),
                value(status.get()), noDevelopmentMeasure.get(), services.households().today(), sort, descending,
                limit, offset);
    }

    private static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }

    /** Runs the query for the current filter from its first page (after the text, a filter or the sort changed). */
    public void search() {
        offset = 0;
        refresh();
    }

    /** The next page, if there is one. */
    public void nextPage() {
        if (hasNext.get()) {
            offset += limit;
            refresh();
        }
    }

    /** The previous page, if there is one. */
    public void previousPage() {
        if (hasPrevious.get()) {
            offset = Math.max(0, offset - limit);
            refresh();
        }
    }

    /** What one query found: the page, and whether the ledger has no household at all. */
    private record Found(HouseholdPage page, boolean empty) {
    }

    /**
     * Runs the query for the current filter and page, off the FX thread; a newer query replaces an older one (only
     * the latest result is shown).
     */
    public void refresh() {
        HouseholdFilter f = filter();
        background.task(p -> find(f)).latest("search").onSuccess(r -> apply(r.page(), r.empty(), f)).onFailure(e -> error.set(Messages.t("hh.list.searchFailed", e.getMessage()))) // the runner logs it
                .start();
    }

    private cn.bangfu.ledger.gui.common.ListExporter exporter;

    /**
     * 导出Excel: every household of the current filter, in the current order (all pages, not only the one shown),
     * read off the FX thread, then put into the list's columns by {@code shown} (the view's table) and written.
     */
    public void onExport(cn.bangfu.ledger.gui.common.DialogService dialogs,
            java.util.function.Function<List<HouseholdRow>, cn.bangfu.ledger.gui.common.ListExport> shown) {
        if (exporter == null) {
            exporter = cn.bangfu.ledger.gui.common.ListExporter.of(services, dialogs, background);
        }
        HouseholdFilter f = filter();
        background.task(p -> {
            long total = services.search().search(f.page(0, 1)).total();
            return services.search().search(f.page(0, (int) Math.max(1, total))).rows();
        }).busyText(Messages.t("list.export.busy")).onSuccess(all -> exporter.export(shown.apply(all))).start();
    }

    private Found find(HouseholdFilter f) {
        HouseholdPage page = services.search().search(f);
        if (page.rows().isEmpty() && f.offset() > 0 && page.total() > 0) {
            // fewer households than before (a change elsewhere): the last page there is now
            page = services.search().search(f.page((int) ((page.total() - 1) / f.limit()) * f.limit(), f.limit()));
        }
        boolean empty = page.total() == 0 && services.search().search(new HouseholdFilter(null, null, null, null,
                null, null, null, false, f.today(), Sort.VILLAGE, false, 1)).total() == 0;
        return new Found(page, empty);
    }

    private void apply(HouseholdPage page, boolean empty, HouseholdFilter f) {
        long first = page.rows().isEmpty() ? 0 : pageStart(page, f);
        offset = (int) first;
        rows.setAll(page.rows());
        total.set(page.total());
        ledgerEmpty.set(empty);
        textSearch.set(f.text() != null);
        error.set("");
        boolean several = page.total() > page.rows().size();
        paged.set(several);
        hasPrevious.set(first > 0);
        hasNext.set(first + page.rows().size() < page.total());
        count.set(several
                ? Messages.t("hh.list.countPage", Messages.count(first + 1), Messages.count(first + page.rows().size()),
                        Messages.count(page.total()))
                : Messages.t("hh.list.count", Messages.count(page.total())));
    }

    /** The page's first row: the offset asked for, or the last page's when the search fell back to it. */
    private static long pageStart(HouseholdPage page, HouseholdFilter f) {
        return f.offset() < page.total() ? f.offset() : (page.total() - 1) / f.limit() * f.limit();
    }

    /** Sorts the list by a column, in SQL; does nothing when already sorted so. */
    public void sortBy(Sort by, boolean desc) {
        Sort s = by == null ? Sort.VILLAGE : by;
        boolean d = by != null && desc;
        if (s == sort && d == descending) {
            return;
        }
        sort = s;
        descending = d;
        search();
    }

    public Sort sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    /** Rows per page (the count is always exact). */
    void setLimit(int limit) {
        this.limit = limit;
    }

    // ---- what a row shows

    /** 脱贫不稳定户（监测中）, 边缘易致贫户（已消除）, or "" for a household never monitored. */
    public static String categoryText(HouseholdRow r) {
        if (r.category() == null) {
            return "";
        }
        return r.category() + Messages.t(r.monitored() ? "hh.list.monitoredSuffix" : "hh.list.eliminatedSuffix");
    }

    /** 张小明（之子）: the member other than the head through whom the row matched the search, or "". */
    public static String matchText(HouseholdRow r) {
        MemberMatch m = r.matched();
        if (m == null) {
            return "";
        }
        String relation = Formats.isBlank(m.relation()) ? Messages.t("hh.list.matchMember") : m.relation();
        return Messages.t(m.left() ? "hh.list.matchLeft" : "hh.list.match", m.name(), relation);
    }

    /** When the household last changed, in local time (2026-11-23 09:05). */
    public static String changedText(HouseholdRow r) {
        return Timestamps.local(r.changedAt());
    }

    // ---- properties

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice<Long>> villageProperty() {
        return village;
    }

    public ObjectProperty<Choice<String>> householdTypeProperty() {
        return householdType;
    }

    public ObjectProperty<Choice<String>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<String>> riskProperty() {
        return risk;
    }

    public ObjectProperty<Choice<String>> measureFamilyProperty() {
        return measureFamily;
    }

    public ObjectProperty<Choice<Boolean>> statusProperty() {
        return status;
    }

    public BooleanProperty noDevelopmentMeasureProperty() {
        return noDevelopmentMeasure;
    }

    public ObservableList<Choice<Long>> villages() {
        return villages;
    }

    public ObservableList<Choice<String>> householdTypes() {
        return householdTypes;
    }

    public ObservableList<Choice<String>> categories() {
        return categories;
    }

    public ObservableList<Choice<String>> risks() {
        return risks;
    }

    public ObservableList<Choice<String>> measureFamilies() {
        return measureFamilies;
    }

    public List<Choice<Boolean>> statuses() {
        return statuses;
    }

    public ObservableList<HouseholdRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True when the ledger has no household at all (not merely none matching). */
    public ReadOnlyBooleanProperty ledgerEmptyProperty() {
        return ledgerEmpty.getReadOnlyProperty();
    }

    /** More households match than one page holds: the page buttons are shown. */
    public ReadOnlyBooleanProperty pagedProperty() {
        return paged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** The rows shown come from a search by text (so a row may name the member who matched). */
    public ReadOnlyBooleanProperty textSearchProperty() {
        return textSearch.getReadOnlyProperty();
    }

    /** True while a query runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.runningProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
