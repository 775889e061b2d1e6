package cn.bangfu.ledger.model;

/**
 * Who this ledger belongs to: the office's county and town, and the clerk who operates it (written to every
 * audit row and on printed forms as 填报人); for the printed forms also who signs as 审核人 and 负责人 and the
 * office's phone (where a village's 公示 says to object). Blank values mean "not set yet" (a form then leaves a
 * line to sign).
 */
public record OfficeSettings(String county, String town, String operator, String reviewer, String head,
        String phone) {

    public static final OfficeSettings EMPTY = new OfficeSettings("", "", "");

    /** The office without the forms' names and phone. */
    public OfficeSettings(String county, String town, String operator) {
        this(county, town, operator, "", "", "");
    }

    public OfficeSettings {
        county = county == null ? "" : county.strip();
        town = town == null ? "" : town.strip();
        operator = operator == null ? "" : operator.strip();
        reviewer = reviewer == null ? "" : reviewer.strip();
        head = head == null ? "" : head.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** "示范县示范镇", or what is set of it; empty when neither is set. */
    public String officeName() {
        return county + town;
    }

    public boolean isComplete() {
        return !county.isEmpty() && !town.isEmpty() && !operator.isEmpty();
    }
}
