package cn.bangfu.ledger.model;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The ledger's timestamps (UTC ISO-8601 text) as a clerk reads them: local time, to the minute. */
public final class Timestamps {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Timestamps() {
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
