package cn.bangfu.ledger.logic.reports.pdf;

import com.itextpdf.kernel.font.PdfFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures text in the bundled font and breaks it into lines that fit a width, as Chinese forms set them: a line
 * may break after a space or a hyphen, between CJK characters and after Chinese punctuation; closing punctuation
 * never starts a line and opening brackets never end one, so a narrow header reads 帮扶资金 / （元） rather than
 * 帮扶资金（元 / ）. A run with no break in it (a long number, an ID) that is wider than the line is broken where the
 * line is full. A {@code \n} always breaks.
 *
 * <p>Widths come from the font's glyph widths, looked up once per character (the cache holds the BMP), so
 * measuring a cell costs an array read per character. The text must already be {@link Printable}.
 */
final class TextLines {

    /** Characters that must not begin a line. */
    static final String NO_LINE_START = "）】」』〉》〕，。、；：！？…%％)]},.;:!?";
    /** Characters that must not end a line. */
    static final String NO_LINE_END = "（【「『〈《〔([{";

    private final PdfFont font;
    /** Glyph widths in thousandths of an em, by BMP character; -1 until looked up. */
    private final int[] widths = new int[0x10000];
    /** Whether a BMP character prints as it is: 0 not asked yet, {@link #YES}, {@link #NO}. */
    private final byte[] known = new byte[0x10000];
    private static final byte YES = 1;
    private static final byte NO = 2;

    TextLines(PdfFont font) {
        this.font = font;
        java.util.Arrays.fill(widths, -1);
    }

    PdfFont font() {
        return font;
    }

    /**
     * {@code content} as {@link Printable#of} makes it, null as empty; the common case (every character known to
     * be in the font) is answered from a cache without asking the font again.
     */
    String printable(String content) {
        if (content == null || content.isEmpty()) {
            return "";
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            byte k = known[c];
            if (k == 0) {
                k = c == ' ' || c == '\n' || (!Character.isSurrogate(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT && font.containsGlyph(c)) ? YES : NO;
                known[c] = k;
            }
            if (k == NO) {
                return Printable.of(font, content);
            }
        }
        return content;
    }

    /** The width of {@code text} set at {@code size} points. */
    float width(CharSequence text, float size) {
        return width(text, 0, text.length()) * size / 1000f;
    }

    /** The width in thousandths of an em of {@code text[from, to)}. */
    private int width(CharSequence text, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += width(text.charAt(i));
        }
        return w;
    }

    private int width(char c) {
        int w = widths[c];
        if (w < 0) {
            // a surrogate half counts as half of its pair's glyph (the pair is one glyph; rare: Printable keeps
            // only characters the font has, and this font has no supplementary ones)
            w = Character.isSurrogate(c) ? 500 : Math.max(0, font.getWidth(c));
            widths[c] = w;
        }
        return w;
    }

    /** Whether a line may break between {@code text[i]} and {@code text[i + 1]}. */
    static boolean breakAfter(CharSequence text, int i) {
        char here = text.charAt(i);
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        if (NO_LINE_END.indexOf(here) >= 0 || NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (here == ' ' || here == '-' || here == '/') {
            return true;
        }
        // after Chinese punctuation (，。）…); not after an ASCII comma or stop, which would break 1,234.00
        if (here >= 0x3000 && NO_LINE_START.indexOf(here) >= 0) {
            return true;
        }
        return cjk(here) || cjk(next);
    }

    private static boolean cjk(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || Character.isSurrogate(c);
    }

    /**
     * {@code text} broken into lines no wider than {@code room} points at {@code size}; an empty text is one empty
     * line. Spaces at a break and line breaks at the end are dropped.
     */
    List<String> lines(String text, float size, float room) {
        List<String> out = new ArrayList<>(2);
        int limit = (int) Math.floor(room * 1000f / size);
        int start = 0;
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == '\n') {
            n--; // a trailing line break adds no empty line
        }
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 || newline >= n ? n : newline;
            breakParagraph(text, start, end, limit, out);
            if (end == n) {
                break;
            }
            start = newline + 1;
        }
        return out;
    }

    private void breakParagraph(String text, int from, int to, int limit, List<String> out) {
        int start = from;
        while (true) {
            int w = 0;
            int lastBreak = -1; // the index after which the line may end
            int i = start;
            while (i < to) {
                int cw = width(text.charAt(i));
                if (w + cw > limit && i > start && !(text.charAt(i) == ' ')) {
                    break;
                }
                w += cw;
                if (breakAfter(text, i) || i + 1 == to) {
                    lastBreak = i;
                }
                i++;
            }
            if (i >= to) {
                out.add(trimEnd(text, start, to));
                return;
            }
            int end = lastBreak >= start ? lastBreak + 1 : i; // no break point on the line: break where it is full
            out.add(trimEnd(text, start, end));
            start = end;
            while (start < to && text.charAt(start) == ' ') {
                start++;
            }
            if (start >= to) {
                return;
            }
        }
    }

    private static String trimEnd(String text, int from, int to) {
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }
}
