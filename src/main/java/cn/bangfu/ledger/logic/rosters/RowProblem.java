package cn.bangfu.ledger.logic.rosters;

/**
 * A problem of one row of an imported file.
 *
 * @param row    the row number as Excel shows it
 * @param column the header of the column concerned (may be null for a problem of the whole row)
 * @param code   ID_CHECKSUM, ID_FORMAT, ID_TRUNCATED, ID_DUPLICATE, ID_CONFLICT, REQUIRED_MISSING, DATE_INVALID,
 *               CODE_UNKNOWN (errors: the row is rejected) or a warning code
 * @param error  true when the row is rejected for it; warnings are shown, never reasons to hold a row back
 */
public record RowProblem(String sheet, int row, String column, String code, String message, boolean error) {

    public static final String ID_CHECKSUM = "ID_CHECKSUM";
    public static final String ID_FORMAT = "ID_FORMAT";
    public static final String ID_TRUNCATED = "ID_TRUNCATED";
    public static final String ID_DUPLICATE = "ID_DUPLICATE";
    public static final String ID_CONFLICT = "ID_CONFLICT";
    public static final String REQUIRED_MISSING = "REQUIRED_MISSING";
    public static final String DATE_INVALID = "DATE_INVALID";
    public static final String CODE_UNKNOWN = "CODE_UNKNOWN";
}
