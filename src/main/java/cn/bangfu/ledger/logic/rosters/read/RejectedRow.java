package cn.bangfu.ledger.logic.rosters.read;

import java.util.List;

/**
 * A roster row the import did not take, as it goes back to the clerk in {@link ErrorWorkbook}: the row as it
 * was read, where it was, and why it was rejected.
 *
 * @param sheet     the sheet it came from ("" for CSV)
 * @param rowNumber its row number in that sheet, as Excel shows it
 * @param cells     its cells as read (by column, from column A); null cells are written as ""
 * @param codes     the problem codes, e.g. "ID_CHECK;GENDER"
 * @param messages  the problems in Chinese, for the clerk
 */
public record RejectedRow(String sheet, int rowNumber, List<String> cells, String codes, String messages) {

    public RejectedRow {
        sheet = sheet == null ? "" : sheet;
        cells = cells == null ? List.of() : cells.stream().map(c -> c == null ? "" : c).toList();
        codes = codes == null ? "" : codes;
        messages = messages == null ? "" : messages;
    }
}
