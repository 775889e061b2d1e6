package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.MonitoringDialogs;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.CheckRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.EpisodeInfo;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.IncomeRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MeasureRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MemberRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.StepRow;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 一户一档: the header (户主, 户编号, 村, badges, risk chips, phone, persons, household problems) and the tabs
 * 成员 · 收入 · 三保障 · 监测记录 · 帮扶措施 · 资金到户 · 资产收益 · 变更记录. The household's own fields (编辑户信息,
 * in place of the tabs), members, income and 三保障 are edited in place; monitoring and measures open the 监测帮扶
 * dialogs.
 */
final class HouseholdCardView {

    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");

    private final HouseholdCardViewModel vm;
    private final Runnable onChanged;
    private final Runnable onVillageAdded;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    /** The tabs, or in their place the 编辑户信息 form. */
    private final StackPane bodyPane = new StackPane();
    private final StackPane membersPane = new StackPane();
    private final VBox membersList;
    private final StackPane incomePane = new StackPane();
    private final VBox incomeList;
    private final StackPane checksPane = new StackPane();
    private final VBox checksList;
    private final VBox episodesBox = new VBox(16);
    private final TableView<MemberRow> memberTable = Widgets.table("hh-members", "hh.member.none");
    private final TableView<IncomeRow> incomeTable = Widgets.table("hh-incomes", "hh.income.none");
    private final TableView<MeasureRow> measureTable = Widgets.table("hh-measures", "hh.measure.none");
    private final HBox leftPanel = new HBox(10);
    private final DatePicker leftDate = Widgets.datePicker("hh-left-date");
    private final ComboBox<Choice<String>> leftReason = new ComboBox<>();
    private final TextField leftNote = Widgets.textField("hh-left-note", "hh.left.notePrompt");
    private final Label leftWho = new Label();
    private final Label leftMessage = new Label();
    private Member leftMember;

