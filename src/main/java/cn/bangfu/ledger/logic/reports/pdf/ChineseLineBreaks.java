package cn.bangfu.ledger.logic.reports.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break, as Chinese forms set it: iText's default (after spaces, hyphens, and between CJK
 * characters), except that closing punctuation never starts a line and opening brackets never end one, so a
 * narrow header reads 帮扶资金 / （元） rather than 帮扶资金（元 / ）.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    /** Characters that must not begin a line. */
    static final String NO_LINE_START = "）】」』〉》〕，。、；：！？…%％)]},.;:!?";
    /** Characters that must not end a line. */
    static final String NO_LINE_END = "（【「『〈《〔([{";

    private static final ISplitCharacters DEFAULT = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int here = unicode(text, glyphPos);
        if (NO_LINE_END.indexOf(here) >= 0) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd() && NO_LINE_START.indexOf(unicode(text, glyphPos + 1)) >= 0) {
            return false;
        }
        // a line may end after Chinese punctuation (，。）…), which iText's default does not allow; not after
        // an ASCII comma or stop, which would break 1,234.00
        if (here >= 0x3000 && NO_LINE_START.indexOf(here) >= 0) {
            return true;
        }
        return DEFAULT.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(GlyphLine text, int pos) {
        int u = text.get(pos).getUnicode();
        return u < 0 ? 0xFFFF : u;
    }
}
