package cn.bangfu.ledger.logic.rosters.read;

import java.util.BitSet;

/**
 * One row of a roster sheet as read, before any interpretation.
 *
 * @param sheet     the sheet name ("" for CSV and HTML without a caption)
 * @param rowNumber the row number as Excel shows it (1-based; for CSV the line's record number, 1-based)
 * @param cells     cell texts by column index (0 = column A); never null, may be shorter than the widest row;
 *                  an empty cell is "" (never null). Text cells as written; numeric cells as a plain decimal
 *                  without exponent or trailing ".0" (4.41522199001012E17 → "441522199001012000"), rounded to the 15
 *                  significant digits Excel keeps and shows;
 *                  date-formatted numeric cells as ISO yyyy-MM-dd; booleans as TRUE/FALSE; formulas by
 *                  their cached result; error cells "".
 * @param numeric   the columns whose cell was numeric in the file (never set for CSV/HTML); null when none.
 *                  An ID number in a numeric cell has lost digits (Excel keeps 15 significant digits).
 */
public record SheetRow(String sheet, int rowNumber, String[] cells, BitSet numeric) {

    public String cell(int column) {
        return column < cells.length ? cells[column] : "";
    }

    public boolean isNumeric(int column) {
        return numeric != null && numeric.get(column);
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
