package cn.bangfu.ledger.store.convert;

import java.time.YearMonth;
import org.jooq.impl.AbstractConverter;

/** Month text (2026-11) in SQLite, {@link YearMonth} in Java. Used by the generated jOOQ code. */
public final class YearMonthConverter extends AbstractConverter<String, YearMonth> {

    public YearMonthConverter() {
        super(String.class, YearMonth.class);
    }

    @Override
    public YearMonth from(String text) {
        return text == null ? null : YearMonth.parse(text);
    }

    @Override
    public String to(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
