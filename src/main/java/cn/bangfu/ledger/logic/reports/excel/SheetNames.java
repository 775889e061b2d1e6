package cn.bangfu.ledger.logic.reports.excel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names for several documents in one workbook: the table's name and what tells the document apart,
 * {@code 公示名单-东村}, {@code 家庭成员-0012300001 张三}; {@code 公示名单-2} when the titles do not tell.
 */
final class SheetNames {

    /** Excel's longest sheet name. */
    static final int MAX = 31;
    /** Place-name endings kept with a label that stops right before them (东|村 → 东村). */
    private static final String PLACE_ENDINGS = "村组乡镇";
    private static final String TRIM = " \u3000-_,，、。：:（）()《》【】[]";

    private SheetNames() {
    }

    /**
     * What tells each title apart: the title less the beginning and the end all titles share (a number is not
     * cut in the middle); "1", "2", … when some title is left empty or two are left the same.
     */
    static List<String> labels(List<String> titles) {
        int n = titles.size();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            numbers.add(Integer.toString(i));
        }
        if (n < 2) {
            return numbers;
        }
        int min = titles.stream().mapToInt(String::length).min().orElse(0);
        String first = titles.get(0);
        int p = 0;
        while (p < min && sameAt(titles, p)) {
            p++;
        }
        // a number is not cut in the middle: 0012300001 / 0012300002 stay whole
        while (p > 0 && alnum(first.charAt(p - 1)) && anyAlnumAt(titles, p)) {
            p--;
        }
        int s = 0;
        while (s < min - p && sameFromEnd(titles, s)) {
            s++;
        }
        while (s > 0 && alnum(fromEnd(first, s - 1)) && anyAlnumBefore(titles, s, p)) {
            s--;
        }
        if (s > 0 && PLACE_ENDINGS.indexOf(fromEnd(first, s - 1)) >= 0) {
            s--; // 东|村… → 东村
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : titles) {
            String label = trim(t.substring(p, t.length() - s));
            if (label.isEmpty() || !seen.add(label.toLowerCase(Locale.ROOT))) {
                return numbers;
            }
            labels.add(label);
        }
        return labels;
    }

    /** {@code <table>-<label>}, cleaned of what Excel forbids in a sheet name and cut to 31 characters. */
    static String sheet(String table, String label) {
        return cut(clean(table + "-" + label));
    }

    /** The wanted names if they are all different (Excel ignores case), else {@code <table>-<n>} for all. */
    static List<String> unique(List<String> wanted, List<String> tables, List<Integer> owners) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String w : wanted) {
            ok &= seen.add(w.toLowerCase(Locale.ROOT));
        }
        if (ok) {
            return wanted;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String suffix = "-" + (owners.get(i) + 1);
            String table = clean(tables.get(i));
            out.add(table.substring(0, Math.min(table.length(), MAX - suffix.length())) + suffix);
        }
        return out;
    }

    private static boolean sameAt(List<String> titles, int i) {
        char c = titles.get(0).charAt(i);
        return titles.stream().allMatch(t -> t.charAt(i) == c);
    }

    private static boolean anyAlnumAt(List<String> titles, int i) {
        return titles.stream().anyMatch(t -> i < t.length() && alnum(t.charAt(i)));
    }

    private static boolean sameFromEnd(List<String> titles, int s) {
        char c = fromEnd(titles.get(0), s);
        return titles.stream().allMatch(t -> fromEnd(t, s) == c);
    }

    /** Whether some title has a letter or digit right before its last {@code s} characters (and after p). */
    private static boolean anyAlnumBefore(List<String> titles, int s, int p) {
        return titles.stream().anyMatch(t -> t.length() - 1 - s >= p && alnum(fromEnd(t, s)));
    }

    /** The character {@code s} places before the end (0 = the last). */
    private static char fromEnd(String t, int s) {
        return t.charAt(t.length() - 1 - s);
    }

    private static boolean alnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && TRIM.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String clean(String s) {
        String out = s.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        while (out.startsWith("'")) {
            out = out.substring(1);
        }
        while (out.endsWith("'")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.isEmpty() ? "表" : out;
    }

    private static String cut(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        int end = MAX;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
