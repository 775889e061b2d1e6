package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 新增资金: name, source, level, year, 文号, and — when the money has arrived — the date and amount received, written
 * with the fund as its 资金到位 entry in one transaction (a fund whose money cannot be taken is not added either).
 */
public final class FundFormViewModel extends FundForm {

    private final LedgerServices services;
    private final Ledgers ledgers;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    private final ObjectProperty<String> level = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty doc = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    /** The fund being corrected (null: a new one); its money moves only through the journal. */
    private final Fund editing;

    /** 新增资金. */
    FundFormViewModel(LedgerServices services, Background background, Ledgers ledgers) {
        this(services, background, ledgers, null);
    }

    /** 修改资金 (its name, source, level, year, 文号, note) when {@code editing} is given. */
    FundFormViewModel(LedgerServices services, Background background, Ledgers ledgers, Fund editing) {
        super(background);
        this.services = services;
        this.ledgers = ledgers;
        this.editing = editing;
        year.set(String.valueOf(ledgers.today().getYear()));
        receivedOn.set(ledgers.today());
        if (editing != null) {
            name.set(editing.name());
            source.set(editing.sourceKind());
            level.set(editing.level());
            year.set(String.valueOf(editing.year()));
            doc.set(Formats.orEmpty(editing.docNo()));
            note.set(Formats.orEmpty(editing.note()));
        }
        List.of(name, year, doc, amount, note).forEach(p -> p.addListener((o, a, b) -> validate()));
        List.of(source, level, receivedOn).forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    void validate() {
        String why = check();
        problem(why);
        say("");
    }

    private String check() {
        if (Formats.isBlank(name.get())) {
            return Messages.t("fund.fund.typeName");
        }
        if (Formats.isBlank(source.get())) {
            return Messages.t("fund.fund.pickSource");
        }
        if (level.get() == null) {
            return Messages.t("fund.fund.pickLevel");
        }
        String y = Formats.halfWidth(Formats.orEmpty(year.get()).strip());
        if (!y.matches("20\\d\\d")) {
            return Messages.t("fund.fund.badYear");
        }
        try {
            Long fen = yuanOrNull(amount.get());
            if (fen != null && fen <= 0) {
                return Messages.t("fund.fund.positive");
            }
            if (fen != null && receivedOn.get() == null) {
                return Messages.t("fund.entry.typeDate");
            }
            if (fen != null && ledgers.closed().contains(YearMonth.from(receivedOn.get()))) {
                return Messages.t("fund.entry.closed", Months.text(YearMonth.from(receivedOn.get())));
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    @Override
    public void onSave() {
        validate();
        if (blockedProperty().get()) {
            return;
        }
        Fund f = new Fund(editing == null ? null : editing.id(), name.get(), source.get().strip(), level.get(),
                Integer.parseInt(Formats.halfWidth(year.get().strip())), doc.get(), note.get());
        if (editing != null) {
            save(progress -> {
                services.funds().updateFund(f);
                return f.id();
            }, id -> savedText(Messages.t("fund.fund.updated", f.name().strip())));
            return;
        }
        Long fen = yuanOrNull(amount.get());
        LocalDate on = receivedOn.get();
        save(progress -> fen == null ? services.funds().addFund(f)
                : services.journal().addFundReceived(f, on, fen, null),
                id -> savedText(fen == null ? Messages.t("fund.fund.saved", f.name().strip())
                        : Messages.t("fund.fund.savedReceived", f.name().strip(), yuan(fen))));
    }

    public boolean isEdit() {
        return editing != null;
    }

    public Ledgers ledgers() {
        return ledgers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ObjectProperty<String> levelProperty() {
        return level;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty docProperty() {
        return doc;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }

}
