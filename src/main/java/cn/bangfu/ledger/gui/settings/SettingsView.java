package cn.bangfu.ledger.gui.settings;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.settings.RateTableViewModel.Kind;
import cn.bangfu.ledger.logic.LedgerServices;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 设置: the office's county and town and the operator, saved into the ledger (audited). */
public final class SettingsView {

    private final ScrollPane root;

    public SettingsView(SettingsViewModel vm) {
        this(vm, null);
    }

    /**
     * With the ledger's services, the page also shows the 监测标准 and 低保档次 tables (edited through the
     * monitoring service).
     */
    public SettingsView(SettingsViewModel vm, LedgerServices services) {
        this(vm, services, null);
    }

    /**
     * @param dialogs the window's dialogs (the question before a row is deleted); null: dialogs owned by the
     *                window this page is in
     */
    public SettingsView(SettingsViewModel vm, LedgerServices services, DialogService dialogs) {
        Label title = new Label(Messages.t("settings.title"));
        title.getStyleClass().add("page-title");
        Label section = new Label(Messages.t("settings.office"));
        section.getStyleClass().add("section-title");

        GridPane form = Widgets.formGrid(1);
        form.setMaxWidth(600);
        TextField county = field("settings-county", "settings.countyPrompt");
        county.textProperty().bindBidirectional(vm.countyProperty());
        TextField town = field("settings-town", "settings.townPrompt");
        town.textProperty().bindBidirectional(vm.townProperty());
        TextField operator = field("settings-operator", "settings.operatorPrompt");
        operator.textProperty().bindBidirectional(vm.operatorProperty());
        // editable once the ledger's settings are read (off the FX thread)
        form.disableProperty().bind(vm.loadedProperty().not());
        Widgets.formRow(form, "settings.county", county);
        Widgets.formRow(form, "settings.town", town);
        Widgets.formRow(form, "settings.operator", operator);
        TextField reviewer = field("settings-reviewer", "settings.reviewerPrompt");
        reviewer.textProperty().bindBidirectional(vm.reviewerProperty());
        TextField head = field("settings-head", "settings.headPrompt");
        head.textProperty().bindBidirectional(vm.headProperty());
        TextField phone = field("settings-phone", "settings.phonePrompt");
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        Widgets.formRow(form, "settings.reviewer", reviewer);
        Widgets.formRow(form, "settings.head", head);
        Widgets.formRow(form, "settings.phone", phone);

        Label problems = Widgets.message("settings-problems", vm.problemsProperty(), "field-error");
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add("field-ok");
        message.textProperty().bind(vm.messageProperty());

        Button save = new Button(Messages.t("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.onSave());
        Button revert = new Button(Messages.t("settings.revert"));
        revert.setId("settings-revert");
        revert.disableProperty().bind(vm.dirtyBinding().not());
        revert.setOnAction(e -> vm.onRevert());
        HBox buttons = new HBox(10, save, revert, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label fileSection = new Label(Messages.t("settings.ledgerFile"));
        fileSection.getStyleClass().add("section-title");
        TextField file = new TextField(vm.ledgerFile());
        file.setEditable(false);
        file.setId("settings-ledger-file");
        file.setMaxWidth(640);
        Label hint = new Label(Messages.t("settings.ledgerHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        VBox page = new VBox(16, title, section, form, problems, buttons, fileSection, file, hint);
        if (services != null) {
            DialogService asks = dialogs != null ? dialogs
                    : new FxDialogService(this::window);
            page.getChildren().addAll(
                    rateSection(new RateTableViewModel(services, Kind.THRESHOLD, Background.fx(), asks)),
                    rateSection(new RateTableViewModel(services, Kind.DIBAO, Background.fx(), asks)));
        }
        page.getStyleClass().add("page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
    }

    public Node root() {
        return root;
    }

    private javafx.stage.Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** 监测标准 / 低保档次: a title, what the table is for, and the table. */
    private static Node rateSection(RateTableViewModel model) {
        String key = "mon.settings." + model.kind().key();
        Label heading = new Label(Messages.t(key + ".title"));
        heading.getStyleClass().add("section-title");
        Label about = new Label(Messages.t(key + ".hint"));
        about.setWrapText(true);
        about.setMaxWidth(760);
        about.getStyleClass().add("hint");
        VBox box = new VBox(10, heading, about, new RateTableView(model).root());
        box.setId("settings-" + model.kind().key());
        return box;
    }

    private static TextField field(String id, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.t(promptKey));
        return f;
    }

}
