package cn.bangfu.ledger.gui.reports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.DialogService.FileFilter;
import cn.bangfu.ledger.gui.common.DialogService.FileQuestion;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.reports.ReportForm;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportService;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.pdf.PdfPreview;
import cn.bangfu.ledger.model.Months;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 报表 page: pick a form, a month, 全本 or 公示 (and a village, or a household for the forms of one
 * household), see its first page as it will print, export it to Excel or PDF, open it in the system's viewer to
 * print, or make the whole month's pack. All reading and rendering runs on the page's {@link Background}.
 */
public final class ReportsViewModel {

    /** A form in the list. */
    public record FormItem(String id, String title, boolean monthly, boolean alwaysMasked) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** The first page as an image (ARGB pixels), with the number of pages of the whole form (-1: not counted). */
    public record PreviewPage(int width, int height, int[] argb, int pageCount) {
    }

    /** Rows of each table drawn for the preview: more than one page holds. */
    static final int PREVIEW_ROWS = 60;

    private final LedgerServices services;
    private final DialogService dialogs;
    private final Background background;
    private final Supplier<Path> scratch;

    private final ObservableList<FormItem> forms = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<String> villages = FXCollections.observableArrayList();
    private final ObjectProperty<FormItem> form = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final BooleanProperty masked = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> village = new SimpleObjectProperty<>();
    private final StringProperty householdNo = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper maskedFixed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PreviewPage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Path lastFolder;

    /** 打开 writes the file it opens to {@link #scratchFolder()}. */
    public ReportsViewModel(LedgerServices services, DialogService dialogs, Background background) {
        this(services, dialogs, background, ReportsViewModel::scratchFolder);
    }

    /** Where a form opened to print is written: 报表临时 in the data folder (the household card's 打印 too). */
    public static Path scratchFolder() {
        return LedgerServices.dataFolder().resolve("报表临时");
    }

