package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.ListExport;
import cn.bangfu.ledger.gui.common.ListExporter;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.FundService.FundRow;
import cn.bangfu.ledger.logic.funds.FundService.ProjectRow;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.JournalEntry;
import cn.bangfu.ledger.model.PostingLine;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.logic.funds.JournalService.SpendingMonth;
import cn.bangfu.ledger.model.MonthClose;
import cn.bangfu.ledger.model.Months;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 帮扶资金: the funds with their balances, the projects, the journal (filtered by fund, project, month and kind) and
 * each fund's spending by month — read on the page's own {@link Background}, shown in 元 with thousands separators
 * (the journal keeps fen). The toolbar opens the page's forms (新增资金, 修改资金, 新增项目, 修改项目, 记账, 发放到户)
 * in place of the lists, and does 冲销, 结账 and 重新开账 through the {@link DialogService}.
 */
public final class FundsViewModel {

    /** The newest entries the page lists; older ones are for `journal --month`. */
    static final int JOURNAL_PAGE = 500;

    /** A fund as its row shows it. */
    public record FundLine(long id, String name, String source, String level, String year, String doc,
            String received, String allocated, String paid, String unallocated, String progress) {
    }

    /** A project as its row shows it. */
    public record ProjectLine(long id, String name, String category, String village, String status, String planned,
            String allocated, String paid, String progress) {
    }

    /** A journal entry as its row shows it: the amount is what moved (the sum of its positive postings). */
    public record EntryLine(long id, String date, String voucher, String kind, String memo, String amount,
            String operator, String reversal) {
    }

    private final LedgerServices services;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<FundLine> funds = FXCollections.observableArrayList();
    private final ObservableList<ProjectLine> projects = FXCollections.observableArrayList();
    private final ObservableList<EntryLine> journal = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper journalNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FundForm> form = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Choice<Long>> fundFilters = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> projectFilters = FXCollections.observableArrayList();
    private final ObservableList<Choice<YearMonth>> monthFilters = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> kindFilters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> fundFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> projectFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<YearMonth>> monthFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> kindFilter = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Long>> progressFunds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> progressFund = new SimpleObjectProperty<>();
    private final ObservableList<SpendingMonth> spending = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper spendingNote = new ReadOnlyStringWrapper("");
    private List<FundRow> fundRows = List.of();
    private boolean showing;
    private boolean opening;
    private ListExporter exporter;

    public FundsViewModel(LedgerServices services, Background background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        String all = Messages.t("fund.filter.all");
        fundFilters.add(Choice.of(all, null));
        projectFilters.add(Choice.of(all, null));
        monthFilters.add(Choice.of(Messages.t("fund.filter.allMonths"), null));
        kindFilters.add(Choice.of(all, null));
        List.of(JournalService.RECEIPT, JournalService.ALLOCATION, JournalService.PAYMENT,
                JournalService.HOUSEHOLD_PAYMENT, JournalService.RETURN, JournalService.ADJUSTMENT,
                JournalService.REVERSAL).forEach(k -> kindFilters.add(Choice.of(k, k)));
        fundFilter.set(fundFilters.getFirst());
        projectFilter.set(projectFilters.getFirst());
        monthFilter.set(monthFilters.getFirst());
        kindFilter.set(kindFilters.getFirst());
        List.of(fundFilter, projectFilter, monthFilter, kindFilter).forEach(f -> f.addListener((o, a, b) -> {
            if (!showing && b != null) {
                refresh();
            }
        }));
        progressFund.addListener((o, a, b) -> {
            if (!showing) {
                readSpending();
            }
        });
    }

    private record Read(List<FundRow> funds, List<ProjectRow> projects, JournalService.Page journal,
            List<YearMonth> months, Long progressFund, List<SpendingMonth> spending) {
    }

    /** Reads the funds, the projects, the journal as filtered and the chosen fund's spending again. */
    public void refresh() {
        error.set("");
        Long f = value(fundFilter.get());
        Long p = value(projectFilter.get());
        YearMonth m = value(monthFilter.get());
        String k = value(kindFilter.get());
        Long chart = value(progressFund.get());
        background.task(pr -> {
            List<FundRow> fs = services.funds().funds();
            Long shown = chart != null ? chart : fs.isEmpty() ? null : fs.getFirst().fund().id();
            return new Read(fs, services.funds().projects(), services.journal().journal(f, p, m, k, 0, JOURNAL_PAGE),
                    services.journal().entryMonths(), shown, shown == null ? List.of() : services.journal().spending(shown));
        }).busyText(Messages.t("fund.busy")).latest("funds")
                .onSuccess(this::show)
                .onFailure(e -> error.set(Messages.t("fund.failed", Background.explain(e))))
                .start();
    }

