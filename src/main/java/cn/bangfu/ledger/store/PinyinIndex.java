package cn.bangfu.ledger.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a name for search: every reading of every character, so that a polyphonic surname
 * is found under each of its readings (曾 → "c" and "z"). 张三丰 → "zsf".
 */
final class PinyinIndex {

    /** More combinations than this are cut off (names are short; this only bounds pathological input). */
    static final int MAX_COMBINATIONS = 16;

    private PinyinIndex() {
    }

    /** The space-separated combinations of initials, lower case; null for a blank name. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<String> combos = new ArrayList<>(List.of(""));
        name.strip().codePoints().forEach(cp -> {
            Set<Character> options = optionsFor(cp);
            if (options.isEmpty()) {
                return;
            }
            List<String> next = new ArrayList<>();
            for (String prefix : combos) {
                for (char c : options) {
                    if (next.size() < MAX_COMBINATIONS) {
                        next.add(prefix + c);
                    }
                }
            }
            combos.clear();
            combos.addAll(next);
        });
        String joined = String.join(" ", new LinkedHashSet<>(combos)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static Set<Character> optionsFor(int codePoint) {
        Set<Character> options = new LinkedHashSet<>();
        if (Character.isBmpCodePoint(codePoint)) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint);
            if (readings != null) {
                for (String r : readings) {
                    if (!r.isEmpty()) {
                        options.add(Character.toLowerCase(r.charAt(0)));
                    }
                }
                return options;
            }
        }
        if (Character.isLetterOrDigit(codePoint) && codePoint < 128) {
            options.add(Character.toString(codePoint).toLowerCase(Locale.ROOT).charAt(0));
        }
        return options;
    }
}
