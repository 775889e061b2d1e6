package cn.bangfu.ledger.logic.reports.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Row heights for wrapped text the template did not know (a long note, a long unit name): neither Excel nor
 * LibreOffice grows a row for a merged cell, so the renderer does, estimating the lines from the text's width.
 * A row only ever grows.
 */
final class Heights {

    private Heights() {
    }

    /**
     * Grows {@code row} so that {@code text} in its cell at {@code column} shows whole, if that cell wraps.
     *
     * @param template the template sheet (its column widths and fonts)
     * @param merges   the merged regions of the block the row comes from
     * @param at       the row's index in those merges' terms
     */
    static void fit(XSSFSheet template, Row row, int column, String text, List<CellRangeAddress> merges, int at) {
        Cell cell = row.getCell(column);
        if (cell == null || text == null || text.isBlank()) {
            return;
        }
        CellStyle style = cell.getCellStyle();
        if (style == null || !style.getWrapText()) {
            return;
        }
        int lastColumn = column;
        for (CellRangeAddress m : merges) {
            if (m.getFirstColumn() == column && m.getFirstRow() == at) {
                if (m.getLastRow() != at) {
                    return; // spread over several rows: left as the template has it
                }
                lastColumn = m.getLastColumn();
            }
        }
        double width = 0;
        for (int c = column; c <= lastColumn; c++) {
            width += template.getColumnWidth(c) / 256.0;
        }
        Font font = template.getWorkbook().getFontAt(style.getFontIndex());
        double points = font.getFontHeightInPoints();
        double scale = points / 10.5;
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += (int) Math.max(1, Math.ceil(TemplateMaker.textWidth(line) * scale / Math.max(1, width - 1)));
        }
        float need = (float) (lines * points * 1.4 + 4);
        if (need > row.getHeightInPoints()) {
            row.setHeightInPoints(need);
        }
    }
}
