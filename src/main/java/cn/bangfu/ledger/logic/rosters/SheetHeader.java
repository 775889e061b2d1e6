package cn.bangfu.ledger.logic.rosters;

import java.util.List;

/**
 * Where a sheet's header is and what its columns are called.
 *
 * @param sheet      the sheet name
 * @param firstRow   the header's first row as Excel numbers it (a two-level header spans two rows)
 * @param lastRow    the header's last row; data starts below it
 * @param names      each column's name: two-level headers joined as "家庭成员/证件号码", duplicates numbered
 *                   "风险是否已消除(2)", blank columns "列K"
 */
public record SheetHeader(String sheet, int firstRow, int lastRow, List<String> names) {

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The column letter(s) Excel shows for a column index (0 → A, 26 → AA). */
    public static String columnLetter(int index) {
        StringBuilder b = new StringBuilder();
        int i = index;
        do {
            b.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return b.toString();
    }
}
