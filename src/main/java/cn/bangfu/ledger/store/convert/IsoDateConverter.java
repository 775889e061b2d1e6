package cn.bangfu.ledger.store.convert;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** ISO-8601 date text (2026-11-23) in SQLite, {@link LocalDate} in Java. Used by the generated jOOQ code. */
public final class IsoDateConverter extends AbstractConverter<String, LocalDate> {

    public IsoDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
