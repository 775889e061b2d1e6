package cn.bangfu.ledger.logic.reports.pdf;

import com.itextpdf.kernel.font.PdfFont;

/**
 * Text as the bundled font can print it. PDF/A forbids showing a glyph the embedded font does not have, and
 * iText then stops the whole file; a rare character in one name (𠮷, outside WenQuanYi Micro Hei) must not cost
 * the clerk the report. Such a character is printed as 〓 (the geta mark CJK typesetting uses for a missing
 * glyph), so the place stays visible for a hand correction. Tabs become spaces, CR or CRLF a line break, other
 * control and format characters (a zero-width joiner, an emoji's variation selector) are dropped.
 */
final class Printable {

    /** What a character the font cannot show is printed as. */
    static final String MISSING = "〓";

    private Printable() {
    }

    static String of(PdfFont font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (printable(font, text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == ' ') {
                sb.appendCodePoint(cp);
            } else if (cp == '\r') {
                if (i >= text.length() || text.charAt(i) != '\n') {
                    sb.append('\n');
                }
            } else if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            } else if (font.containsGlyph(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(MISSING);
            }
        }
        return sb.toString();
    }

    private static boolean printable(PdfFont font, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == ' ') {
                continue;
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || !font.containsGlyph(cp)) {
                return false;
            }
        }
        return true;
    }
}
