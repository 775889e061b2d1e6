package cn.bangfu.ledger.logic.rosters;

/**
 * How a file is to be imported.
 *
 * @param kind     roster (花名册) or push list (部门推送名单); null: recognised from the header
 * @param sheet    the one sheet to read, or null for every sheet
 * @param town     only rows of this town (乡镇) are imported when the file has a town column; null for all
 * @param mapping  the column mapping to use, or null to use the saved mapping for this header shape, else a
 *                 suggestion
 * @param source   for push lists without a 推送部门 column: the department that sent the list
 * @param supplement a partial roster (补充名单: some households only, such as corrected problem rows): the
 *                 households of the ledger it does not list are not reported as 账本有名册无. A problem-rows
 *                 workbook is always read as one.
 */
public record ImportOptions(ImportKind kind, String sheet, String town, ColumnMapping mapping, String source,
        boolean supplement) {

    public ImportOptions(ImportKind kind, String sheet, String town, ColumnMapping mapping, String source) {
        this(kind, sheet, town, mapping, source, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null);
    }

    public ImportOptions asSupplement(boolean s) {
        return new ImportOptions(kind, sheet, town, mapping, source, s);
    }

    public ImportOptions withSheet(String s) {
        return new ImportOptions(kind, s, town, mapping, source, supplement);
    }

    public ImportOptions withTown(String t) {
        return new ImportOptions(kind, sheet, t, mapping, source, supplement);
    }

    public ImportOptions withMapping(ColumnMapping m) {
        return new ImportOptions(kind, sheet, town, m, source, supplement);
    }

    public ImportOptions withKind(ImportKind k) {
        return new ImportOptions(k, sheet, town, mapping, source, supplement);
    }

    public ImportOptions withSource(String s) {
        return new ImportOptions(kind, sheet, town, mapping, s, supplement);
    }
}
