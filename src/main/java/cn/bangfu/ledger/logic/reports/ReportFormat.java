package cn.bangfu.ledger.logic.reports;

/** The two formats every form is exported in. */
public enum ReportFormat {
    XLSX("xlsx"),
    PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named on the command line (xlsx, pdf; case ignored), or null. */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        return null;
    }
}