    /**
     * @param scratch where 打开 writes the file it opens (a folder in the data folder), made when first needed
     */
    public ReportsViewModel(LedgerServices services, DialogService dialogs, Background background,
            Supplier<Path> scratch) {
        this.services = services;
        this.dialogs = dialogs;
        this.background = background;
        this.scratch = scratch;
        for (ReportForm f : services.reports().forms()) {
            forms.add(new FormItem(f.id(), f.title(), f.monthly(), f.alwaysMasked()));
        }
        LocalDate today = services.monitoring().today();
        YearMonth now = YearMonth.from(today);
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i));
        }
        // in the first days of a month the clerk files the month just ended
        month.set(today.getDayOfMonth() <= 15 ? now.minusMonths(1) : now);
        form.addListener((o, was, now2) -> {
            boolean fixed = now2 != null && now2.alwaysMasked();
            maskedFixed.set(fixed);
            if (fixed) {
                masked.set(true);
            }
            onPreview();
        });
        month.addListener((o, was, now2) -> onPreview());
        masked.addListener((o, was, now2) -> onPreview());
        village.addListener((o, was, now2) -> onPreview());
        if (!forms.isEmpty()) {
            form.set(forms.getFirst());
        }
    }

    /** Reads the villages for the village choice (off the FX thread). */
    public void load() {
        background.task(p -> services.households().villages().stream().map(v -> v.name()).toList()).quiet()
                .latest("villages").onSuccess(villages::setAll).start();
    }

    public ObservableList<FormItem> forms() {
        return forms;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public ObjectProperty<FormItem> formProperty() {
        return form;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public BooleanProperty maskedProperty() {
        return masked;
    }

    /** True for a form that exists only as a 公示 (the toggle is then fixed on 公示). */
    public ReadOnlyBooleanProperty maskedFixedProperty() {
        return maskedFixed.getReadOnlyProperty();
    }

    /** The village the form is limited to; null for the whole town. */
    public ObjectProperty<String> villageProperty() {
        return village;
    }

    public StringProperty householdNoProperty() {
        return householdNo;
    }

    public ReadOnlyObjectProperty<PreviewPage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Under the preview: 第 1 页，共 N 页, or why there is none. */
    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    /** What the last export wrote (shown under the buttons). */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Background background() {
        return background;
    }

    private ReportRequest request() {
        String no = householdNo.get() == null || householdNo.get().isBlank() ? null : householdNo.get().strip();
        return new ReportRequest(month.get(), masked.get(), no, village.get());
    }

    private String formId() {
        return form.get() == null ? null : form.get().id();
    }

    /** Renders the first page of the chosen form (a newer choice replaces a preview still being made). */
    public void onPreview() {
        String id = formId();
        if (id == null || month.get() == null) {
            return;
        }
        ReportRequest request = request();
        previewText.set(Messages.t("rep.preview.making"));
        background.task(p -> {
            ReportService reports = services.reports();
            List<ReportModel> models = reports.models(id, request);
            p.checkCancelled();
            // the first page only: the first document with its tables' first rows (a 100,000-person roster
            // would otherwise be laid out whole to show one page)
            ReportModel first = models.getFirst();
            boolean whole = models.size() == 1 && first.tables().stream().allMatch(t -> t.rows().size() <= PREVIEW_ROWS);
            ReportModel shown = whole ? first : first.with(first.title(), first.tables().stream()
                    .map(t -> new ReportTable(t.name(), t.headers(), t.rows().subList(0, Math.min(PREVIEW_ROWS,
                            t.rows().size())), t.printed())).toList(), first.notes(), first.masked());
            byte[] pdf = reports.render(List.of(shown), ReportFormat.PDF, null, p.toWork());
            p.checkCancelled();
            PdfPreview.Page page = PdfPreview.render(pdf, 1, 72f);
            BufferedImage img = page.image();
            int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            return new PreviewPage(img.getWidth(), img.getHeight(), argb, whole ? page.pageCount() : -1);
        }).quiet().latest("preview").onSuccess(page -> {
            preview.set(page);
            previewText.set(page.pageCount() > 0 ? Messages.t("rep.preview.pages", page.pageCount())
                    : Messages.t("rep.preview.firstPage"));
        }).onFailure(e -> {
            preview.set(null);
            previewText.set(Messages.t("rep.preview.failed", Background.explain(e)));
        }).start();
    }

    /** 导出Excel / 导出PDF: asks where, then writes the file. */
    public void onExport(ReportFormat format) {
        String id = formId();
        if (id == null) {
            return;
        }
        ReportRequest request = request();
        String name = services.reports().fileName(id, request.month(), request.masked(), format);
        FileFilter filter = format == ReportFormat.XLSX ? FileFilter.of(Messages.t("rep.filter.xlsx"), "*.xlsx")
                : FileFilter.of(Messages.t("rep.filter.pdf"), "*.pdf");
        Optional<Path> target = dialogs.chooseFileToSave(new FileQuestion(Messages.t("rep.export.title"),
                List.of(filter), lastFolder, name));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), format);
        lastFolder = file.getParent();
        background.task(p -> services.reports().export(id, request, format, file, null, p.toWork()))
                .busyText(Messages.t("rep.export.busy")).cancellable()
                .onSuccess(written -> result.set(Messages.t("rep.export.done", written)))
                .onFailure(e -> dialogs.showError(Messages.t("rep.export.failed"), Background.explain(e)))
                .start();
    }

    /** 打开: writes the PDF to the scratch folder and opens it in the system's viewer (to print). */
    public void onOpen() {
        String id = formId();
        if (id == null) {
            return;
        }
        ReportRequest request = request();
        String name = services.reports().fileName(id, request.month(), request.masked(), ReportFormat.PDF);
        background.task(p -> {
            Path folder = scratch.get();
            Files.createDirectories(folder);
            return services.reports().export(id, request, ReportFormat.PDF, folder.resolve(name), null, p.toWork());
        }).busyText(Messages.t("rep.open.busy")).cancellable().onSuccess(dialogs::openInSystem)
                .onFailure(e -> dialogs.showError(Messages.t("rep.export.failed"), Background.explain(e)))
                .start();
    }

    /** 一键生成本月报表: asks for a folder, writes the pack with progress and 取消, then opens the folder. */
    public void onPack() {
        YearMonth m = month.get();
        Optional<Path> parent = dialogs.chooseFolder(Messages.t("rep.pack.title", Months.text(m)), lastFolder);
        if (parent.isEmpty()) {
            return;
        }
        lastFolder = parent.get();
        background.task(p -> services.reports().exportPack(m, parent.get(), null, p.toWork()))
                .busyText(Messages.t("rep.pack.busy", Months.text(m))).cancellable()
                .onSuccess(pack -> {
                    result.set(Messages.t("rep.pack.done", pack.files().size(), pack.folder()));
                    dialogs.openInSystem(pack.folder());
                })
                .onFailure(e -> {
                    if (!(e instanceof java.util.concurrent.CancellationException)) {
                        dialogs.showError(Messages.t("rep.pack.failed"), Background.explain(e));
                    }
                })
                .start();
    }

    /** 取消 of the running export or pack. */
    public void onCancel() {
        background.cancel();
    }

    private static Path withExtension(Path file, ReportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase().endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    /** The months as the month picker shows them: 2026年11月. */
    public static String monthText(YearMonth m) {
        return Months.text(m);
    }
}
