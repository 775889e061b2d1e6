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
    public static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    /** The roster's monitoring cannot be recorded as it stands (missing month or risk, an elimination refused). */
    public static final String MONITORING_REFUSED = "MONITORING_REFUSED";
    /** Not a problem of the row itself: another row of its household was rejected, so the whole household waits. */
    public static final String HOUSEHOLD_HELD_BACK = "HOUSEHOLD_HELD_BACK";

    private static final java.util.ResourceBundle LABELS = java.util.ResourceBundle.getBundle(
            "cn.bangfu.ledger.logic.rosters.problem_codes", java.util.Locale.ROOT);

    /** What a problem code means to the clerk, in Chinese ("证件号校验位错误"); "其他" for a code without a label. */
    public static String label(String code) {
        return code != null && LABELS.containsKey(code) ? LABELS.getString(code) : LABELS.getString("other");
    }

    /** This problem's code as the clerk reads it. */
    public String label() {
        return label(code);
    }
}