    private void readSpending() {
        Long id = value(progressFund.get());
        if (id == null) {
            spending.clear();
            spendingNote.set(Messages.t("fund.progress.pick"));
            return;
        }
        background.task(pr -> services.journal().spending(id)).quiet().latest("spending")
                .onSuccess(r -> showSpending(id, r))
                .onFailure(e -> error.set(Messages.t("fund.failed", Background.explain(e)))).start();
    }

    private void showSpending(Long id, List<SpendingMonth> months) {
        spending.setAll(months);
        FundRow f = fundRows.stream().filter(x -> x.fund().id().equals(id)).findFirst().orElse(null);
        if (months.isEmpty() || f == null) {
            spendingNote.set(Messages.t("fund.progress.empty"));
        } else {
            spendingNote.set(Messages.t("fund.progress.note", f.fund().name(), wan(f.allocatedFen()),
                    wan(f.paidFen()), percent(f.progress())));
        }
    }

    private void show(Read r) {
        showing = true;
        try {
            fundRows = r.funds();
            List<Choice<Long>> fundChoices = r.funds().stream()
                    .map(f -> Choice.of(f.fund().name() + "（" + f.fund().year() + "）", f.fund().id())).toList();
            keep(fundFilters, fundFilter, fundChoices);
            keep(projectFilters, projectFilter, r.projects().stream()
                    .map(p -> Choice.of(p.project().name(), p.project().id())).toList());
            keep(monthFilters, monthFilter, r.months().stream().map(m -> Choice.of(Months.text(m), m)).toList());
            progressFunds.setAll(fundChoices);
            progressFund.set(progressFunds.stream().filter(c -> c.value().equals(r.progressFund())).findFirst()
                    .orElse(null));
        } finally {
            showing = false;
        }
        if (r.progressFund() == null) {
            spending.clear();
            spendingNote.set(Messages.t("fund.progress.pick"));
        } else {
            showSpending(r.progressFund(), r.spending());
        }
        funds.setAll(r.funds().stream().map(f -> new FundLine(f.fund().id(), f.fund().name(), f.fund().sourceKind(),
                f.fund().level(), String.valueOf(f.fund().year()), nz(f.fund().docNo()), yuan(f.receivedFen()),
                yuan(f.allocatedFen()), yuan(f.paidFen()), yuan(f.unallocatedFen()), percent(f.progress()))).toList());
        projects.setAll(r.projects().stream().map(p -> new ProjectLine(p.project().id(), p.project().name(),
                p.project().category(), p.village(), p.project().status(), yuan(p.plannedFen()), yuan(p.allocatedFen()),
                yuan(p.paidFen()), percent(p.progress()))).toList());
        journal.setAll(r.journal().entries().stream().map(FundsViewModel::entry).toList());
        journalNote.set(r.journal().total() > r.journal().entries().size()
                ? Messages.t("fund.journal.more", r.journal().entries().size()) : "");
    }

    private static EntryLine entry(JournalService.EntryLine e) {
        JournalEntry x = e.entry();
        long moved = e.lines().stream().mapToLong(PostingLine::amountFen).filter(a -> a > 0).sum();
        String reversal = e.reversedBy() != null ? Messages.t("fund.reversedBy", "#" + e.reversedBy().id())
                : x.reversesId() != null ? Messages.t("fund.reverses", "#" + x.reversesId()) : "";
        return new EntryLine(x.id(), x.entryOn().toString(), nz(x.voucherNo()), x.kind(), x.memo(), yuan(moved),
                x.operator(), reversal);
    }

    /** A filter's choices after its first ("全部"), keeping the chosen one when it is still there. */
    private static <T> void keep(ObservableList<Choice<T>> list, ObjectProperty<Choice<T>> chosen,
            List<Choice<T>> choices) {
        Choice<T> was = chosen.get();
        List<Choice<T>> all = new ArrayList<>();
        all.add(list.getFirst());
        all.addAll(choices);
        list.setAll(all);
        chosen.set(all.stream().filter(c -> was != null && java.util.Objects.equals(c.value(), was.value()))
                .findFirst().orElse(all.getFirst()));
    }

    // -- the forms

    /** 新增资金. */
    public void onAddFund() {
        openForm(l -> new FundFormViewModel(services, background, l));
    }

    /** 新增项目. */
    public void onAddProject() {
        openForm(l -> new ProjectFormViewModel(services, background, l));
    }

    /** 修改资金: the fund selected in 资金 (its particulars; its money is corrected by 冲销). */
    public void onEditFund(FundLine selected) {
        notice.set("");
        if (selected == null) {
            dialogs.showError(Messages.t("fund.action.editFund"), Messages.t("fund.editFund.pickFirst"));
            return;
        }
        long id = selected.id();
        openForm(l -> new FundFormViewModel(services, background, l, l.funds().stream()
                .filter(r -> r.fund().id() == id).findFirst().orElseThrow().fund()));
    }

