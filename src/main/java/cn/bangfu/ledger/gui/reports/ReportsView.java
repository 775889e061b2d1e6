package cn.bangfu.ledger.gui.reports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.reports.ReportsViewModel.FormItem;
import cn.bangfu.ledger.gui.reports.ReportsViewModel.PreviewPage;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import java.time.YearMonth;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The 报表 page: the forms on the left; above the preview the month, 全本/公示, the village (and the 户编号 for a
 * household's form); the first page as it will print; 导出Excel, 导出PDF, 打开 and 一键生成本月报表, with progress and
 * 取消 while they run.
 */
public final class ReportsView {

    private final ReportsViewModel vm;
    private final BorderPane root = new BorderPane();

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        Label title = Widgets.styled(Messages.t("rep.title"), "page-title");
        Label subtitle = Widgets.styled(Messages.t("rep.subtitle"), "page-subtitle");
        subtitle.setWrapText(true);
        VBox head = new VBox(4, title, subtitle);
        head.getStyleClass().add("rep-head");
        root.setTop(head);
        root.setLeft(formList());
        root.setCenter(center());
        root.getStyleClass().addAll("page", "rep-page");
        root.getProperties().put(ReportsView.class, this);
        vm.load();
    }

    public Node root() {
        return root;
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    private Node formList() {
        ListView<FormItem> list = new ListView<>(vm.forms());
        list.setId("rep-forms");
        list.setPrefWidth(240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FormItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setId(empty || item == null ? null : "rep-form-" + item.id());
            }
        });
        list.getSelectionModel().select(vm.formProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.formProperty().set(now);
            }
        });
        vm.formProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        VBox box = new VBox(8, Widgets.styled(Messages.t("rep.forms"), "section-title"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("rep-forms-box");
        return box;
    }

    private Node center() {
        ComboBox<YearMonth> month = new ComboBox<>(vm.months());
        month.setId("rep-month");
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : ReportsViewModel.monthText(m);
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        month.valueProperty().bindBidirectional(vm.monthProperty());

        ToggleGroup variant = new ToggleGroup();
        ToggleButton full = new ToggleButton(Messages.t("rep.full"));
        full.setId("rep-full");
        ToggleButton masked = new ToggleButton(Messages.t("rep.masked"));
        masked.setId("rep-masked");
        full.setToggleGroup(variant);
        masked.setToggleGroup(variant);
        full.getStyleClass().add("left-pill");
        masked.getStyleClass().add("right-pill");
        (vm.maskedProperty().get() ? masked : full).setSelected(true);
        variant.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two stays chosen
            } else {
                vm.maskedProperty().set(now == masked);
            }
        });
        vm.maskedProperty().addListener((o, was, now) -> (now ? masked : full).setSelected(true));
        full.disableProperty().bind(vm.maskedFixedProperty());

        ComboBox<String> village = new ComboBox<>(vm.villages());
        village.setId("rep-village");
        village.setPromptText(Messages.t("rep.allVillages"));
        village.valueProperty().bindBidirectional(vm.villageProperty());
        Button allVillages = Widgets.button("rep-all-villages", "rep.allVillages", Feather.X);
        allVillages.getStyleClass().add("small");
        allVillages.setOnAction(e -> vm.villageProperty().set(null));
        allVillages.visibleProperty().bind(vm.villageProperty().isNotNull());
        allVillages.managedProperty().bind(allVillages.visibleProperty());

        TextField household = new TextField();
        household.setId("rep-household");
        household.setPromptText(Messages.t("rep.household.prompt"));
        household.textProperty().bindBidirectional(vm.householdNoProperty());
        household.setOnAction(e -> vm.onPreview());
        household.setPrefColumnCount(14);

        HBox options = new HBox(10, Widgets.label("rep.month"), month, full, masked, Widgets.label("rep.village"),
                village, allVillages, household);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("rep-options");

        Button excel = Widgets.button("rep-export-xlsx", "rep.exportXlsx", Feather.GRID);
        excel.setOnAction(e -> vm.onExport(ReportFormat.XLSX));
        Button pdf = Widgets.button("rep-export-pdf", "rep.exportPdf", Feather.FILE_TEXT);
        pdf.setOnAction(e -> vm.onExport(ReportFormat.PDF));
        Button open = Widgets.button("rep-open", "rep.open", Feather.PRINTER);
        open.setOnAction(e -> vm.onOpen());
        Button pack = Widgets.button("rep-pack", "rep.pack", Feather.PACKAGE);
        pack.getStyleClass().add("accent");
        pack.setOnAction(e -> vm.onPack());
        var running = vm.background().runningProperty();
        for (Button b : new Button[] {excel, pdf, open, pack}) {
            b.disableProperty().bind(running.or(vm.formProperty().isNull()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, excel, pdf, open, spacer, pack);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("rep-progress");
        bar.setPrefWidth(280);
        bar.progressProperty().bind(vm.background().progressProperty());
        Label busy = new Label();
        busy.setId("rep-busy-text");
        busy.textProperty().bind(vm.background().messageProperty());
        Button cancel = Widgets.button("rep-cancel", "rep.cancel", Feather.X_CIRCLE);
        cancel.setOnAction(e -> vm.onCancel());
        cancel.visibleProperty().bind(vm.background().cancellableProperty());
        HBox progress = new HBox(10, bar, busy, cancel);
        progress.setId("rep-busy");
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);

        Label result = Widgets.message("rep-result", vm.resultProperty(), "field-ok");
        Label error = Widgets.message("rep-error", vm.background().errorProperty(), "field-error");

        ImageView page = new ImageView();
        page.setId("rep-preview");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        vm.previewProperty().addListener((o, was, now) -> page.setImage(image(now)));
        page.setImage(image(vm.previewProperty().get()));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("rep-paper");
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        ScrollPane previewScroll = new ScrollPane(paper);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("rep-preview-scroll");
        page.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(900, Math.max(300, previewScroll.getViewportBounds().getWidth() - 40)),
                previewScroll.viewportBoundsProperty()));
        Label pages = new Label();
        pages.setId("rep-preview-text");
        pages.textProperty().bind(vm.previewTextProperty());
        pages.getStyleClass().add("table-count");

        VBox center = new VBox(12, options, actions, progress, result, error, previewScroll, pages);
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        center.getStyleClass().add("rep-center");
        return center;
    }

    private static WritableImage image(PreviewPage p) {
        if (p == null) {
            return null;
        }
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
        return img;
    }
}
