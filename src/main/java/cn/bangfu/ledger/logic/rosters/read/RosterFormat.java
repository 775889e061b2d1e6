package cn.bangfu.ledger.logic.rosters.read;

/** What a roster file really is, found by its content, never by its extension. */
public enum RosterFormat {
    /** Office Open XML workbook (.xlsx), read streaming. */
    XLSX,
    /** Legacy BIFF workbook (.xls). */
    XLS,
    /** Comma-separated text, UTF-8 (with or without BOM) or GB18030/GBK. */
    CSV,
    /** An HTML table saved as ".xls" by many web systems. */
    HTML
}