    /** 修改项目: the project selected in 项目库 (its status and dates, plans, beneficiaries). */
    public void onEditProject(ProjectLine selected) {
        notice.set("");
        if (selected == null) {
            dialogs.showError(Messages.t("fund.action.editProject"), Messages.t("fund.editProject.pickFirst"));
            return;
        }
        long id = selected.id();
        openForm(() -> services.funds().projectDetail(id),
                (l, detail) -> new ProjectFormViewModel(services, background, l, detail));
    }

    /** 记账 for the fund selected in the list (or the first). */
    public void onEntry(Long fundId) {
        openForm(l -> new EntryFormViewModel(services, background, l, null, fundId));
    }

    /** 发放到户 from the fund selected in the list (or the first). */
    public void onRoster(Long fundId) {
        openForm(l -> new RosterFormViewModel(services, background, dialogs, l, fundId));
    }

    private void openForm(java.util.function.Function<Ledgers, FundForm> make) {
        openForm(() -> null, (l, nothing) -> make.apply(l));
    }

    /** Reads what the form chooses from (and {@code extra}) off the FX thread, then shows the form. */
    private <X> void openForm(java.util.concurrent.Callable<X> extra,
            java.util.function.BiFunction<Ledgers, X, FundForm> make) {
        if (form.get() != null || opening) {
            return; // a form is open, or opening (a second click on the toolbar)
        }
        opening = true;
        error.set("");
        notice.set("");
        record Opened<X>(Ledgers ledgers, X extra) {
        }
        background.task(p -> new Opened<>(Ledgers.read(services), extra.call())).busyText(Messages.t("fund.busy"))
                .onFinally(() -> opening = false)
                .onSuccess(opened -> {
                    FundForm f = make.apply(opened.ledgers(), opened.extra());
                    f.savedProperty().addListener((o, a, b) -> {
                        if (b) { // said and shown even if the form was left meanwhile: the write happened
                            notice.set(f.savedText());
                            if (form.get() == f) {
                                form.set(null);
                            }
                            refresh();
                        }
                    });
                    form.set(f);
                })
                .onFailure(e -> error.set(e instanceof cn.bangfu.ledger.model.LedgerException ? e.getMessage()
                        : Messages.t("fund.failed", Background.explain(e)))).start();
    }

    /** 取消 on a form: back to the lists, nothing written. */
    public void onCloseForm() {
        form.set(null);
    }

    /** The form shown in place of the lists (null: the lists). */
    public ReadOnlyObjectProperty<FundForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    // -- 冲销, 结账, 重新开账

    /** 冲销 the selected entry: asks the reason; the reversal is dated today. */
    public void onReverse(EntryLine selected) {
        notice.set("");
        if (selected == null) {
            dialogs.showError(Messages.t("fund.action.reverse"), Messages.t("fund.reverse.pickFirst"));
            return;
        }
        LocalDate today = services.households().today();
        Optional<String> reason = dialogs.askText(new DialogService.TextQuestion(
                Messages.t("fund.reverse.title", String.valueOf(selected.id())),
                Messages.t("fund.reverse.question", String.valueOf(selected.id()),
                        selected.kind(), selected.date(), selected.amount(), today.toString()),
                Messages.t("fund.col.memo"), "", "", true));
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        act(Messages.t("fund.action.reverse"), Messages.t("fund.reverse.busy"),
                () -> services.journal().reverse(selected.id(), today, reason.get()),
                id -> Messages.t("fund.reverse.done", String.valueOf(id), String.valueOf(selected.id())));
    }

    /** 结账: asks the month (last month at first), confirms, closes it after a backup. */
    public void onCloseMonth() {
        notice.set("");
        YearMonth suggested = YearMonth.from(services.households().today()).minusMonths(1);
        Optional<String> text = dialogs.askText(new DialogService.TextQuestion(Messages.t("fund.close.title"),
                Messages.t("fund.close.question", suggested.toString()), Messages.t("fund.filter.month"), "2026-11",
                suggested.toString(), true));
        if (text.isEmpty()) {
            return;
        }
        YearMonth month = month(text.get());
        if (month == null) {
            dialogs.showError(Messages.t("fund.close.title"), Messages.t("fund.close.badMonth", text.get()));
            return;
        }
        if (!dialogs.confirm(Messages.t("fund.close.title"), Messages.t("fund.close.confirm", Months.text(month)),
                Messages.t("fund.close.confirmButton"), Messages.t("common.cancel"))) {
            return;
        }
        act(Messages.t("fund.close.title"), Messages.t("fund.close.busy"), () -> services.journal().closeMonth(month),
                (Path backup) -> backup == null ? Messages.t("fund.close.doneNoBackup", Months.text(month))
                        : Messages.t("fund.close.done", Months.text(month), backup.getFileName()));
    }

