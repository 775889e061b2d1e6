package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The income (typed in 元) and 三保障 + 饮水 block of an episode at identification or after elimination, with
 * 家庭纯收入 and 人均纯收入 derived as the clerk types.
 */
public final class SnapshotModel {

    /** The seven amounts, in the order of the national form. */
    public enum Amount {
        WAGE("wage"), BUSINESS("business"), PROPERTY("property"), TRANSFER("transfer"), EXPENSE("expense"),
        CLAIMS("claims"), SELF_PAID("selfpaid");

        private final String id;

        Amount(String id) {
            this.id = id;
        }

        /** The suffix of the field's node id, e.g. {@code wage} in {@code el-wage}. */
        public String id() {
            return id;
        }

        public String label() {
            return Messages.t("mon.snap." + id);
        }
    }

    private final StringProperty persons = new SimpleStringProperty("");
    private final Map<Amount, StringProperty> amounts = new java.util.EnumMap<>(Amount.class);
    private final BooleanProperty schoolDropout = new SimpleBooleanProperty(false);
    private final BooleanProperty housingSafe = new SimpleBooleanProperty(true);
    private final BooleanProperty memberUninsured = new SimpleBooleanProperty(false);
    private final BooleanProperty waterSafe = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private EpisodeSnapshot value;

    public SnapshotModel() {
        for (Amount a : Amount.values()) {
            amounts.put(a, new SimpleStringProperty(yuan(0)));
        }
        for (Observable o : observables()) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    /** Fills the block: persons, the income of a year (zeros when none), 三保障 from a check (secured when none). */
    public void fill(long personCount, IncomeYear income, GuaranteeCheck check) {
        persons.set(personCount > 0 ? Long.toString(personCount) : "");
        amounts.get(Amount.WAGE).set(yuan(income == null ? 0 : income.wageIncome()));
        amounts.get(Amount.BUSINESS).set(yuan(income == null ? 0 : income.businessIncome()));
        amounts.get(Amount.PROPERTY).set(yuan(income == null ? 0 : income.propertyIncome()));
        amounts.get(Amount.TRANSFER).set(yuan(income == null ? 0 : income.transferIncome()));
        amounts.get(Amount.EXPENSE).set(yuan(income == null ? 0 : income.businessExpense()));
        amounts.get(Amount.CLAIMS).set(yuan(income == null ? 0 : income.claimsIncome()));
        amounts.get(Amount.SELF_PAID).set(yuan(income == null ? 0 : income.compliantSelfPaid()));
        schoolDropout.set(check != null && check.schoolDropout());
        housingSafe.set(check == null || check.housingSafe());
        memberUninsured.set(check != null && check.memberUninsured());
        waterSafe.set(check == null || check.waterSafe());
    }

    private static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    private void recompute() {
        List<String> wrong = new ArrayList<>();
        long n = 0;
        String p = persons.get() == null ? "" : persons.get().strip();
        if (p.isEmpty()) {
            wrong.add(Messages.t("mon.snap.personsMissing"));
        } else {
            try {
                n = Long.parseLong(p);
                if (n <= 0 || n > 99) {
                    wrong.add(Messages.t("mon.snap.personsRange"));
                }
            } catch (NumberFormatException e) {
                wrong.add(Messages.t("mon.snap.personsRange"));
            }
        }
        long[] fen = new long[Amount.values().length];
        for (Amount a : Amount.values()) {
            String text = amounts.get(a).get();
            if (text == null || text.isBlank()) {
                wrong.add(Messages.t("mon.snap.amountMissing", a.label()));
                continue;
            }
            try {
                fen[a.ordinal()] = Fen.parseYuan(text).value();
                if (fen[a.ordinal()] < 0) {
                    wrong.add(Messages.t("mon.snap.amountNegative", a.label()));
                }
            } catch (IllegalArgumentException e) {
                wrong.add(a.label() + "：" + e.getMessage());
            }
        }
        problems.set(String.join("\n", wrong));
        if (!wrong.isEmpty()) {
            value = null;
            derived.set(Messages.t("mon.snap.derivedUnknown"));
            return;
        }
        value = new EpisodeSnapshot(0, EpisodeSnapshot.IDENTIFIED, n, fen[0], fen[1], fen[2], fen[3], fen[4], fen[5],
                fen[6], schoolDropout.get(), housingSafe.get(), memberUninsured.get(), waterSafe.get());
        derived.set(Messages.t("mon.snap.derived", yuan(value.netIncome()), yuan(value.netIncomePerPerson())));
    }

    /** The block as typed, or null while a field is missing or unreadable (see {@link #problemsProperty()}). */
    public EpisodeSnapshot value() {
        return value;
    }

    public Observable[] observables() {
        List<Observable> all = new ArrayList<>(List.of(persons, schoolDropout, housingSafe, memberUninsured, waterSafe));
        all.addAll(amounts.values());
        return all.toArray(Observable[]::new);
    }

    public StringProperty personsProperty() {
        return persons;
    }

    public StringProperty amountProperty(Amount a) {
        return amounts.get(a);
    }

    public BooleanProperty schoolDropoutProperty() {
        return schoolDropout;
    }

    public BooleanProperty housingSafeProperty() {
        return housingSafe;
    }

    public BooleanProperty memberUninsuredProperty() {
        return memberUninsured;
    }

    public BooleanProperty waterSafeProperty() {
        return waterSafe;
    }

    /** 家庭纯收入 and 人均纯收入 as typed. */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    /** What is missing or unreadable, one line each; empty when the block is complete. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
