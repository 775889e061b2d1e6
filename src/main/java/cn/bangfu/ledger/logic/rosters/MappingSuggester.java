package cn.bangfu.ledger.logic.rosters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests which column holds which field from the header names alone: an exact known name first, then a
 * known name inside the header ("家庭成员/证件号码", "户主身份证号"), then character overlap. Each column
 * serves one field, each field one column, best matches first.
 */
final class MappingSuggester {

    private static final double ENOUGH = 0.6;

    private MappingSuggester() {
    }

    static ColumnMapping suggest(List<String> headers, ImportKind kind) {
        record Candidate(RosterField field, String header, double score, int column) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (RosterField f : kind.fields()) {
            for (int c = 0; c < headers.size(); c++) {
                double s = score(f, headers.get(c));
                if (s >= ENOUGH) {
                    candidates.add(new Candidate(f, headers.get(c), s, c));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::column));
        Map<RosterField, String> chosen = new EnumMap<>(RosterField.class);
        Set<String> used = new HashSet<>();
        for (Candidate c : candidates) {
            if (!chosen.containsKey(c.field()) && !used.contains(c.header())) {
                chosen.put(c.field(), c.header());
                used.add(c.header());
            }
        }
        return new ColumnMapping(chosen, null);
    }

    /** How well a header names a field, 0..1. */
    static double score(RosterField field, String header) {
        String whole = CellValues.headerKey(header);
        String last = CellValues.headerKey(HeaderDetector.lastPart(header));
        if (whole.isEmpty() || whole.matches("列[a-z]+")) {
            return 0;
        }
        double best = 0;
        for (int i = 0; i < field.names().size(); i++) {
            String name = CellValues.headerKey(field.names().get(i));
            double rank = 1 - i * 0.001; // the standard name wins ties
            if (whole.equals(name) || last.equals(name)) {
                best = Math.max(best, rank);
            } else if (name.length() >= 2 && (last.contains(name) || whole.endsWith(name))
                    && !changesMeaning(last.contains(name) ? last : whole, name)) {
                best = Math.max(best, 0.8 * rank - 0.01 * (last.length() - name.length()));
            } else {
                best = Math.max(best, 0.75 * overlap(name, last));
            }
        }
        return best;
    }

    /**
     * Words that make a header containing a field's name mean something else: an amount, a time or a count of
     * the thing (低保金额（元）, 风险消除时间, 家庭人口数), or another person's detail (帮扶责任人联系电话).
     */
    private static final List<String> OTHER_MEANING = List.of("金额", "(元)", "时间", "日期", "人数", "数量", "标准",
            "账号", "银行", "责任人", "帮扶人", "干部", "监护人", "联系人");

    /** Whether the header says more than the name in a way that makes it another column (see OTHER_MEANING). */
    private static boolean changesMeaning(String header, String name) {
        for (String word : OTHER_MEANING) {
            if (header.contains(word) && !name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Dice coefficient of the two texts' character bigrams. */
    private static double overlap(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        List<String> x = bigrams(a);
        List<String> y = new ArrayList<>(bigrams(b));
        int common = 0;
        for (String g : x) {
            if (y.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + bigrams(b).size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