    /** 重新开账: asks which closed month and why. */
    public void onReopenMonth() {
        notice.set("");
        background.task(p -> services.journal().closes().stream().filter(MonthClose::isClosed)
                .map(MonthClose::closedMonth).toList()).quiet().onSuccess(this::askReopen)
                .onFailure(e -> error.set(Messages.t("fund.failed", Background.explain(e)))).start();
    }

    private void askReopen(List<YearMonth> closed) {
        if (closed.isEmpty()) {
            dialogs.showInformation(Messages.t("fund.reopen.title"), Messages.t("fund.reopen.none"));
            return;
        }
        Optional<String> text = dialogs.askText(new DialogService.TextQuestion(Messages.t("fund.reopen.title"),
                Messages.t("fund.reopen.question", String.join("、", closed.stream().map(YearMonth::toString).toList())),
                Messages.t("fund.filter.month"), "", closed.getFirst().toString(), true));
        if (text.isEmpty()) {
            return;
        }
        YearMonth month = month(text.get());
        if (month == null) {
            dialogs.showError(Messages.t("fund.reopen.title"), Messages.t("fund.close.badMonth", text.get()));
            return;
        }
        Optional<String> reason = dialogs.askText(new DialogService.TextQuestion(Messages.t("fund.reopen.title"),
                Messages.t("fund.reopen.reason", Months.text(month)), Messages.t("fund.col.memo"), "", "", true));
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        act(Messages.t("fund.reopen.title"), Messages.t("fund.reopen.busy"), () -> {
            services.journal().reopenMonth(month, reason.get());
            return month;
        }, m -> Messages.t("fund.reopen.done", Months.text(m)));
    }

    /** Does it off the FX thread; a refusal is shown in its own words, and nothing changed. */
    private <T> void act(String title, String busy, java.util.concurrent.Callable<T> work,
            java.util.function.Function<T, String> done) {
        background.task(p -> work.call()).busyText(busy)
                .onSuccess(r -> {
                    notice.set(done.apply(r));
                    refresh();
                })
                .onFailure(e -> dialogs.showError(title, e instanceof cn.bangfu.ledger.model.LedgerException
                        ? e.getMessage() : Background.explain(e)))
                .start();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(cn.bangfu.ledger.gui.common.Formats.halfWidth(text.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }

    /** 导出Excel of a list as shown. */
    public void onExport(ListExport list) {
        if (exporter == null) {
            exporter = ListExporter.of(services, dialogs, background);
        }
        exporter.export(list);
    }

    public ObservableList<FundLine> funds() {
        return funds;
    }

    public ObservableList<ProjectLine> projects() {
        return projects;
    }

    public ObservableList<EntryLine> journal() {
        return journal;
    }

    public ReadOnlyStringProperty journalNoteProperty() {
        return journalNote.getReadOnlyProperty();
    }

    public ObservableList<Choice<Long>> fundFilters() {
        return fundFilters;
    }

    public ObservableList<Choice<Long>> projectFilters() {
        return projectFilters;
    }

    public ObservableList<Choice<YearMonth>> monthFilters() {
        return monthFilters;
    }

    public ObservableList<Choice<String>> kindFilters() {
        return kindFilters;
    }

    public ObjectProperty<Choice<Long>> fundFilterProperty() {
        return fundFilter;
    }

    public ObjectProperty<Choice<Long>> projectFilterProperty() {
        return projectFilter;
    }

    public ObjectProperty<Choice<YearMonth>> monthFilterProperty() {
        return monthFilter;
    }

    public ObjectProperty<Choice<String>> kindFilterProperty() {
        return kindFilter;
    }

    public ObservableList<Choice<Long>> progressFunds() {
        return progressFunds;
    }

    public ObjectProperty<Choice<Long>> progressFundProperty() {
        return progressFund;
    }

    /** The chosen fund's cumulative allocated and paid at each month's end. */
    public ObservableList<SpendingMonth> spending() {
        return spending;
    }

    public ReadOnlyStringProperty spendingNoteProperty() {
        return spendingNote.getReadOnlyProperty();
    }

    /** What the last save or action did ("已记账：凭证 #12…"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
    }

    static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    /** Fen in 万元 with 4 decimals (the forms' unit). */
    static String wan(long fen) {
        return new java.math.BigDecimal(fen).movePointLeft(6).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(Double fraction) {
        return fraction == null ? "—" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
