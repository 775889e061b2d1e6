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
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 帮扶资金: the funds with their balances, the projects, and the newest journal entries — read on the page's own
 * {@link Background}, shown in 元 with thousands separators (the journal keeps fen).
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
    private ListExporter exporter;

    public FundsViewModel(LedgerServices services, Background background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
    }

    private record Read(List<FundRow> funds, List<ProjectRow> projects, JournalService.Page journal) {
    }

    /** Reads the funds, the projects and the newest entries again. */
    public void refresh() {
        error.set("");
        background.task(p -> new Read(services.funds().funds(), services.funds().projects(),
                services.journal().journal(null, null, null, null, 0, JOURNAL_PAGE)))
                .busyText(Messages.t("fund.busy")).latest("funds")
                .onSuccess(this::show)
                .onFailure(e -> error.set(Messages.t("fund.failed", Background.explain(e))))
                .start();
    }

    private void show(Read r) {
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

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
    }

    static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    static String percent(Double fraction) {
        return fraction == null ? "—" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
