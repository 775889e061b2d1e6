package cn.bangfu.ledger.gui.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A month chosen as a year and a month (two drop-downs). */
public final class MonthModel {

    private static final List<Integer> MONTHS = IntStream.rangeClosed(1, 12).boxed().toList();

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
    private final List<Integer> years;

    /** Years offered: from {@code yearsBack} before {@code latest}'s year up to it (and {@code initial}'s year). */
    public MonthModel(YearMonth initial, YearMonth latest, int yearsBack) {
        int last = Math.max(latest.getYear(), initial.getYear());
        int first = Math.min(latest.getYear() - yearsBack, initial.getYear());
        years = IntStream.rangeClosed(first, last).boxed().sorted((a, b) -> b - a).toList();
        set(initial);
    }

    /** The chosen month, or null when the year or the month is not chosen. */
    public YearMonth value() {
        Integer y = year.get();
        Integer m = month.get(); // both read, so both keep reporting changes
        return y == null || m == null ? null : YearMonth.of(y, m);
    }

    public void set(YearMonth m) {
        year.set(m == null ? null : m.getYear());
        month.set(m == null ? null : m.getMonthValue());
    }

    /** Latest first. */
    public List<Integer> years() {
        return years;
    }

    public List<Integer> months() {
        return MONTHS;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> monthProperty() {
        return month;
    }

    public Observable[] observables() {
        return new Observable[] {year, month};
    }
}
