package cn.bangfu.ledger.logic.reports.pdf;

import com.itextpdf.kernel.colors.Color;
import java.util.List;

/**
 * One placed rectangle of a page: a table cell, a line of a title or note, a signature field. Coordinates are
 * PDF points from the page's lower left; {@code top} is the upper edge.
 *
 * @param lines  the text, already broken into lines that fit (may be empty)
 * @param size   the font size of the text
 * @param middle whether the text is centred vertically (else it starts at the top: the part of a split row)
 * @param shade  the background, or null
 * @param framed whether the box has the table's grid border
 */
record Box(float x, float top, float width, float height, List<String> lines, float size, Align align,
        boolean middle, boolean bold, Color shade, boolean framed) {

    /** Where each line sits between the box's left and right padding. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** This box with its upper edge at {@code newTop} (a header cell placed under the free space's edge). */
    Box at(float newTop) {
        return new Box(x, newTop, width, height, lines, size, align, middle, bold, shade, framed);
    }
}
