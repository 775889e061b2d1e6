package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.PaymentRoster;
import cn.bangfu.ledger.logic.funds.PaymentRosters;
import cn.bangfu.ledger.model.Months;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 发放到户: a roster read from a payment list (Excel/CSV as banks and counties send them) or made from the month's
 * measures, previewed line by line with its total, then posted as one entry. A line the ledger cannot match —
 * an unknown ID, a name several members bear, an ID whose holder has another name — is shown with its reason and
 * blocks the posting until the list is fixed and read again, or the clerk leaves such lines out on purpose.
 */
public final class RosterFormViewModel extends FundForm {

    /** What is commonly paid to households (the entry's memo; the clerk may type another). */
    public static final List<String> KINDS = List.of("临时救助", "产业奖补", "公益性岗位补贴", "教育补助", "低保金",
            "特困供养金", "防贫保险理赔", "务工交通补贴", "资产收益分红");

    /** A roster line as its row shows it. */
    public record LineRow(String row, String status, String name, String id, String village, String householdNo,
            String account, String amount, String note, boolean problem) {
    }

    private final LedgerServices services;
    private final DialogService dialogs;
    private final Ledgers ledgers;
    private final ObjectProperty<Long> fund = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> project = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty voucher = new SimpleStringProperty("");
    private final ObjectProperty<String> family = new SimpleObjectProperty<>("公益性岗位");
    private final StringProperty detail = new SimpleStringProperty("");
    private final ObjectProperty<PaymentRosters.Basis> basis = new SimpleObjectProperty<>(PaymentRosters.Basis.MONTHLY);
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper leaveOutOffered =
            new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper postingsText = new ReadOnlyStringWrapper("");
    private PaymentRoster roster;
    /** For a roster made from the measures: the fund and month it was made for (null: read from a file). */
    private Long builtFund;
    private YearMonth builtMonth;
    /** The 发放项目 the form filled in from the measures (replaced on the next build unless the clerk typed over it). */
    private String autoKind;

    RosterFormViewModel(LedgerServices services, Background background, DialogService dialogs, Ledgers ledgers,
            Long fundId) {
        super(background);
        this.services = services;
        this.dialogs = dialogs;
        this.ledgers = ledgers;
        fund.set(fundId != null ? fundId : ledgers.funds().isEmpty() ? null : ledgers.funds().getFirst().fund().id());
        date.set(ledgers.today());
        List.of(project, date).forEach(p -> p.addListener((o, a, b) -> validate()));
        fund.addListener((o, a, b) -> validate());
        kind.addListener((o, a, b) -> validate());
        validate();
    }

    /** 读入发放名单: picks a file and reads it (off the FX thread; cancellable; nothing is written). */
    public void onReadFile() {
        dialogs.chooseFileToOpen(new DialogService.FileQuestion(Messages.t("fund.roster.chooseFile"),
                List.of(DialogService.FileFilter.of(Messages.t("fund.roster.fileFilter"), "*.xlsx", "*.xls", "*.csv",
                        "*.txt")), null, null)).ifPresent(this::read);
    }

    void read(Path file) {
        say("");
        background.task(p -> services.paymentRosters().read(file, p::isCancelled)).cancellable()
                .busyText(Messages.t("fund.roster.reading", file.getFileName())).onSuccess(r -> {
                    builtFund = null;
                    builtMonth = null;
                    show(r);
                })
                .onFailure(e -> say(Background.explain(e))).start();
    }

    /** 按帮扶措施生成: the roster of the chosen family's measures for the entry's month. */
    public void onFromMeasures() {
        Long f = fund.get();
        if (f == null || date.get() == null || family.get() == null) {
            say(Messages.t("fund.roster.pickFirst"));
            return;
        }
        String fam = family.get();
        String det = detail.get();
        YearMonth month = YearMonth.from(date.get());
        PaymentRosters.Basis b = basis.get();
        say("");
        background.task(p -> services.paymentRosters().fromMeasures(fam, det, month, b, f))
                .busyText(Messages.t("fund.roster.building")).onSuccess(r -> {
                    builtFund = f;
                    builtMonth = month;
                    String k = fam + (Formats.isBlank(det) ? "" : "（" + det.strip() + "）");
                    if (Formats.isBlank(kind.get()) || kind.get().equals(autoKind)) {
                        autoKind = k;
                        kind.set(k); // the entry's memo, and the 花名册's 发放类别
                    }
                    show(r);
                    if (r.lines().isEmpty()) {
                        say(Messages.t("fund.roster.noMeasures", fam, Months.text(month)));
                    }
                }).onFailure(e -> say(Background.explain(e))).start();
    }

