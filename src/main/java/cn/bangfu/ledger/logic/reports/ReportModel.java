package cn.bangfu.ledger.logic.reports;

import java.util.List;

/**
 * A report as both renderers draw it: what one form yields for one month (or one household, or one village).
 * It holds values, not formatting: the Excel renderer takes fonts, widths and print setup from the form's
 * template, the PDF renderer from its own layout.
 *
 * @param formId    the form's stable id ({@code monitoring-monthly})
 * @param title     the title as printed, with the period, e.g. 示范镇2026年11月监测对象动态月报（公示）
 * @param period    the period line, e.g. 2026年11月 (or 截至2026年11月30日)
 * @param unitLine  the unit line, e.g. 单位：户、人
 * @param tables    one or more tables
 * @param notes     lines printed under the tables (填表说明, 公示期 …)
 * @param signature the signature block
 * @param masked    whether this is the 公示 variant (IDs and phones masked, bank and health left out)
 * @param landscape whether the form is printed on landscape A4
 */
public record ReportModel(String formId, String title, String period, String unitLine, List<ReportTable> tables,
        List<String> notes, Signature signature, boolean masked, boolean landscape) {

    public ReportModel {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a report needs a table: " + formId);
        }
    }

    /** The same report with other tables and title (the masking step). */
    public ReportModel with(String newTitle, List<ReportTable> newTables, List<String> newNotes, boolean isMasked) {
        return new ReportModel(formId, newTitle, period, unitLine, newTables, newNotes, signature, isMasked, landscape);
    }

    /** The model as the PDF prints it: each table's {@link ReportTable#printed} columns. */
    public ReportModel forPrint() {
        List<ReportTable> printed = tables.stream().map(ReportTable::forPrint).toList();
        return printed.equals(tables) ? this : with(title, printed, notes, masked);
    }
}
