package cn.bangfu.ledger.gui.home;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Kind;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 首页: the office and cards with live numbers, then the clerk's work (本月 and 待办), each card a way to the
 * list it counts; on an empty ledger, what to do next.
 */
public final class HomeView {

    private final ScrollPane root;

    public HomeView(HomeViewModel vm, Runnable openDemo) {
        Label title = new Label(Messages.t("home.title"));
        title.getStyleClass().add("page-title");
        Label office = new Label();
        office.setId("home-office");
        office.textProperty().bind(vm.officeProperty());
        office.getStyleClass().add("page-subtitle");
        Button refresh = new Button(Messages.t("home.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("home-refresh");
        refresh.setOnAction(e -> vm.refresh());
        HBox header = new HBox(16, new VBox(4, title, office), new javafx.scene.layout.Region(), refresh);
        HBox.setHgrow(header.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);

        FlowPane cards = new FlowPane(16, 16,
                card("card-villages", Messages.t("home.villages"), vm.villagesProperty(), Messages.t("home.unitVillages"), null),
                card("card-households", Messages.t("home.households"), vm.householdsProperty(), Messages.t("home.unitHouseholds"), null),
                card("card-members", Messages.t("home.members"), vm.membersProperty(), Messages.t("home.unitMembers"), null),
                card("card-monitored", Messages.t("home.monitored"), vm.monitoredProperty(), Messages.t("home.unitHouseholds"),
                        vm.monitoredBreakdownProperty()),
                card("card-eliminated", Messages.t("home.eliminated"), vm.eliminatedProperty(), Messages.t("home.unitHouseholds"),
                        vm.eliminatedEpisodesProperty()),
                card("card-measures", Messages.t("home.measures"), vm.measuresProperty(), Messages.t("home.unitMeasures"), null),
                spendingCard(vm));

        VBox empty = emptyState(vm, openDemo);
        empty.visibleProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(vm.emptyProperty());

        // the clerk's work: this month, then the 待办; each card opens the list it counts
        FlowPane month = new FlowPane(16, 16);
        month.setId("home-month");
        HomeViewModel.THIS_MONTH.forEach(k -> month.getChildren().add(workCard(vm, k)));
        FlowPane todos = new FlowPane(16, 16);
        todos.setId("home-todos");
        HomeViewModel.TODOS.forEach(k -> todos.getChildren().add(workCard(vm, k)));
        VBox work = new VBox(12, section("home.work"), month, section("home.todos"), todos);
        work.visibleProperty().bind(vm.emptyProperty().not());
        work.managedProperty().bind(work.visibleProperty());

        Label error = Widgets.message("home-error", vm.errorProperty(), "field-error");
        VBox page = new VBox(24, header, error, empty, work, cards); // the work first, then the ledger's counts
        page.getStyleClass().add("page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
    }

    public Node root() {
        return root;
    }

    private static VBox emptyState(HomeViewModel vm, Runnable openDemo) {
        Label title = new Label(Messages.t("home.empty.title"));
        title.getStyleClass().add("empty-title");
        Label body = new Label(Messages.t("home.empty.body"));
        body.setWrapText(true);
        body.getStyleClass().add("empty-body");
        VBox box = new VBox(10, title, body);
        Button demo = new Button(Messages.t("home.empty.openDemo"), new FontIcon(Feather.PLAY_CIRCLE));
        demo.setId("open-demo");
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> openDemo.run());
        demo.visibleProperty().bind(vm.offersDemoProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        box.getChildren().add(demo);
        box.setId("home-empty");
        box.getStyleClass().add("callout");
        return box;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /**
     * A card of the clerk's work: its caption and live number; a click, Enter or Space opens the list behind it.
     * Its id is {@code todo-KIND} (the number {@code todo-KIND-value}).
     */
    private static VBox workCard(HomeViewModel vm, Kind kind) {
        String unit = Messages.t(switch (kind) {
            case ATTENTION -> "home.todo.unit.ATTENTION";
            case LEADS -> "home.todo.unit.LEADS";
            default -> "home.unitHouseholds";
        });
        String caption = Messages.t(switch (kind) {
            case NEW_THIS_MONTH -> "home.newThisMonth";
            case ELIMINATED_THIS_MONTH -> "home.eliminatedThisMonth";
            default -> "home.todo." + kind.name();
        });
        VBox card = card("todo-" + kind.name(), caption, vm.countProperty(kind), unit, null);
        card.getStyleClass().add("todo-card");
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(caption);
        Tooltip.install(card, new Tooltip(Messages.t("home.todo.open")));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                card.requestFocus();
                vm.onOpen(kind);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                vm.onOpen(kind);
            }
        });
        return card;
    }

    /** 资金支出进度: the whole town's, then a bar per fund; a click (or Enter) opens the 帮扶资金 page. */
    private static VBox spendingCard(HomeViewModel vm) {
        VBox card = card("card-spending", Messages.t("home.spending"), vm.spendingProperty(), "%",
                vm.spendingDetailProperty());
        VBox bars = new VBox(6);
        bars.setId("card-spending-bars");
        Runnable draw = () -> bars.getChildren().setAll(vm.fundBars().stream().map(b -> {
            Label name = new Label(b.name());
            name.getStyleClass().add("card-detail");
            name.setMaxWidth(220);
            Label pct = new Label(b.text());
            pct.getStyleClass().add("card-detail");
            pct.setMinWidth(Region.USE_PREF_SIZE); // the figure whole; the name gives way
            Tooltip.install(name, new Tooltip(b.name() + "  " + b.text()));
            Region gap = new Region();
            HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            HBox line = new HBox(6, name, gap, pct);
            javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(Math.min(1, b.fraction()));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefHeight(8);
            return new VBox(2, line, bar);
        }).toList());
        vm.fundBars().addListener((javafx.collections.ListChangeListener<HomeViewModel.FundBar>) c -> draw.run());
        draw.run();
        card.getChildren().add(bars);
        card.getStyleClass().add("todo-card");
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(Messages.t("home.spending"));
        Tooltip.install(card, new Tooltip(Messages.t("home.spending.open")));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.onOpenFunds();
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                vm.onOpenFunds();
            }
        });
        return card;
    }

    private static VBox card(String id, String caption, ObservableStringValue value, String unit,
            ObservableStringValue detail) {
        Label c = new Label(caption);
        c.getStyleClass().add("card-caption");
        Label v = new Label();
        v.textProperty().bind(value);
        v.getStyleClass().add("card-value");
        v.setId(id + "-value");
        Label u = new Label(unit);
        u.getStyleClass().add("card-unit");
        HBox number = new HBox(6, v, u);
        number.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(8, c, number);
        if (detail != null) {
            Label d = new Label();
            d.textProperty().bind(detail);
            d.getStyleClass().add("card-detail");
            card.getChildren().add(d);
        }
        card.setId(id);
        card.getStyleClass().add("stat-card");
        return card;
    }
}
