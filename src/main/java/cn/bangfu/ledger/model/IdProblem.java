package cn.bangfu.ledger.model;

/** Why a resident ID number was rejected. The {@link #code()} is what gets stored (e.g. in {@code id_flag}). */
public enum IdProblem {

    /** Wrong length, stray characters, unknown province code or impossible birth date. */
    FORMAT("ID_FORMAT", "格式错误"),

    /** Well-formed, but the 18th character does not match the GB 11643 check character. */
    CHECKSUM("ID_CHECKSUM", "校验位错误"),

    /** The number went through Excel as a number and lost its trailing digits; it cannot be recovered. */
    TRUNCATED("ID_TRUNCATED", "号码被Excel截断");

    private final String code;
    private final String label;

    IdProblem(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable machine code, e.g. {@code "ID_CHECKSUM"}. */
    public String code() {
        return code;
    }

    /** Short Chinese label for the user interface. */
    public String label() {
        return label;
    }
}
