package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.HouseholdFilter.Sort;
import cn.bangfu.ledger.model.HouseholdRow;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 农户台账: the household list (search as you type, filters, sorting, pages — all in SQL) and, beside it, the
 * card of the household opened with Enter or a double-click (一户一档; while open it follows the selected row), or
 * the 新建农户 form.
 */
public final class HouseholdsView {

    private static final Duration DEBOUNCE = Duration.millis(150);
    private static final Duration FOLLOW_DELAY = Duration.millis(120);
    /**
     * The list's width while a card is open beside it: 户编号, 村 and 户主 stay readable, and the card keeps the rest
     * (at 1280 px all its tabs and the 帮扶措施 columns fit). The list keeps this width when the window is resized.
     */
    private static final double LIST_WIDTH = 340;

    private final LedgerServices services;
    private final DialogService dialogs;
    private final HouseholdsViewModel vm;
    private final HouseholdCardViewModel cardVm;
    private final HouseholdCardView cardView;
    private final SplitPane split = new SplitPane();
    private final VBox listPane;
    private final StackPane detailPane = new StackPane();
    private final TableView<HouseholdRow> table = Widgets.table("hh-table", "hh.list.noMatch");
    private final TextField search = new TextField();

    /** With dialogs of its own (owned by the window the page is shown in). */
    public HouseholdsView(LedgerServices services) {
        this(services, null);
    }

    /** @param dialogs the window's dialogs (null: dialogs owned by the window the page is shown in) */
    public HouseholdsView(LedgerServices services, DialogService dialogs) {
        this.services = services;
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> split.getScene() == null ? null : split.getScene().getWindow());
        this.vm = new HouseholdsViewModel(services, Background.fx());
        this.cardVm = new HouseholdCardViewModel(services, Background.fx(), this.dialogs);
        this.cardView = new HouseholdCardView(cardVm, vm::refresh, this::closeDetail, this::toggleList,
                vm::reloadVillages);

