package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A year's income block (收入), typed in yuan: each amount is read as the clerk types (a bad amount shows its
 * message and nothing is saved); 家庭纯收入 and 人均纯收入 follow as they type.
 */
public final class IncomeFormViewModel {

    /** The seven amounts, by their {@link IncomeYear} component names, in the order of the form. */
    public static final List<String> AMOUNTS = List.of("wageIncome", "businessIncome", "propertyIncome",
            "transferIncome", "businessExpense", "claimsIncome", "compliantSelfPaid");

    private final LedgerServices services;
    private final Background background;
    private final long householdId;
    private final int persons;
    private final IncomeYear existing;
    private final StringProperty year = new SimpleStringProperty("");
    private final Map<String, StringProperty> amounts = new LinkedHashMap<>();
    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper perPerson = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    /**
     * @param existing the year to edit, or null for a new year (this year by default)
     * @param persons  the household's current persons, for 人均纯收入
     */
    public IncomeFormViewModel(LedgerServices services, Background background, long householdId, IncomeYear existing,
            int persons) {
        this.services = services;
        this.background = background;
        this.householdId = householdId;
        this.persons = persons;
        this.existing = existing;
        fields.put("year", new FieldState());
        for (String a : AMOUNTS) {
            amounts.put(a, new SimpleStringProperty(""));
            fields.put(a, new FieldState());
        }
        if (existing != null) {
            year.set(String.valueOf(existing.year()));
            long[] values = values(existing);
            for (int i = 0; i < AMOUNTS.size(); i++) {
                amounts.get(AMOUNTS.get(i)).set(values[i] == 0 ? "" : new Fen(values[i]).toYuan().toPlainString());
            }
        } else {
            year.set(String.valueOf(services.households().today().getYear()));
        }
        year.addListener((o, a, b) -> validate());
        amounts.values().forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    private static long[] values(IncomeYear i) {
        return new long[] {i.wageIncome(), i.businessIncome(), i.propertyIncome(), i.transferIncome(),
            i.businessExpense(), i.claimsIncome(), i.compliantSelfPaid()};
    }

    /** Reads every field; returns the income block, or null when a field cannot be read. */
    private IncomeYear read() {
        boolean ok = true;
        Integer y = null;
        String yearText = Formats.halfWidth(Formats.orEmpty(year.get()).strip());
        if (!yearText.matches("\\d{4}")) {
            fields.get("year").show(List.of(Finding.error("year", "YEAR",
                    Messages.t("hh.income.badYear"))));
            ok = false;
        } else {
            y = Integer.parseInt(yearText);
            fields.get("year").show(List.of());
        }
        long[] fen = new long[AMOUNTS.size()];
        for (int i = 0; i < AMOUNTS.size(); i++) {
            String name = AMOUNTS.get(i);
            String text = amounts.get(name).get();
            FieldState state = fields.get(name);
            if (Formats.isBlank(text)) {
                state.show(List.of());
                continue;
            }
            try {
                Fen f = Fen.parseYuan(text);
                if (f.isNegative()) {
                    throw new IllegalArgumentException(Messages.t("hh.income.negative"));
                }
                fen[i] = f.value();
                state.show(List.of());
            } catch (IllegalArgumentException e) {
                state.show(List.of(Finding.error(name, "AMOUNT", e.getMessage())));
                ok = false;
            }
        }
        return ok ? new IncomeYear(householdId, y, fen[0], fen[1], fen[2], fen[3], fen[4], fen[5], fen[6]) : null;
    }

    public void validate() {
        IncomeYear i = read();
        hasErrors.set(i == null);
        message.set("");
        net.set(i == null ? "" : Formats.yuan(i.netIncome()));
        perPerson.set(i == null || persons <= 0 ? "" : Formats.yuan(i.netIncomePerPerson(persons)));
    }

    /**
     * Saves the year's block (replacing what the year had), off the FX thread; once written,
     * {@link #savedProperty()} turns true. A field that cannot be read saves nothing.
     */
    public void onSave() {
        IncomeYear i = read();
        if (i == null) {
            hasErrors.set(true);
            message.set(Messages.t("hh.form.fixErrors"));
            return;
        }
        if (saving.get()) {
            return;
        }
        saving.set(true);
        background.task(p -> {
            services.households().putIncome(i);
            return Boolean.TRUE;
        }).busyText(Messages.t("hh.saving")).onSuccess(v -> saved.set(true)).onFailure(e -> {
            if (e instanceof LedgerException) {
                message.set(e.getMessage());
            } else {
                message.set(Messages.t("hh.error", e.getMessage()));
            }
        }).onFinally(() -> saving.set(false)).start();
    }

    /** True once the year was written (the form closes). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean isSaved() {
        return saved.get();
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Whether the form edits a year already in the ledger (its year cannot change). */
    public boolean isEdit() {
        return existing != null;
    }

    /** The year edited, or null for a new one. */
    public IncomeYear existing() {
        return existing;
    }

    /** The household's current persons (for 人均纯收入). */
    public int persons() {
        return persons;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty amountProperty(String name) {
        return amounts.get(name);
    }

    public FieldState field(String name) {
        return fields.get(name);
    }

    public ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty perPersonProperty() {
        return perPerson.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
