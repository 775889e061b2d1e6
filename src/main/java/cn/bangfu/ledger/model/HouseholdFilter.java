package cn.bangfu.ledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the household list shows: a search text and filters, all optional (null = any), sorted, and the page of
 * at most {@code limit} rows from {@code offset} on (the total count is always exact).
 *
 * @param text                 name, pinyin initials, any part of an ID number, 户编号 or phone
 * @param category             monitoring category of the household's latest episode
 * @param eliminated           true: latest episode eliminated; false: an open episode; null: any
 * @param noDevelopmentMeasure only "识别满一月未落实开发式帮扶措施" households (open episode identified at least a
 *                             month before {@code today}, able to work, no developmental measure since)
 */
public record HouseholdFilter(String text, Long villageId, String householdType, String category, String risk,
        String measureFamily, Boolean eliminated, boolean noDevelopmentMeasure, LocalDate today, Sort sort,
        boolean descending, int limit, int offset) {

    /** Columns the list sorts by, in SQL. */
    public enum Sort {
        HOUSEHOLD_NO, VILLAGE, HEAD, PERSONS, TYPE, CATEGORY, CHANGED
    }

    public static final int DEFAULT_LIMIT = 1_000;

    public HouseholdFilter {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The first page. */
    public HouseholdFilter(String text, Long villageId, String householdType, String category, String risk,
            String measureFamily, Boolean eliminated, boolean noDevelopmentMeasure, LocalDate today, Sort sort,
            boolean descending, int limit) {
        this(text, villageId, householdType, category, risk, measureFamily, eliminated, noDevelopmentMeasure, today,
                sort, descending, limit, 0);
    }

    /** Everything, by village and 户编号. */
    public static HouseholdFilter all(LocalDate today) {
        return new HouseholdFilter(null, null, null, null, null, null, null, false, today, Sort.VILLAGE, false,
                DEFAULT_LIMIT);
    }

    public HouseholdFilter withText(String t) {
        return new HouseholdFilter(t, villageId, householdType, category, risk, measureFamily, eliminated,
                noDevelopmentMeasure, today, sort, descending, limit, offset);
    }

    /** The same search, the page of at most {@code limit} rows from {@code offset} on. */
    public HouseholdFilter page(int offset, int limit) {
        return new HouseholdFilter(text, villageId, householdType, category, risk, measureFamily, eliminated,
                noDevelopmentMeasure, today, sort, descending, limit, offset);
    }
}