    /**
     * @param onChanged      after anything of the household changed (the list refreshes)
     * @param onClose        when the clerk closes the card
     * @param onToggleList   when the clerk hides or shows the list beside the card
     * @param onVillageAdded after a village was added from 编辑户信息 (the list's village filter reloads)
     */
    HouseholdCardView(HouseholdCardViewModel vm, Runnable onChanged, Runnable onClose, Runnable onToggleList,
            Runnable onVillageAdded) {
        this.vm = vm;
        this.onChanged = onChanged;
        this.onVillageAdded = onVillageAdded;
        root.getStyleClass().add("hh-card");
        root.setId("hh-card");
        root.setTop(header(onClose, onToggleList));
        membersList = membersList();
        membersPane.getChildren().setAll(membersList);
        incomeList = incomeList();
        incomePane.getChildren().setAll(incomeList);
        checksList = checksList();
        checksPane.getChildren().setAll(checksList);
        tabs.getTabs().addAll(
                tab("tab-members", "hh.tab.members", membersPane),
                tab("tab-income", "hh.tab.income", incomePane),
                tab("tab-guarantee", "hh.tab.guarantee", checksPane),
                tab("tab-episodes", "hh.tab.episodes", episodesTab()),
                tab("tab-measures", "hh.tab.measures", measuresTab()),
                tab("tab-payments", "hh.tab.payments", later("hh.payments.later")),
                tab("tab-assets", "hh.tab.assets", later("hh.assets.later")),
                tab("tab-leads", "hh.tab.leads", leadsTab()),
                tab("tab-history", "hh.tab.history", historyTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("hh-tabs");
        bodyPane.getChildren().setAll(tabs);
        root.setCenter(bodyPane);
    }

    Node root() {
        return root;
    }

    /** Shows a household (closing any open editor of the previous one). */
    void show(long householdId) {
        closeEditors();
        vm.load(householdId);
    }

    /** Whether an editor of the shown household is open (编辑户信息, a member, income or 三保障 form, 迁出). */
    boolean editing() {
        return !bodyPane.getChildren().contains(tabs) || !membersPane.getChildren().contains(membersList)
                || !incomePane.getChildren().contains(incomeList) || !checksPane.getChildren().contains(checksList)
                || leftPanel.isVisible();
    }

    /** The household shown, or null. */
    Long householdId() {
        return vm.householdId();
    }

    private void closeEditors() {
        bodyPane.getChildren().setAll(tabs);
        membersPane.getChildren().setAll(membersList);
        incomePane.getChildren().setAll(incomeList);
        checksPane.getChildren().setAll(checksList);
        hideLeftPanel();
        vm.clearMessage();
    }

    private void changed() {
        vm.reload();
        onChanged.run();
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(Messages.t(key), content);
        t.setId(id);
        return t;
    }

    // ---- header

    private Node header(Runnable onClose, Runnable onToggleList) {
        Label head = new Label();
        head.setId("hh-card-head");
        head.getStyleClass().add("hh-card-title");
        head.textProperty().bind(vm.headProperty());
        Label type = badge("hh-card-type", vm.householdTypeProperty(), "hh-badge");
        Label category = badge("hh-card-category", vm.categoryProperty(), "hh-badge");
        vm.monitoredProperty().addListener((o, a, b) -> category.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("monitored"), b));
        Label noLabour = badge("hh-card-no-labour", vm.noLabourProperty(), "hh-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("hh-card-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setOnAction(e -> onClose.run());
        close.setAccessibleText(Messages.t("hh.card.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(Messages.t("hh.card.close")));
        Button wide = new Button(null, new FontIcon(Feather.SIDEBAR));
        wide.setId("hh-toggle-list");
        wide.getStyleClass().addAll("flat", "button-icon");
        wide.setOnAction(e -> onToggleList.run());
        wide.setAccessibleText(Messages.t("hh.card.toggleList"));
        wide.setTooltip(new javafx.scene.control.Tooltip(Messages.t("hh.card.toggleList")));
        Button edit = Widgets.button("hh-edit-household", "hh.card.editHousehold", Feather.EDIT_2);
        edit.getStyleClass().add("flat");
        edit.disableProperty().bind(Bindings.createBooleanBinding(() -> !bodyPane.getChildren().contains(tabs),
                bodyPane.getChildren()));
        edit.setOnAction(e -> openHouseholdForm());
        HBox line1 = new HBox(10, head, type, category, noLabour, spacer, edit, wide, close);
        line1.setAlignment(Pos.CENTER_LEFT);

        Label meta = new Label();
        meta.setId("hh-card-meta");
        meta.getStyleClass().add("hh-card-meta");
        meta.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder sb = new StringBuilder(Messages.t("hh.card.no", vm.householdNoProperty().get()));
            sb.append("　·　").append(vm.villageProperty().get());
            sb.append("　·　").append(vm.personsProperty().get());
            if (!vm.phoneProperty().get().isEmpty()) {
                sb.append("　·　").append(Messages.t("hh.card.phone", vm.phoneProperty().get()));
            }
            if (!vm.addressProperty().get().isEmpty()) {
                sb.append("　·　").append(vm.addressProperty().get());
            }
            return sb.toString();
        }, vm.householdNoProperty(), vm.villageProperty(), vm.personsProperty(), vm.phoneProperty(),
                vm.addressProperty()));

        FlowPane chips = new FlowPane(6, 6);
        chips.setId("hh-card-risks");
        Runnable fillChips = () -> chips.getChildren().setAll(vm.risks().stream()
                .map(r -> Widgets.styled(r, "hh-chip")).toList());
        vm.risks().addListener((ListChangeListener<String>) c -> fillChips.run());
        chips.visibleProperty().bind(Bindings.isNotEmpty(vm.risks()));
        chips.managedProperty().bind(chips.visibleProperty());

        Label findings = Widgets.message("hh-card-findings", vm.findingsProperty(), "field-error");
        Label message = Widgets.message("hh-card-message", vm.messageProperty(), "field-error");
        VBox box = new VBox(6, line1, meta, chips, findings, message);
        box.getStyleClass().add("hh-card-header");
        return box;
    }

    /** 编辑户信息: the household's own fields, in place of the tabs (which come back on save or cancel). */
    private void openHouseholdForm() {
        Long id = vm.householdId();
        if (id == null) {
            return;
        }
        HouseholdFormViewModel form;
        try {
            form = new HouseholdFormViewModel(vm.services(), id);
        } catch (LedgerException e) {
            vm.reload(); // the household is gone: the card says so
            return;
        }
        hideLeftPanel();
        vm.clearMessage();
        Runnable back = () -> bodyPane.getChildren().setAll(tabs);
        HouseholdFormView view = new HouseholdFormView(form, () -> {
            back.run();
            changed();
        }, back, onVillageAdded);
        Label hint = Widgets.styled(Messages.t("hh.hf.hint"), "hint");
        hint.setWrapText(true);
        VBox page = new VBox(10, Widgets.styled(Messages.t("hh.hf.title"), "section-title"), hint, view.root());
        page.getStyleClass().add("hh-tab-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("hh-household-form");
        bodyPane.getChildren().setAll(scroll);
        view.focus();
    }

    private static Label badge(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label l = Widgets.message(id, text, style);
        l.setWrapText(false);
        return l;
    }

    private static Node later(String key) {
        Label l = Widgets.styled(Messages.t(key), "empty-body");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.getStyleClass().add("hh-tab-page");
        return box;
    }

    private static HBox toolbar(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("hh-toolbar");
        return bar;
    }

    private static VBox tabPage(Node toolbar, Node body) {
        VBox page = new VBox(10, toolbar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getStyleClass().add("hh-tab-page");
        return page;
    }

    // ---- 成员

    private VBox membersList() {
        Button add = Widgets.button("hh-add-member", "hh.member.add", Feather.USER_PLUS);
        Button edit = Widgets.button("hh-edit-member", "hh.member.edit", Feather.EDIT_2);
        Button markLeft = Widgets.button("hh-mark-left", "hh.member.markLeft", Feather.USER_MINUS);
        var selected = memberTable.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        markLeft.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().left() || leftPanel.isVisible(), selected,
                leftPanel.visibleProperty()));
        add.setOnAction(e -> openMemberForm(null));
        edit.setOnAction(e -> {
            if (selected.get() != null) {
                openMemberForm(selected.get());
            }
        });
        markLeft.setOnAction(e -> showLeftPanel(selected.get()));

        memberTable.getColumns().setAll(List.of(
                Widgets.column("hh.member.col.name", MemberRow::name, 190, false),
                Widgets.column("hh.member.col.relation", MemberRow::relation, 90, false),
                Widgets.column("hh.member.col.gender", MemberRow::gender, 56, false),
                Widgets.column("hh.member.col.birth", MemberRow::birth, 106, false),
                Widgets.column("hh.member.col.age", MemberRow::age, 64, true),
                Widgets.column("hh.member.col.id", MemberRow::idNumber, 180, false),
                Widgets.column("hh.member.col.health", MemberRow::health, 100, false),
                Widgets.column("hh.member.col.labour", MemberRow::labour, 140, false),
                Widgets.column("hh.member.col.schooling", MemberRow::schooling, 130, false),
                Widgets.column("hh.member.col.work", MemberRow::work, 150, false),
                Widgets.column("hh.member.col.phone", MemberRow::phone, 120, false)));
        memberTable.setItems(vm.members());
        memberTable.setRowFactory(t -> {
            TableRow<MemberRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MemberRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LEFT, !empty && item != null && item.left());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openMemberForm(row.getItem());
                }
            });
            return row;
        });
        memberTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                e.consume();
                openMemberForm(selected.get());
            }
        });

        leftReason.setId("hh-left-reason");
        leftReason.setPromptText(Messages.t("hh.left.reasonPrompt"));
        leftMessage.setId("hh-left-message");
        leftMessage.getStyleClass().add("field-error");
        leftMessage.setWrapText(true);
        leftNote.setPrefColumnCount(18);
        Button leftSave = Widgets.button("hh-left-save", "hh.left.save", null);
        leftSave.getStyleClass().add("accent");
        Button leftCancel = Widgets.button("hh-left-cancel", "hh.form.cancel", null);
        leftWho.getStyleClass().add("hh-strong");
        leftPanel.getChildren().setAll(leftWho, leftDate, leftReason, leftNote, leftSave, leftCancel);
        leftPanel.setAlignment(Pos.CENTER_LEFT);
        VBox leftBox = new VBox(6, leftPanel, leftMessage);
        leftBox.getStyleClass().add("hh-inline-panel");
        leftBox.visibleProperty().bind(leftPanel.visibleProperty());
        leftBox.managedProperty().bind(leftPanel.visibleProperty());
        leftMessage.visibleProperty().bind(leftMessage.textProperty().isNotEmpty());
        leftMessage.managedProperty().bind(leftMessage.visibleProperty());
        leftPanel.setVisible(false);
        leftSave.setOnAction(e -> saveLeft());
        leftCancel.setOnAction(e -> hideLeftPanel());
        Widgets.formKeys(leftBox, this::saveLeft, this::hideLeftPanel);

        VBox page = tabPage(toolbar(add, edit, markLeft), memberTable);
        page.getChildren().add(leftBox);
        return page;
    }

    private void openMemberForm(MemberRow row) {
        hideLeftPanel();
        Long id = vm.householdId();
        if (id == null) {
            return;
        }
        MemberFormViewModel form = new MemberFormViewModel(vm.services(), id, row == null ? null : row.member());
        Runnable back = () -> membersPane.getChildren().setAll(membersList);
        MemberFormView view = new MemberFormView(form, () -> {
            back.run();
            changed();
        }, back);
        Label title = Widgets.styled(Messages.t(row == null ? "hh.member.addTitle" : "hh.member.editTitle",
                row == null ? "" : row.member().name()), "section-title");
        VBox page = new VBox(10, title, view.root());
        page.getStyleClass().add("hh-tab-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        membersPane.getChildren().setAll(scroll);
        view.focus();
    }

    private void showLeftPanel(MemberRow row) {
        if (row == null) {
            return;
        }
        leftWho.setText(Messages.t("hh.left.who", row.member().name()));
        leftMember = row.member();
        leftDate.setValue(vm.services().households().today());
        leftReason.getItems().setAll(vm.leftReasons());
        leftReason.setValue(null);
        leftNote.clear();
        leftMessage.setText("");
        leftPanel.setVisible(true);
        leftDate.requestFocus();
    }

    private void hideLeftPanel() {
        leftPanel.setVisible(false);
        leftMessage.setText("");
    }

    private void saveLeft() {
        if (!leftPanel.isVisible()) {
            return;
        }
        Choice<String> reason = leftReason.getValue();
        boolean ok = vm.onMarkLeft(leftMember, Widgets.commit(leftDate),
                reason == null ? null : reason.value(), leftNote.getText());
        if (ok) {
            hideLeftPanel();
            onChanged.run();
        } else {
            leftMessage.setText(vm.messageProperty().get());
            vm.clearMessage();
        }
    }

    // ---- 收入

    private VBox incomeList() {
        Button add = Widgets.button("hh-add-income", "hh.income.add", Feather.PLUS);
        Button edit = Widgets.button("hh-edit-income", "hh.income.edit", Feather.EDIT_2);
        var selected = incomeTable.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        add.setOnAction(e -> openIncomeForm(null));
        edit.setOnAction(e -> openIncomeForm(selected.get() == null ? null : selected.get().income()));
        incomeTable.getColumns().setAll(List.of(
                Widgets.column("hh.income.col.year", IncomeRow::year, 64, false),
                Widgets.column("hh.income.col.net", IncomeRow::net, 120, true),
                Widgets.column("hh.income.col.perPerson", IncomeRow::perPerson, 120, true),
                Widgets.column("hh.income.wageIncome", IncomeRow::wage, 110, true),
                Widgets.column("hh.income.businessIncome", IncomeRow::business, 130, true),
                Widgets.column("hh.income.propertyIncome", IncomeRow::property, 110, true),
                Widgets.column("hh.income.transferIncome", IncomeRow::transfer, 110, true),
                Widgets.column("hh.income.businessExpense", IncomeRow::expense, 130, true),
                Widgets.column("hh.income.claimsIncome", IncomeRow::claims, 100, true),
                Widgets.column("hh.income.compliantSelfPaid", IncomeRow::selfPaid, 110, true)));
        incomeTable.setItems(vm.incomes());
        incomeTable.setRowFactory(t -> {
            TableRow<IncomeRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openIncomeForm(row.getItem().income());
                }
            });
            return row;
        });
        Label unit = Widgets.styled(Messages.t("hh.income.unit"), "hint");
        return tabPage(toolbar(add, edit, new Region(), unit), incomeTable);
    }

    private void openIncomeForm(IncomeYear existing) {
        Long id = vm.householdId();
        if (id == null) {
            return;
        }
        int persons = vm.cardProperty().get() == null ? 0 : vm.cardProperty().get().currentMembers().size();
        IncomeFormViewModel form = new IncomeFormViewModel(vm.services(), id, existing, persons);
        Runnable back = () -> incomePane.getChildren().setAll(incomeList);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(140, 200, 260);
        grid.getColumnConstraints().addAll(label, field, label, field);
        TextField year = Widgets.textField("hh-income-year", null);
        year.textProperty().bindBidirectional(form.yearProperty());
        year.setDisable(existing != null);
        grid.add(MemberFormView.formLabel("hh.income.col.year", year), 0, 0);
        grid.add(Widgets.withFinding(year, Widgets.findingLabel("hh-income-error-year", form.field("year"))), 1, 0);
        int i = 0;
        for (String amount : IncomeFormViewModel.AMOUNTS) {
            TextField f = Widgets.textField("hh-income-" + amount, "hh.income.amountPrompt");
            f.setAlignment(Pos.CENTER_RIGHT);
            f.textProperty().bindBidirectional(form.amountProperty(amount));
            int r = 1 + i / 2;
            int c = (i % 2) * 2;
            grid.add(MemberFormView.formLabel("hh.income." + amount, f), c, r);
            grid.add(Widgets.withFinding(f, Widgets.findingLabel("hh-income-error-" + amount, form.field(amount))), c + 1, r);
            i++;
        }
        Label net = new Label();
        net.setId("hh-income-net");
        net.textProperty().bind(Bindings.createStringBinding(() -> Messages.t("hh.income.preview",
                form.netProperty().get(), form.perPersonProperty().get(), persons), form.netProperty(),
                form.perPersonProperty()));
        net.getStyleClass().add("hh-strong");
        Label message = Widgets.message("hh-income-message", form.messageProperty(), "field-error");
        Button save = Widgets.button("hh-income-save", "hh.form.save", null);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.hasErrorsProperty());
        Button cancel = Widgets.button("hh-income-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            if (form.onSave()) {
                back.run();
                changed();
            }
        };
        save.setOnAction(e -> doSave.run());
        cancel.setOnAction(e -> back.run());
        Label title = Widgets.styled(existing == null ? Messages.t("hh.income.addTitle")
                : Messages.t("hh.income.editTitle", String.valueOf(existing.year())), "section-title");
        VBox page = new VBox(10, title, Widgets.styled(Messages.t("hh.income.formHint"), "hint"), grid, net, message,
                toolbar(save, cancel));
        page.getStyleClass().add("hh-tab-page");
        Widgets.formKeys(page, doSave, back);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        incomePane.getChildren().setAll(scroll);
        Focus.soon(existing == null ? year : grid.lookup("#hh-income-wageIncome"));
    }

    // ---- 三保障

    private VBox checksList() {
        Button add = Widgets.button("hh-add-check", "hh.check.add", Feather.PLUS);
        add.setOnAction(e -> openCheckForm());
        TableView<CheckRow> table = Widgets.table("hh-checks", "hh.check.none");
        table.getColumns().setAll(List.of(
                Widgets.column("hh.check.col.date", CheckRow::date, 110, false),
                centered(Widgets.column("hh.check.col.education", CheckRow::education, 120, false)),
                centered(Widgets.column("hh.check.col.housing", CheckRow::housing, 140, false)),
                centered(Widgets.column("hh.check.col.medical", CheckRow::medical, 120, false)),
                centered(Widgets.column("hh.check.col.water", CheckRow::water, 100, false)),
                Widgets.column("hh.check.col.note", CheckRow::note, 240, false)));
        table.setItems(vm.checks());
        return tabPage(toolbar(add, new Region(), Widgets.styled(Messages.t("hh.check.legend"), "hint")), table);
    }

    private static <S> TableColumn<S, String> centered(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER;");
        return c;
    }

    private void openCheckForm() {
        Long id = vm.householdId();
        if (id == null) {
            return;
        }
        GuaranteeFormViewModel form = new GuaranteeFormViewModel(vm.services(), id);
        Runnable back = () -> checksPane.getChildren().setAll(checksList);
        DatePicker date = Widgets.datePicker("hh-check-date");
        date.valueProperty().bindBidirectional(form.checkedOnProperty());
        CheckBox education = new CheckBox(Messages.t("hh.check.educationSecured"));
        education.setId("hh-check-education");
        education.selectedProperty().bindBidirectional(form.educationSecuredProperty());
        CheckBox housing = new CheckBox(Messages.t("hh.check.housingSafe"));
        housing.setId("hh-check-housing");
        housing.selectedProperty().bindBidirectional(form.housingSafeProperty());
        ComboBox<Choice<String>> grade = Widgets.combo("hh-check-grade", form.grades(), form.housingGradeProperty());
        grade.setMaxWidth(120);
        CheckBox medical = new CheckBox(Messages.t("hh.check.medicalSecured"));
        medical.setId("hh-check-medical");
        medical.selectedProperty().bindBidirectional(form.medicalSecuredProperty());
        CheckBox water = new CheckBox(Messages.t("hh.check.waterSafe"));
        water.setId("hh-check-water");
        water.selectedProperty().bindBidirectional(form.waterSafeProperty());
        TextField note = Widgets.textField("hh-check-note", null);
        note.textProperty().bindBidirectional(form.noteProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(GridPane.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(label, new ColumnConstraints(200, 360, 480));
        grid.addRow(0, MemberFormView.formLabel("hh.check.col.date", date), date);
        grid.add(education, 1, 1);
        HBox housingRow = new HBox(10, housing, new Label(Messages.t("hh.check.grade.label")), grade);
        housingRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(housingRow, 1, 2);
        grid.add(medical, 1, 3);
        grid.add(water, 1, 4);
        grid.addRow(5, MemberFormView.formLabel("hh.check.col.note", note), note);
        Label message = Widgets.message("hh-check-message", form.messageProperty(), "field-error");
        Button save = Widgets.button("hh-check-save", "hh.form.save", null);
        save.getStyleClass().add("accent");
        Button cancel = Widgets.button("hh-check-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            Widgets.commit(date);
            if (form.onSave()) {
                back.run();
                changed();
            }
        };
        save.setOnAction(e -> doSave.run());
        cancel.setOnAction(e -> back.run());
        VBox page = new VBox(10, Widgets.styled(Messages.t("hh.check.addTitle"), "section-title"), grid, message,
                toolbar(save, cancel));
        page.getStyleClass().add("hh-tab-page");
        Widgets.formKeys(page, doSave, back);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        checksPane.getChildren().setAll(scroll);
        Focus.soon(date);
    }

    // ---- 监测记录

    private Node episodesTab() {
        Button open = monitoringButton("hh-open-episode", "hh.episode.openEpisode", Feather.FLAG,
                vm.canOpenEpisodeProperty(), (w, s) -> MonitoringDialogs.openEpisode(w, s, vm.householdId()));
        Button step = monitoringButton("hh-record-step", "hh.episode.recordStep", Feather.CHECK_SQUARE,
                vm.canRecordStepProperty(), (w, s) -> MonitoringDialogs.recordStep(w, s, vm.openEpisodeId()));
        Button eliminate = monitoringButton("hh-eliminate", "hh.episode.eliminate", Feather.CHECK_CIRCLE,
                vm.canEliminateProperty(), (w, s) -> MonitoringDialogs.eliminate(w, s, vm.openEpisodeId()));
        Button rollback = monitoringButton("hh-rollback", "hh.episode.rollback", Feather.ROTATE_CCW,
                vm.canRollbackProperty(), (w, s) -> MonitoringDialogs.rollback(w, s, vm.latestEpisodeId()));
        Button remark = monitoringButton("hh-remark", "hh.episode.remark", Feather.ALERT_TRIANGLE,
                vm.canRemarkProperty(), (w, s) -> MonitoringDialogs.remark(w, s, vm.householdId()));
        episodesBox.setId("hh-episodes");
        vm.episodes().addListener((ListChangeListener<EpisodeInfo>) c -> fillEpisodes());
        fillEpisodes();
        ScrollPane scroll = new ScrollPane(episodesBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        FlowPane bar = new FlowPane(8, 8, open, step, eliminate, rollback, remark);
        bar.getStyleClass().add("hh-toolbar");
        return tabPage(bar, scroll);
    }

    /** What a monitoring button does: show the 监测帮扶 dialog; true when something was saved. */
    private interface DialogCall {
        boolean run(Window owner, LedgerServices services);
    }

    private Button monitoringButton(String id, String key, Feather icon,
            javafx.beans.value.ObservableBooleanValue enabled, DialogCall call) {
        Button b = Widgets.button(id, key, icon);
        b.disableProperty().bind(Bindings.not(enabled));
        b.setOnAction(e -> {
            if (vm.householdId() != null && call.run(root.getScene().getWindow(), vm.services())) {
                changed();
            }
        });
        return b;
    }

    private void fillEpisodes() {
        if (vm.episodes().isEmpty()) {
            episodesBox.getChildren().setAll(Widgets.styled(Messages.t("hh.episode.none"), "empty-body"));
            return;
        }
        episodesBox.getChildren().setAll(vm.episodes().stream().map(this::episodeSection).toList());
    }

    private Node episodeSection(EpisodeInfo e) {
        Label title = Widgets.styled(e.title(), "hh-strong");
        Label status = Widgets.styled(e.status(), "hh-badge");
        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("monitored"), e.open());
        HBox line1 = new HBox(10, title, status);
        line1.setAlignment(Pos.CENTER_LEFT);
        FlowPane risks = new FlowPane(6, 6);
        risks.getChildren().add(new Label(Messages.t("hh.episode.risks")));
        e.risks().forEach(r -> risks.getChildren().add(Widgets.styled(r, "hh-chip")));
        VBox box = new VBox(6, line1,
                new Label(Messages.t("hh.episode.identifiedOn", e.identified())
                        + (e.contact().isEmpty() ? "" : "　·　" + Messages.t("hh.episode.contact", e.contact()))),
                risks);
        if (!e.next().isEmpty()) {
            box.getChildren().add(Widgets.styled(e.next(), e.open() ? "hh-next" : "hint"));
        }
        if (!e.identifiedIncome().isEmpty()) {
            box.getChildren().add(new Label(Messages.t("hh.episode.incomeIdentified", e.identifiedIncome())));
        }
        if (!e.eliminatedIncome().isEmpty()) {
            box.getChildren().add(new Label(Messages.t("hh.episode.incomeEliminated", e.eliminatedIncome())));
        }
        if (!e.override().isEmpty()) {
            box.getChildren().add(Widgets.styled(Messages.t("hh.episode.override", e.override()), "field-warning"));
        }
        if (!e.steps().isEmpty()) {
            GridPane steps = new GridPane();
            steps.setHgap(16);
            steps.setVgap(4);
            steps.getStyleClass().add("hh-steps");
            int r = 0;
            for (StepRow s : e.steps()) {
                String dates = s.endDate().isEmpty() ? s.date() : Messages.t("hh.episode.dateRange", s.date(),
                        s.endDate());
                steps.addRow(r++, Widgets.styled(dates, "hh-mono"), new Label(s.step()), Widgets.styled(s.note(), "hint"));
            }
            box.getChildren().add(steps);
        }
        box.getStyleClass().add("hh-episode");
        return box;
    }

    // ---- 帮扶措施

    private Node measuresTab() {
        Button add = Widgets.button("hh-add-measure", "hh.measure.add", Feather.PLUS);
        Button end = Widgets.button("hh-end-measure", "hh.measure.end", Feather.SQUARE);
        var selected = measureTable.getSelectionModel().selectedItemProperty();
        end.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active(), selected));
        add.setOnAction(e -> {
            if (vm.householdId() != null
                    && MonitoringDialogs.addMeasure(root.getScene().getWindow(), vm.services(), vm.householdId())) {
                changed();
            }
        });
        end.setOnAction(e -> {
            MeasureRow row = selected.get();
            if (row != null && MonitoringDialogs.endMeasure(root.getScene().getWindow(), vm.services(),
                    row.measure().id())) {
                changed();
            }
        });
        // the columns that matter first (金额 beside 内容), every column at least as wide as its content needs, and
        // all of them fitted to the card's width: at 1280 px nothing is off to the right
        measureTable.getColumns().setAll(List.of(
                atLeast(Widgets.column("hh.measure.col.family", MeasureRow::family, 96, false), 72),
                atLeast(wrapping(Widgets.column("hh.measure.col.detail", MeasureRow::detail, 200, false)), 100),
                atLeast(Widgets.column("hh.measure.col.amount", MeasureRow::amount, 100, true), 88),
                atLeast(Widgets.column("hh.measure.col.start", MeasureRow::start, 100, false), 90),
                atLeast(Widgets.column("hh.measure.col.end", MeasureRow::end, 100, false), 90),
                atLeast(Widgets.column("hh.measure.col.state", MeasureRow::state, 64, false), 58),
                atLeast(Widgets.column("hh.measure.col.member", MeasureRow::member, 72, false), 56),
                atLeast(wrapping(Widgets.column("hh.measure.col.fund", MeasureRow::fund, 140, false)), 80),
                atLeast(Widgets.column("hh.measure.col.cadre", MeasureRow::cadre, 72, false), 60)));
        measureTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        measureTable.setItems(vm.measures());
        return tabPage(toolbar(add, end), measureTable);
    }

    // ---- 推送线索

    private Node leadsTab() {
        TableView<HouseholdCardViewModel.LeadRow> table = Widgets.table("hh-leads", "hh.lead.none");
        Button dispose = Widgets.button("hh-dispose-lead", "hh.lead.dispose", Feather.CLIPBOARD);
        var selected = table.getSelectionModel().selectedItemProperty();
        dispose.disableProperty().bind(selected.isNull());
        dispose.setOnAction(e -> {
            var row = selected.get();
            if (row != null && MonitoringDialogs.disposeLead(root.getScene().getWindow(), vm.services(), row.id())) {
                changed();
            }
        });
        table.getColumns().setAll(List.of(
                Widgets.column("hh.lead.col.pushedOn", HouseholdCardViewModel.LeadRow::pushedOn, 100, false),
                Widgets.column("hh.lead.col.source", HouseholdCardViewModel.LeadRow::source, 100, false),
                Widgets.column("hh.lead.col.person", HouseholdCardViewModel.LeadRow::person, 80, false),
                wrapping(Widgets.column("hh.lead.col.reason", HouseholdCardViewModel.LeadRow::reason, 180, false)),
                Widgets.column("hh.lead.col.state", HouseholdCardViewModel.LeadRow::state, 110, false),
                wrapping(Widgets.column("hh.lead.col.visit", HouseholdCardViewModel.LeadRow::visitResult, 200, false)),
                wrapping(Widgets.column("hh.lead.col.why", HouseholdCardViewModel.LeadRow::decisionReason, 140, false)),
                Widgets.column("hh.lead.col.decidedOn", HouseholdCardViewModel.LeadRow::decidedOn, 100, false)));
        table.setItems(vm.leads());
        return tabPage(toolbar(dispose), table);
    }

    // ---- 变更记录

    private Node historyTab() {
        TableView<AuditText.Line> table = Widgets.table("hh-history", "hh.history.none");
        table.getColumns().setAll(List.of(
                fixed(Widgets.column("hh.history.col.at", AuditText.Line::at, 136, false)),
                fixed(Widgets.column("hh.history.col.operator", AuditText.Line::operator, 84, false)),
                fixed(wrapping(Widgets.column("hh.history.col.what", AuditText.Line::what, 150, false))),
                wrapping(Widgets.column("hh.history.col.changes", AuditText.Line::changes, 360, false)),
                wrapping(Widgets.column("hh.history.col.reason", AuditText.Line::reason, 140, false))));
        table.getColumns().get(3).setMinWidth(200);
        table.getColumns().get(4).setMinWidth(100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.history());
        return tabPage(Widgets.styled(Messages.t("hh.history.hint"), "hint"), table);
    }

    private static <S> TableColumn<S, String> atLeast(TableColumn<S, String> c, double min) {
        c.setMinWidth(min);
        return c;
    }

    private static <S> TableColumn<S, String> fixed(TableColumn<S, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth());
        return c;
    }

    /** Long text wraps inside its column (the row grows) instead of being cut off. */
    private static <S> TableColumn<S, String> wrapping(TableColumn<S, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("hh-wrap-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
        return c;
    }
}
