package cn.bangfu.ledger.logic.rosters.read;

import java.util.List;

/**
 * A roster row the import did not take, as it goes back to the clerk in {@link ErrorWorkbook}: the row as it
 * was read, where it was, and why it was rejected (or, for a sound row of a held-back household, why it waits).
 *
 * @param sheet     the sheet it came from ("" for CSV)
 * @param rowNumber its row number in that sheet, as Excel shows it
 * @param cells     its cells as read (by column, from column A); null cells are written as ""
 * @param codes     the problems' names as the clerk reads them, e.g. "证件号校验位错误、关系与性别不符"
 * @param messages  the problems in Chinese, for the clerk
 * @param faulty    false for a sound row that only waits for the rest of its household
 */
public record RejectedRow(String sheet, int rowNumber, List<String> cells, String codes, String messages,
        boolean faulty) {

    public RejectedRow(String sheet, int rowNumber, List<String> cells, String codes, String messages) {
        this(sheet, rowNumber, cells, codes, messages, true);
    }

    public RejectedRow {
        sheet = sheet == null ? "" : sheet;
        cells = cells == null ? List.of() : cells.stream().map(c -> c == null ? "" : c).toList();
        codes = codes == null ? "" : codes;
        messages = messages == null ? "" : messages;
    }
}
