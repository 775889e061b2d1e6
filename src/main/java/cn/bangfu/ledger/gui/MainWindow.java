package cn.bangfu.ledger.gui;

import atlantafx.base.controls.CustomTextField;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.home.HomeView;
import cn.bangfu.ledger.gui.home.HomeViewModel;
import cn.bangfu.ledger.gui.households.HouseholdsView;
import cn.bangfu.ledger.gui.imports.ImportView;
import cn.bangfu.ledger.gui.reports.ReportsView;
import cn.bangfu.ledger.gui.reports.ReportsViewModel;
import cn.bangfu.ledger.gui.monitoring.MonitoringView;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel;
import cn.bangfu.ledger.logic.monitoring.WorkQueue;
import cn.bangfu.ledger.gui.funds.FundsView;
import cn.bangfu.ledger.gui.funds.FundsViewModel;
import cn.bangfu.ledger.gui.placeholder.PlaceholderView;
import cn.bangfu.ledger.gui.settings.SettingsView;
import cn.bangfu.ledger.gui.settings.SettingsViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame: navigation on the left, the current page in the middle, the status bar at the bottom. Pages
 * are built when first shown. Ctrl+1 … Ctrl+8 jump to the pages in navigation order.
 */
public final class MainWindow {

    /** What the frame asks of the application: to switch to the demo ledger or back. */
    public interface Host {
        void openDemo();

        void leaveDemo();
    }

    private final MainViewModel vm;
    private final Host host;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private HomeViewModel homeVm;
    private HouseholdsView householdsView;
    private MonitoringView monitoringView;
    private ImportView importView;
    private ReportsView reportsView;
    private FundsViewModel fundsVm;
    private final CustomTextField globalSearch = new CustomTextField();

    /** The window's dialogs, asked of the window the root is in. */
    public MainWindow(MainViewModel vm, Host host) {
        this(vm, host, null);
    }

