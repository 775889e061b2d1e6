package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportService;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * 导出Excel of any list in the window: asks where, then writes the list as shown through the report machinery
 * (the Excel renderer, a template made on the fly), on the ViewModel's {@link Background}. Numbers shown
 * right-aligned are written as numbers (counts as whole numbers, amounts with 2 decimals as 元) when every cell of
 * the column reads as one; everything else, IDs and 户编号 included, stays text.
 */
public final class ListExporter {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,3}(,\\d{3})*|-?\\d+");
    private static final Pattern YUAN = Pattern.compile("-?(\\d{1,3}(,\\d{3})*|\\d+)\\.\\d{2}");

    private final Supplier<ReportService> reports;
    private final DialogService dialogs;
    private final Background background;
    private final Supplier<String> office;
    private Path lastFolder;

    /**
     * @param office the office's name for the signature line (read when a list is exported)
     */
    public ListExporter(Supplier<ReportService> reports, DialogService dialogs, Background background,
            Supplier<String> office) {
        this.reports = reports;
        this.dialogs = dialogs;
        this.background = background;
        this.office = office;
    }

    /** The exporter of a page's lists: the ledger's report service, the office's name for the signature line. */
    public static ListExporter of(cn.bangfu.ledger.logic.LedgerServices services, DialogService dialogs,
            Background background) {
        return new ListExporter(services::reports, dialogs, background,
                () -> services.settings().office().officeName());
    }

    /** Asks for the file, then writes it; says where it went, or why not. */
    public void export(ListExport list) {
        String name = list.title() + " " + LocalDate.now() + ".xlsx";
        Optional<Path> chosen = dialogs.chooseFileToSave(new DialogService.FileQuestion(
                Messages.t("list.export.title", list.title()),
                List.of(DialogService.FileFilter.of(Messages.t("list.export.filter"), "*.xlsx")), lastFolder, name));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase().endsWith(".xlsx") ? chosen.get()
                : chosen.get().resolveSibling(chosen.get().getFileName() + ".xlsx");
        lastFolder = file.getParent();
        background.task(p -> {
            ReportModel model = model(list, office.get(), LocalDate.now());
            return reports.get().write(List.of(model), ReportFormat.XLSX, file, null, p.toWork());
        }).busyText(Messages.t("list.export.busy")).cancellable()
                .onSuccess(written -> dialogs.showInformation(Messages.t("list.export.doneTitle"),
                        Messages.t("list.export.done", list.rows().size(), written)))
                .onFailure(e -> dialogs.showError(Messages.t("list.export.failed"), Background.explain(e)))
                .start();
    }

    /** The list as a one-table report model (not masked: a list of the window is for the office). */
    static ReportModel model(ListExport list, String office, LocalDate today) {
        List<CellKind> kinds = new ArrayList<>();
        for (int c = 0; c < list.headers().size(); c++) {
            kinds.add(kind(list, c));
        }
        List<Header> headers = new ArrayList<>();
        for (int c = 0; c < list.headers().size(); c++) {
            int widest = list.headers().get(c).length() * 2;
            for (List<String> row : list.rows()) {
                String v = row.get(c);
                widest = Math.max(widest, v == null ? 0 : v.length() + 2);
            }
            headers.add(Column.of("c" + (c + 1), list.headers().get(c), kinds.get(c), Math.min(40, Math.max(6, widest))));
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> row : list.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(value(kinds.get(c), row.get(c)));
            }
            rows.add(Row.data(cells));
        }
        String sheet = list.title().replaceAll("[\\[\\]:*?/\\\\]", " ");
        sheet = sheet.length() > 31 ? sheet.substring(0, 31) : sheet;
        return new ReportModel("list", list.title(), today.toString(), "", List.of(new ReportTable(sheet, headers, rows)),
                List.of(Messages.t("list.export.note", list.rows().size())), new Signature(office, "", "", "", today),
                false, list.headers().size() > 8);
    }

    private static CellKind kind(ListExport list, int c) {
        if (!list.right().get(c)) {
            return CellKind.TEXT;
        }
        boolean whole = true;
        boolean yuan = true;
        for (List<String> row : list.rows()) {
            String v = row.get(c) == null ? "" : row.get(c).strip();
            if (v.isEmpty()) {
                continue;
            }
            whole &= WHOLE.matcher(v).matches();
            yuan &= YUAN.matcher(v).matches();
        }
        return whole ? CellKind.COUNT : yuan ? CellKind.YUAN : CellKind.TEXT;
    }

    private static Object value(CellKind kind, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip().replace(",", "");
        return switch (kind) {
            case COUNT -> Long.parseLong(v);
            case YUAN -> new BigDecimal(v).movePointRight(2).longValueExact();
            default -> text;
        };
    }
}
