package cn.bangfu.ledger.model;

/**
 * Who this ledger belongs to: the office's county and town, and the clerk who operates it (written to every
 * audit row and on printed forms). Blank values mean "not set yet".
 */
public record OfficeSettings(String county, String town, String operator) {

    public static final OfficeSettings EMPTY = new OfficeSettings("", "", "");

    public OfficeSettings {
        county = county == null ? "" : county.strip();
        town = town == null ? "" : town.strip();
        operator = operator == null ? "" : operator.strip();
    }

    /** "示范县示范镇", or what is set of it; empty when neither is set. */
    public String officeName() {
        return county + town;
    }

    public boolean isComplete() {
        return !county.isEmpty() && !town.isEmpty() && !operator.isEmpty();
    }
}