    /** @param dialogs every screen's alerts, prompts and choosers (null: dialogs owned by this window) */
    public MainWindow(MainViewModel vm, Host host, DialogService dialogs) {
        this.vm = vm;
        this.host = host;
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> root.getScene() == null ? null : root.getScene().getWindow());
        root.getStyleClass().add("main-window");
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(new BorderPane(content, topBar(), null, null, null));
        root.setBottom(statusBar());
        vm.pageProperty().addListener((o, old, page) -> show(page));
        show(vm.pageProperty().get());
    }

    /** The dialogs the screens ask through (one service for the whole window). */
    public DialogService dialogs() {
        return dialogs;
    }

    public Parent root() {
        return root;
    }

    /** Keyboard shortcuts that belong to the whole window (installed once the scene exists). */
    public void installShortcuts() {
        for (KeyCode key : new KeyCode[] {KeyCode.F, KeyCode.K}) {
            root.getScene().getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), () -> {
                if (vm.pageProperty().get() == Page.HOUSEHOLDS) {
                    householdsView.focusSearch(); // the page's own search box
                } else {
                    globalSearch.requestFocus();
                    globalSearch.selectAll();
                }
            });
        }
        Page[] all = Page.values();
        for (int i = 0; i < all.length; i++) {
            Page page = all[i];
            root.getScene().getAccelerators().put(
                    new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> vm.onNavigate(page));
        }
    }

    private Node sidebar() {
        Label appName = new Label(Messages.t("app.title"));
        appName.getStyleClass().add("app-name");
        Label office = new Label();
        office.textProperty().bind(vm.officeNameProperty());
        office.getStyleClass().add("office-name");
        office.setWrapText(true);
        VBox box = new VBox(appName, office);
        box.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton b = new ToggleButton(page.title(), new FontIcon(page.icon()));
            b.setId("nav-" + page.name());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                b.setSelected(true); // a click on the current page keeps it selected
                vm.onNavigate(page);
            });
            navButtons.put(page, b);
            if (page == Page.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                box.getChildren().add(spacer);
            }
            box.getChildren().add(b);
        }
        return box;
    }

    /** The top bar: one search box for the whole ledger; Enter shows the matches in 农户台账. */
    private Node topBar() {
        globalSearch.setId("global-search");
        globalSearch.setPromptText(Messages.t("search.prompt"));
        globalSearch.setPrefWidth(460);
        globalSearch.setLeft(new FontIcon(Feather.SEARCH));
        globalSearch.setOnAction(e -> {
            vm.onNavigate(Page.HOUSEHOLDS);
            householdsView.search(globalSearch.getText());
            globalSearch.clear();
        });
        HBox bar = new HBox(globalSearch);
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // 农户台账 has its own search box with filters: one search box on screen at a time
        bar.visibleProperty().bind(vm.pageProperty().isNotEqualTo(Page.HOUSEHOLDS));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Shows a household's card in 农户台账 (from the monitoring work queues). */
    private void openHousehold(long householdId) {
        vm.onNavigate(Page.HOUSEHOLDS);
        householdsView.openHousehold(householdId);
    }

    /** Shows the 监测帮扶 list behind a home page card. */
    private void openList(WorkQueue.Kind kind) {
        vm.onNavigate(Page.MONITORING);
        monitoringView.show(MonitoringViewModel.Queue.of(kind));
    }

    /** An import or a revert changed the ledger: the pages built so far read it again. */
    private void ledgerChanged() {
        if (homeVm != null) {
            homeVm.refresh();
        }
        if (householdsView != null) {
            householdsView.refresh();
        }
        if (monitoringView != null) {
            monitoringView.refresh();
        }
    }

    private Node statusBar() {
        Label ledger = new Label();
        ledger.textProperty().bind(vm.ledgerLineProperty());
        ledger.setId("status-ledger");
        Label operator = new Label();
        operator.textProperty().bind(vm.operatorLineProperty());
        operator.setId("status-operator");
        Label month = new Label();
        month.textProperty().bind(vm.monthLineProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, ledger, spacer, operator, month);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        if (vm.isDemo()) {
            Label badge = new Label(Messages.t("app.demoBadge"));
            badge.setId("demo-badge");
            badge.getStyleClass().add("demo-badge");
            bar.getChildren().addFirst(badge);
            if (vm.canLeaveDemo()) {
                Button leave = new Button(Messages.t("app.leaveDemo"));
                leave.setId("leave-demo");
                leave.getStyleClass().add("small");
                leave.setOnAction(e -> host.leaveDemo());
                bar.getChildren().add(1, leave);
            }
        }
        return bar;
    }

    private void show(Page page) {
        navButtons.get(page).setSelected(true);
        boolean shownBefore = pages.containsKey(page);
        Node node = pages.computeIfAbsent(page, this::build);
        if (shownBefore) { // data may have changed on another page meanwhile
            switch (page) {
                case HOME -> homeVm.refresh();
                case HOUSEHOLDS -> householdsView.refresh();
                case MONITORING -> monitoringView.refresh();
                case IMPORT -> importView.refresh();
                case REPORTS -> reportsView.viewModel().onPreview();
                case FUNDS -> {
                    if (fundsVm.formProperty().get() == null) { // a form being filled in is left as it is
                        fundsVm.refresh();
                    }
                }
                default -> {
                }
            }
        }
        content.getChildren().setAll(node);
    }

    private Node build(Page page) {
        Node node = switch (page) {
            case HOME -> {
                homeVm = new HomeViewModel(vm.services(), Background.fx(), this::openList,
                        () -> vm.onNavigate(Page.FUNDS));
                yield new HomeView(homeVm, host::openDemo).root();
            }
            case HOUSEHOLDS -> {
                householdsView = new HouseholdsView(vm.services(), dialogs);
                yield householdsView.root();
            }
            case MONITORING -> {
                monitoringView = new MonitoringView(vm.services(), this::openHousehold, dialogs);
                yield monitoringView.root();
            }
            case IMPORT -> {
                importView = new ImportView(vm.services(), dialogs, () -> vm.onNavigate(Page.HOUSEHOLDS),
                        this::ledgerChanged);
                yield importView.root();
            }
            case REPORTS -> {
                reportsView = new ReportsView(new ReportsViewModel(vm.services(), dialogs, Background.fx()));
                yield reportsView.root();
            }
            case FUNDS -> {
                fundsVm = new FundsViewModel(vm.services(), Background.fx(), dialogs);
                yield new FundsView(fundsVm).root();
            }
            case SETTINGS -> new SettingsView(new SettingsViewModel(vm.services(), vm::refreshOffice, Background.fx()), vm.services(),
                    dialogs).root();
            default -> new PlaceholderView(page).root();
        };
        node.setId("page-" + page.name());
        return node;
    }
}
