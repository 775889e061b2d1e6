package cn.bangfu.ledger.gui.home;

import cn.bangfu.ledger.gui.Messages;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** 首页: the office and cards with live numbers; on an empty ledger, what to do next. */
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
                card("card-measures", Messages.t("home.measures"), vm.measuresProperty(), Messages.t("home.unitMeasures"), null));

        VBox empty = emptyState(vm, openDemo);
        empty.visibleProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(vm.emptyProperty());

        VBox page = new VBox(24, header, empty, cards);
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
        if (vm.offersDemo()) {
            Button demo = new Button(Messages.t("home.empty.openDemo"), new FontIcon(Feather.PLAY_CIRCLE));
            demo.setId("open-demo");
            demo.getStyleClass().add("accent");
            demo.setOnAction(e -> openDemo.run());
            box.getChildren().add(demo);
        }
        box.setId("home-empty");
        box.getStyleClass().add("callout");
        return box;
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