    /** 剔除问题行: the lines the ledger cannot match are left out (shown as 已剔除); the rest can be posted. */
    public void onLeaveOutProblems() {
        if (roster != null && roster.problemCount() > 0) {
            show(roster.withProblemsLeftOut());
        }
    }

    private void show(PaymentRoster r) {
        roster = r;
        lines.setAll(r.lines().stream().map(l -> new LineRow(String.valueOf(l.row()), l.status().label(), l.name(),
                l.idText(), l.village(), l.householdNo(), Formats.orEmpty(l.bankAccount()),
                l.amountFen() == null ? "" : yuan(l.amountFen()), l.note(), l.problem())).toList());
        validate();
    }

    void validate() {
        String why = check();
        problem(why);
        leaveOutOffered.set(roster != null && roster.problemCount() > 0);
    }

    private String check() {
        postingsText.set("");
        if (roster == null) {
            summary.set("");
            return Messages.t("fund.roster.readFirst");
        }
        summary.set(Messages.t("fund.roster.summary", roster.source(), roster.lines().size(), roster.payableCount(),
                yuan(roster.payableFen()), roster.problemCount()));
        if (fund.get() == null) {
            return Messages.t("fund.entry.pickFund");
        }
        if (builtFund != null && (!builtFund.equals(fund.get()) || date.get() == null
                || !builtMonth.equals(YearMonth.from(date.get())))) {
            return Messages.t("fund.roster.stale", ledgers.fundName(builtFund), Months.text(builtMonth));
        }
        String from = project.get() == null ? JournalService.UNALLOCATED : JournalService.PROJECT;
        long available = ledgers.balance(fund.get(), from, project.get());
        postingsText.set(Messages.t("fund.roster.postings", roster.payableCount(), yuan(roster.payableFen()),
                project.get() == null ? ledgers.fundName(fund.get()) + " " + from : ledgers.projectName(project.get()),
                yuan(available)));
        if (roster.problemCount() > 0) {
            return Messages.t("fund.roster.problems", roster.problemCount());
        }
        if (roster.payableCount() == 0) {
            return Messages.t("fund.roster.nothing");
        }
        if (Formats.isBlank(kind.get())) {
            return Messages.t("fund.roster.typeKind");
        }
        if (date.get() == null) {
            return Messages.t("fund.entry.typeDate");
        }
        YearMonth m = YearMonth.from(date.get());
        if (ledgers.closed().contains(m)) {
            return Messages.t("fund.entry.closed", Months.text(m));
        }
        if (available < roster.payableFen()) {
            return Messages.t("fund.entry.short", yuan(available), yuan(roster.payableFen()));
        }
        return null;
    }

    @Override
    public void onSave() {
        validate();
        if (blockedProperty().get()) {
            return;
        }
        long f = fund.get();
        Long p = project.get();
        LocalDate on = date.get();
        String v = voucher.get();
        String memo = kind.get().strip();
        var householdLines = roster.householdLines();
        int n = roster.payableCount();
        long total = roster.payableFen();
        if (!dialogs.confirm(Messages.t("fund.roster.title"), Messages.t("fund.roster.confirm", n, yuan(total), memo,
                ledgers.fundName(f), on.toString()), Messages.t("fund.roster.save"), Messages.t("common.cancel"))) {
            return;
        }
        save(progress -> services.journal().payHouseholds(f, p, on, v, memo, householdLines),
                id -> savedText(Messages.t("fund.roster.saved", String.valueOf(id), n, yuan(total))));
    }

    public List<Choice<PaymentRosters.Basis>> bases() {
        return List.of(Choice.of(Messages.t("fund.roster.monthly"), PaymentRosters.Basis.MONTHLY),
                Choice.of(Messages.t("fund.roster.started"), PaymentRosters.Basis.STARTED));
    }

    public Ledgers ledgers() {
        return ledgers;
    }

    public ObjectProperty<Long> fundProperty() {
        return fund;
    }

    public ObjectProperty<Long> projectProperty() {
        return project;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty voucherProperty() {
        return voucher;
    }

    public ObjectProperty<String> familyProperty() {
        return family;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ObjectProperty<PaymentRosters.Basis> basisProperty() {
        return basis;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the roster has lines it cannot pay: 剔除问题行 is offered. */
    public ReadOnlyBooleanProperty leaveOutOfferedProperty() {
        return leaveOutOffered.getReadOnlyProperty();
    }


    public ReadOnlyStringProperty postingsProperty() {
        return postingsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
    }
}
