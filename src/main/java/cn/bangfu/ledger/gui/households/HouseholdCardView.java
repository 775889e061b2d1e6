package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 一户一档: the header (户主, 户编号, 村, badges, risk chips, phone, persons, household problems) and the tabs
 * 成员 · 收入 · 三保障 · 监测记录 · 帮扶措施 · 资金到户 · 资产收益 · 推送线索 · 变更记录, each its own view. The household's
 * own fields (编辑户信息, in place of the tabs), members, income and 三保障 are edited in place; monitoring and
 * measures open the 监测帮扶 dialogs. While a household is read the header says so and the tabs wait.
 */
final class HouseholdCardView {

    private final HouseholdCardViewModel vm;
    private final Runnable onChanged;
    private final Runnable onVillageAdded;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    /** The tabs, or in their place the 编辑户信息 form. */
    private final StackPane bodyPane = new StackPane();
    private final MembersTab members;
    private final IncomeTab income;
    private final GuaranteeTab guarantee;

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
        members = new MembersTab(vm, this::changed, onChanged);
        income = new IncomeTab(vm, this::changed);
        guarantee = new GuaranteeTab(vm, this::changed);
        Runnable dialogSaved = () -> changed(() -> {
        });
        tabs.getTabs().addAll(
                tab("tab-members", "hh.tab.members", members.root()),
                tab("tab-income", "hh.tab.income", income.root()),
                tab("tab-guarantee", "hh.tab.guarantee", guarantee.root()),
                tab("tab-episodes", "hh.tab.episodes", new EpisodesTab(vm, dialogSaved).root()),
                tab("tab-measures", "hh.tab.measures", new MeasuresTab(vm, dialogSaved).root()),
                tab("tab-payments", "hh.tab.payments", new PaymentsTab(vm).root()),
                tab("tab-assets", "hh.tab.assets", CardPages.later("hh.assets.later")),
                tab("tab-leads", "hh.tab.leads", new LeadsTab(vm, dialogSaved).root()),
                tab("tab-history", "hh.tab.history", new HistoryTab(vm).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("hh-tabs");
        // another household is being read: its tabs wait (a reread after a change keeps them usable)
        tabs.disableProperty().bind(vm.loadingProperty().and(vm.cardProperty().isNull()));
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
        return !bodyPane.getChildren().contains(tabs) || members.editing() || income.editing()
                || guarantee.editing();
    }

    /** The household shown, or null. */
    Long householdId() {
        return vm.householdId();
    }

    private void closeEditors() {
        bodyPane.getChildren().setAll(tabs);
        members.closeEditors();
        income.closeEditors();
        guarantee.closeEditors();
        vm.clearMessage();
    }

    /** Something of the household was saved: the card reads it again, then {@code then} runs; the list refreshes. */
    private void changed(Runnable then) {
        vm.reload(then);
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
        // while a household is read for the first time there is no head to show: the busy line says it is loading
        head.visibleProperty().bind(head.textProperty().isNotEmpty());
        head.managedProperty().bind(head.visibleProperty());
        Label busy = Widgets.message("hh-card-busy", vm.busyTextProperty(), "hint");
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
        Button print = Widgets.button("hh-print-card", "hh.card.print", Feather.PRINTER);
        print.getStyleClass().add("flat");
        print.setTooltip(new javafx.scene.control.Tooltip(Messages.t("hh.card.print.tip")));
        print.disableProperty().bind(vm.busyProperty().or(vm.householdNoProperty().isEmpty()));
        print.setOnAction(e -> vm.onPrintCard());
        HBox line1 = new HBox(10, head, busy, type, category, noLabour, spacer, print, edit, wide, close);
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
        HouseholdFormViewModel form = vm.householdForm();
        if (form == null) {
            return;
        }
        members.closeEditors();
        vm.clearMessage();
        Runnable back = () -> bodyPane.getChildren().setAll(tabs);
        HouseholdFormView view = new HouseholdFormView(form, () -> changed(back), back, onVillageAdded);
        Label hint = Widgets.styled(Messages.t("hh.hf.hint"), "hint");
        hint.setWrapText(true);
        ScrollPane scroll = CardPages.formPage(Widgets.styled(Messages.t("hh.hf.title"), "section-title"), hint,
                view.root());
        scroll.setId("hh-household-form");
        bodyPane.getChildren().setAll(scroll);
        view.focus();
    }

    private static Label badge(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label l = Widgets.message(id, text, style);
        l.setWrapText(false);
        return l;
    }
}
