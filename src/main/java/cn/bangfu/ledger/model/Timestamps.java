package cn.bangfu.ledger.model;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The ledger's timestamps: stored as UTC ISO-8601 text to the millisecond ({@link #utcNow}), shown to a clerk
 * as local time to the minute ({@link #local}).
 */
public final class Timestamps {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Timestamps() {
    }

    /** The clock's instant as the ledger stores it: "2026-11-23T08:26:41.123Z". */
    public static String utcNow(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** "2026-11-23 16:26" in this computer's time zone; "" for none; the text itself when it is not a timestamp. */
    public static String local(String utcIso) {
        return local(utcIso, ZoneId.systemDefault());
    }

    public static String local(String utcIso, ZoneId zone) {
        if (utcIso == null || utcIso.isBlank()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(utcIso).atZoneSameInstant(zone).format(LOCAL_TIME);
        } catch (DateTimeParseException e) {
            return utcIso;
        }
    }
}