        Label title = Widgets.styled(Messages.t("hh.title"), "page-title");
        Button create = Widgets.button("hh-new", "hh.new.button", Feather.PLUS);
        create.getStyleClass().add("accent");
        create.setOnAction(e -> openNewHousehold());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, create);
        header.setAlignment(Pos.CENTER_LEFT);

        search.setId("hh-search");
        search.setPromptText(Messages.t("hh.search.prompt"));
        search.textProperty().bindBidirectional(vm.textProperty());
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> vm.search());
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                e.consume(); // from the search box straight into the list
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                    table.getFocusModel().focus(0);
                }
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                pause.stop();
                vm.search();
            }
        });

        Label count = new Label();
        count.setId("hh-count");
        count.getStyleClass().add("hh-count");
        count.textProperty().bind(vm.countProperty());
        Label error = Widgets.message("hh-list-error", vm.errorProperty(), "field-error");

        // icons only (named by tooltip), so that the count keeps its room in the narrow list beside a card
        Button previous = pageButton("hh-page-prev", "hh.list.prevPage", Feather.CHEVRON_LEFT);
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        previous.setOnAction(e -> vm.previousPage());
        Button next = pageButton("hh-page-next", "hh.list.nextPage", Feather.CHEVRON_RIGHT);
        next.disableProperty().bind(vm.hasNextProperty().not());
        next.setOnAction(e -> vm.nextPage());
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox pages = new HBox(6, previous, next);
        pages.getStyleClass().add("hh-pages");
        pages.visibleProperty().bind(vm.pagedProperty());
        pages.managedProperty().bind(pages.visibleProperty());
        Region countSpacer = new Region();
        HBox.setHgrow(countSpacer, Priority.ALWAYS);
        Button export = pageButton("hh-export", "list.export.button", Feather.DOWNLOAD);
        export.setOnAction(e -> vm.onExport(dialogs, all -> Widgets.listExport(Messages.t("page.HOUSEHOLDS"), table, all)));
        HBox countLine = new HBox(12, count, error, countSpacer, pages, export);
        countLine.setAlignment(Pos.CENTER_LEFT);

        listPane = new VBox(10, header, search, filters(), countLine, listBody());
        listPane.getStyleClass().add("hh-list-pane");
        listPane.setMinWidth(320);
        SplitPane.setResizableWithParent(listPane, false);
        VBox.setVgrow(listPane.getChildren().getLast(), Priority.ALWAYS);

        detailPane.getStyleClass().add("hh-detail-pane");
        detailPane.setMinWidth(560);
        split.getStyleClass().add("hh-split");
        split.getItems().setAll(listPane);
        vm.refresh();
    }

    /** The page (a {@link Parent}, so that it can also be a scene's root). */
    public Parent root() {
        return split;
    }

    // ---- the list

    private static Button pageButton(String id, String key, Feather icon) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setAccessibleText(Messages.t(key));
        b.setTooltip(new javafx.scene.control.Tooltip(Messages.t(key)));
        return b;
    }

    private Node filters() {
        ComboBox<Choice<Long>> village = new ComboBox<>(vm.villages());
        village.setId("hh-filter-village");
        village.valueProperty().bindBidirectional(vm.villageProperty());
        CheckBox noMeasure = new CheckBox(Messages.t("hh.filter.noMeasure"));
        noMeasure.setId("hh-filter-no-measure");
        noMeasure.selectedProperty().bindBidirectional(vm.noDevelopmentMeasureProperty());
        FlowPane bar = new FlowPane(8, 8, village,
                filter("hh-filter-type", vm.householdTypes(), vm.householdTypeProperty()),
                filter("hh-filter-category", vm.categories(), vm.categoryProperty()),
                filter("hh-filter-risk", vm.risks(), vm.riskProperty()),
                filter("hh-filter-measure", vm.measureFamilies(), vm.measureFamilyProperty()),
                Widgets.choiceCombo("hh-filter-status", vm.statuses(), vm.statusProperty()),
                noMeasure);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("hh-filters");
        return bar;
    }

    /** A filter whose choices arrive once the code list is read (the list is the view model's own). */
    private static ComboBox<Choice<String>> filter(String id, javafx.collections.ObservableList<Choice<String>> choices,
            javafx.beans.property.ObjectProperty<Choice<String>> value) {
        ComboBox<Choice<String>> c = new ComboBox<>(choices);
        c.setId(id);
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private Node listBody() {
        table.getColumns().setAll(List.of(
                sortable("hh.col.no", HouseholdRow::householdNo, Sort.HOUSEHOLD_NO, 160, false),
                sortable("hh.col.village", HouseholdRow::village, Sort.VILLAGE, 80, false),
                sortable("hh.col.head", r -> r.head() == null ? Messages.t("hh.list.noHead") : r.head(), Sort.HEAD, 80,
                        false),
                matchColumn(),
                sortable("hh.col.persons", r -> Messages.count(r.persons()), Sort.PERSONS, 60, true),
                sortable("hh.col.type", HouseholdRow::householdType, Sort.TYPE, 80, false),
                sortable("hh.col.category", HouseholdsViewModel::categoryText, Sort.CATEGORY, 180, false),
                sortable("hh.col.risks", HouseholdRow::risks, null, 160, false),
                sortable("hh.col.changed", HouseholdsViewModel::changedText, Sort.CHANGED, 140, false)));
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(null, false);
            } else {
                TableColumn<HouseholdRow, ?> c = t.getSortOrder().getFirst();
                vm.sortBy((Sort) c.getUserData(), c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true; // sorted in SQL, never in memory
        });
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            TableRow<HouseholdRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCard(row.getItem().id());
                }
            });
            return row;
        });
        // while a card is open, it follows the selected row (a click, the arrow keys), after a short pause so that
        // holding an arrow key down does not read every household it passes
        PauseTransition follow = new PauseTransition(FOLLOW_DELAY);
        follow.setOnFinished(e -> followSelection());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && cardOpen()) {
                follow.playFromStart();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                HouseholdRow r = table.getSelectionModel().getSelectedItem();
                if (r != null) {
                    e.consume();
                    openCard(r.id());
                }
            }
        });

        FontIcon icon = new FontIcon(Feather.USERS);
        icon.getStyleClass().add("empty-icon");
        Label emptyTitle = Widgets.styled(Messages.t("hh.empty.title"), "empty-title");
        Label emptyBody = Widgets.styled(Messages.t("hh.empty.body"), "empty-body");
        emptyBody.setWrapText(true);
        Button emptyNew = Widgets.button("hh-empty-new", "hh.new.button", Feather.PLUS);
        emptyNew.getStyleClass().add("accent");
        emptyNew.setOnAction(e -> openNewHousehold());
        VBox empty = new VBox(12, icon, emptyTitle, emptyBody, emptyNew);
        empty.setAlignment(Pos.CENTER);
        empty.setId("hh-empty");
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(vm.ledgerEmptyProperty());
        table.visibleProperty().bind(vm.ledgerEmptyProperty().not());
        return new StackPane(table, empty);
    }

    /** 匹配成员, beside 户主, while the list shows a text search: the member through whom the household matched. */
    private TableColumn<HouseholdRow, String> matchColumn() {
        TableColumn<HouseholdRow, String> c = sortable("hh.col.match", HouseholdsViewModel::matchText, null, 150,
                false);
        c.setId("hh-col-match");
        c.visibleProperty().bind(vm.textSearchProperty());
        return c;
    }

    private TableColumn<HouseholdRow, String> sortable(String key, Function<HouseholdRow, String> value, Sort sort,
            double width, boolean right) {
        TableColumn<HouseholdRow, String> c = Widgets.column(key, r -> Formats.orEmpty(value.apply(r)), width, right);
        c.setUserData(sort);
        c.setSortable(sort != null);
        return c;
    }

    // ---- beside the list

    private boolean cardOpen() {
        return detailPane.getChildren().contains(cardView.root()) && split.getItems().contains(detailPane);
    }

    private void followSelection() {
        HouseholdRow r = table.getSelectionModel().getSelectedItem();
        if (r == null || !cardOpen() || java.util.Objects.equals(cardView.householdId(), r.id())) {
            return;
        }
        if (cardView.editing()) {
            cardVm.tell(Messages.t("hh.card.finishEditingFirst"));
            return;
        }
        cardView.show(r.id());
    }

    private void showDetail(Node node) {
        detailPane.getChildren().setAll(node);
        if (!split.getItems().contains(listPane)) {
            split.getItems().addFirst(listPane);
        }
        if (split.getItems().size() == 1) {
            split.getItems().add(detailPane);
            placeDivider();
        }
    }

    /** Hides the list so the card has the whole width (wide tables), or shows it again. */
    private void toggleList() {
        if (split.getItems().contains(listPane)) {
            split.getItems().remove(listPane);
        } else {
            split.getItems().addFirst(listPane);
            placeDivider();
        }
    }

    private void placeDivider() {
        double width = split.getWidth();
        split.setDividerPositions(width > LIST_WIDTH * 2 ? LIST_WIDTH / width : 0.35);
    }

    private void closeDetail() {
        split.getItems().setAll(listPane);
        detailPane.getChildren().clear();
        table.requestFocus();
    }

    /** Reads the list (and the open card) again, e.g. when the page is shown after changes elsewhere. */
    public void refresh() {
        vm.refresh();
        if (cardVm.householdId() != null && detailPane.getChildren().contains(cardView.root())) {
            cardVm.reload();
        }
    }

    /** Puts the cursor into the search box (for a window-wide Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Searches the list for a text typed elsewhere (the window's global search box). */
    public void search(String text) {
        search.setText(text == null ? "" : text.strip());
        focusSearch();
    }

    /** Opens a household's card beside the list (e.g. from the window's global search). */
    public void openHousehold(long householdId) {
        openCard(householdId);
    }

    /** Opens a household's card beside the list. */
    void openCard(long householdId) {
        cardView.show(householdId);
        showDetail(cardView.root());
    }

    private void openNewHousehold() {
        vm.onNewHousehold(dialogs, this::showNewHousehold);
    }

    private void showNewHousehold(NewHouseholdViewModel form) {
        NewHouseholdView view = new NewHouseholdView(form, id -> {
            vm.refresh();
            openCard(id);
        }, this::closeDetail, vm::reloadVillages);
        showDetail(view.root());
        view.focus();
    }
}
