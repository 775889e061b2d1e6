package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header of a roster sheet among its first rows: title rows and 填报说明 rows above it are skipped,
 * and a two-level header (a group such as 家庭成员 merged over 姓名 / 证件号码) is joined into one name per
 * column. The header is the row (or pair of rows) whose cells name the most known fields.
 */
final class HeaderDetector {

    /** How many rows from the top are searched for the header. */
    static final int SEARCH_ROWS = 30;
    private static final int MIN_HITS = 2;

    private final Set<String> known = new HashSet<>();

    HeaderDetector() {
        for (RosterField f : RosterField.values()) {
            for (String n : f.names()) {
                known.add(CellValues.headerKey(n));
            }
        }
    }

    /** The header among the first rows of a sheet, or empty when none names at least two known fields. */
    Optional<SheetHeader> detect(String sheet, List<SheetRow> top) {
        int bestHits = MIN_HITS - 1;
        SheetHeader best = null;
        for (int i = 0; i < top.size(); i++) {
            SheetRow row = top.get(i);
            if (row.isBlank()) {
                continue;
            }
            List<String> single = names(row.cells(), null);
            int hits = hits(single);
            if (hits > bestHits) {
                bestHits = hits;
                best = new SheetHeader(sheet, row.rowNumber(), row.rowNumber(), numbered(single));
            }
            if (i + 1 < top.size() && top.get(i + 1).rowNumber() == row.rowNumber() + 1 && !top.get(i + 1).isBlank()) {
                List<String> joined = names(row.cells(), top.get(i + 1).cells());
                int joinedHits = hits(joined);
                int belowHits = hits(names(top.get(i + 1).cells(), null));
                // two rows form one header only when each adds names the other lacks (a title or a note above a
                // header adds none; a data row below a header adds none)
                // ... or when the row above only names what the row below leaves blank (序号 merged down over both
                // rows) and groups over it: a header row of its own, not a title or a note
                boolean groupsAbove = joinedHits == belowHits && namesBlanksBelow(row.cells(), top.get(i + 1).cells());
                if (joinedHits > bestHits && joinedHits > hits && (joinedHits > belowHits || groupsAbove)) {
                    bestHits = joinedHits;
                    best = new SheetHeader(sheet, row.rowNumber(), row.rowNumber() + 1, numbered(joined));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a row above reads as the upper row of a header over {@code below}: at least two short names, none
     * a note ("填报单位：…"), and at least one standing over a column that is blank below (a cell merged down).
     */
    private static boolean namesBlanksBelow(String[] above, String[] below) {
        int named = 0;
        boolean overBlank = false;
        for (int c = 0; c < above.length; c++) {
            String a = CellValues.clean(above[c]);
            if (a == null) {
                continue;
            }
            if (a.length() > 16 || a.indexOf('：') >= 0 || a.indexOf(':') >= 0) {
                return false;
            }
            named++;
            overBlank |= CellValues.clean(c < below.length ? below[c] : null) == null;
        }
        return named >= 2 && overBlank;
    }

    private int hits(List<String> names) {
        int n = 0;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            if (known.contains(CellValues.headerKey(name)) || known.contains(CellValues.headerKey(lastPart(name)))) {
                n++;
            }
        }
        return n;
    }

    static String lastPart(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /**
     * One name per column. With a second row, a group cell above (one whose own column also has a name below)
     * spreads right over the columns that have a name below, until the next name above: "group/sub".
     */
    private static List<String> names(String[] top, String[] sub) {
        int width = Math.max(top.length, sub == null ? 0 : sub.length);
        List<String> out = new ArrayList<>(width);
        String group = null;
        for (int c = 0; c < width; c++) {
            String above = CellValues.clean(c < top.length ? top[c] : null);
            if (sub == null) {
                out.add(above);
                continue;
            }
            String below = CellValues.clean(c < sub.length ? sub[c] : null);
            if (above != null) {
                group = below != null ? above : null;
            } else if (below == null) {
                group = null;
            }
            String upper = above != null ? above : group;
            if (upper == null) {
                out.add(below);
            } else if (below == null || below.equals(upper)) {
                out.add(upper);
            } else {
                out.add(upper + "/" + below);
            }
        }
        return out;
    }

    /** Blank names become "列K"; repeated names get "(2)", "(3)" so every column can be told apart. */
    private static List<String> numbered(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            if (n == null) {
                out.add("列" + SheetHeader.columnLetter(c));
                continue;
            }
            int count = seen.merge(n, 1, Integer::sum);
            out.add(count == 1 ? n : n + "(" + count + ")");
        }
        // trailing unnamed columns carry nothing
        while (!out.isEmpty() && out.getLast().equals("列" + SheetHeader.columnLetter(out.size() - 1))) {
            out.removeLast();
        }
        return List.copyOf(out);
    }
}
