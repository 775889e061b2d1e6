package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Posting;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 记账 (one entry of the simple kinds: 资金到位, 分配到项目, 拨付, 收回, 结余调整): as the clerk types, the entry's
 * postings are shown with their 借方 and 贷方 — exactly what will be written — and the balance it draws on. A date in
 * a closed month, an amount above the balance, a 拨付 without payee block 保存 with the reason; the journal checks
 * all of it again when it writes.
 */
public final class EntryFormViewModel extends FundForm {

    /** The kinds this form writes (a roster has its own form; 冲销 is done from the journal). */
    public static final List<String> KINDS = List.of(JournalService.RECEIPT, JournalService.ALLOCATION,
            JournalService.PAYMENT, JournalService.RETURN, JournalService.ADJUSTMENT);

    /** A posting as the form shows it. */
    public record PostingRow(String account, String where, String debit, String credit) {
    }

    private final LedgerServices services;
    private final Ledgers ledgers;
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(JournalService.PAYMENT);
    private final ObjectProperty<Long> fund = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> project = new SimpleObjectProperty<>();
    private final StringProperty payee = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty voucher = new SimpleStringProperty("");
    private final StringProperty memo = new SimpleStringProperty("");
    private final ObservableList<PostingRow> postings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper("");

    EntryFormViewModel(LedgerServices services, Background background, Ledgers ledgers, String kind, Long fundId) {
        super(background);
        this.services = services;
        this.ledgers = ledgers;
        this.kind.set(kind == null ? JournalService.PAYMENT : kind);
        fund.set(fundId != null ? fundId : ledgers.funds().isEmpty() ? null : ledgers.funds().getFirst().fund().id());
        date.set(ledgers.today());
        this.kind.addListener((o, a, b) -> {
            if (!takesProject()) {
                project.set(null); // before the postings are read again: a 资金到位 has no project
            }
        });
        List.of(this.kind, fund, project, date).forEach(p -> p.addListener((o, a, b) -> validate()));
        List.of(payee, amount, voucher, memo).forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    /** Whether the chosen kind takes a project (拨付 may go without one, straight from the fund). */
    public boolean needsProject() {
        return JournalService.ALLOCATION.equals(kind.get()) || JournalService.ADJUSTMENT.equals(kind.get());
    }

    public boolean takesProject() {
        return needsProject() || JournalService.PAYMENT.equals(kind.get());
    }

    public boolean takesPayee() {
        return JournalService.PAYMENT.equals(kind.get());
    }

    /** Reads the fields into the postings and what stops the save, if anything. */
    void validate() {
        postings.clear();
        balance.set("");
        String why = check();
        problem(why);
        say("");
    }

    private String check() {
        if (fund.get() == null) {
            return ledgers.funds().isEmpty() ? Messages.t("fund.entry.noFunds") : Messages.t("fund.entry.pickFund");
        }
        Long fen;
        try {
            fen = yuanOrNull(amount.get());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String source = sourceAccount();
        long available = source == null ? -1 : ledgers.balance(fund.get(), source, project.get());
        if (source != null) {
            balance.set(Messages.t(JournalService.PROJECT.equals(source) ? "fund.entry.projectBalance"
                    : "fund.entry.fundBalance", yuan(available)));
        }
        if (fen == null) {
            return Messages.t("fund.entry.typeAmount");
        }
        List<Posting> lines;
        try {
            lines = JournalService.postingsOf(kind.get(), fund.get(), project.get(), payee.get(), fen);
        } catch (LedgerException e) {
            return e.getMessage();
        }
        for (Posting p : lines) {
            String where = p.payee() != null ? p.payee()
                    : p.projectId() != null && JournalService.PROJECT.equals(p.account()) ? ledgers.projectName(p.projectId())
                            : ledgers.fundName(p.fundId());
            postings.add(new PostingRow(p.account(), where, p.amountFen() > 0 ? yuan(p.amountFen()) : "",
                    p.amountFen() < 0 ? yuan(-p.amountFen()) : ""));
        }
        if (date.get() == null) {
            return Messages.t("fund.entry.typeDate");
        }
        YearMonth m = YearMonth.from(date.get());
        if (ledgers.closed().contains(m)) {
            return Messages.t("fund.entry.closed", Months.text(m));
        }
        if (source != null && available < fen) {
            return Messages.t("fund.entry.short", yuan(available), yuan(fen));
        }
        return null;
    }

    /** The account the money leaves that may not go below zero: 未分配 or the project's 项目 (null: 来源). */
    private String sourceAccount() {
        return switch (kind.get()) {
            case JournalService.ALLOCATION, JournalService.RETURN -> JournalService.UNALLOCATED;
            case JournalService.PAYMENT -> project.get() == null ? JournalService.UNALLOCATED : JournalService.PROJECT;
            case JournalService.ADJUSTMENT -> project.get() == null ? null : JournalService.PROJECT;
            default -> null;
        };
    }

    @Override
    public void onSave() {
        validate();
        String k = kind.get();
        Long f = fund.get();
        Long p = project.get();
        String who = payee.get();
        LocalDate on = date.get();
        Long fen = blockedProperty().get() ? null : yuanOrNull(amount.get());
        if (fen == null) {
            return;
        }
        String v = voucher.get();
        String text = Formats.isBlank(memo.get()) ? defaultMemo() : memo.get();
        save(progress -> services.journal().post(k, f, p, who, on, fen, v, text),
                id -> savedText(Messages.t("fund.entry.saved", String.valueOf(id), k, yuan(fen))));
    }

    private String defaultMemo() {
        String k = kind.get();
        return switch (k) {
            case JournalService.PAYMENT -> k + "：" + Formats.orEmpty(payee.get()).strip();
            case JournalService.ALLOCATION, JournalService.ADJUSTMENT -> k + "：" + ledgers.projectName(project.get());
            default -> k + "：" + ledgers.fundName(fund.get());
        };
    }

    public List<Choice<String>> kinds() {
        List<Choice<String>> out = new ArrayList<>();
        KINDS.forEach(k -> out.add(Choice.of(k, k)));
        return out;
    }

    public Ledgers ledgers() {
        return ledgers;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObjectProperty<Long> fundProperty() {
        return fund;
    }

    public ObjectProperty<Long> projectProperty() {
        return project;
    }

    public StringProperty payeeProperty() {
        return payee;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty voucherProperty() {
        return voucher;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    public ObservableList<PostingRow> postings() {
        return postings;
    }

    /** The balance the entry draws on ("未分配余额 …"), "" for a receipt. */
    public ReadOnlyStringProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }
}
