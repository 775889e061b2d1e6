package cn.bangfu.ledger.logic.bench;

import cn.bangfu.ledger.logic.households.HouseholdSearch;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdPage;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.store.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keystroke-to-result time of the household search: types queries one character at a time, as a clerk
 * would (a name, pinyin initials, parts of an ID number, a 户编号 and a phone), and times each full search
 * (the rows shown and the exact total). Prints the median, p90 and max per query kind and overall.
 */
public final class SearchBench {

    /** One timed query kind and what it typed. */
    public record Figures(String kind, List<String> typed, double medianMs, double p90Ms, double maxMs, long lastTotal) {
    }

    private final Ledger ledger;
    private final HouseholdSearch search;

    public SearchBench(Ledger ledger) {
        this.ledger = ledger;
        this.search = new HouseholdSearch(ledger);
    }

    /** Runs {@code rounds} rounds of typing (after one warm-up round) and returns the figures per kind. */
    public List<Figures> run(int rounds, Consumer<String> log) {
        List<String[]> queries = queries();
        HouseholdFilter base = HouseholdFilter.all(LocalDate.now());
        typeAll(queries, base, new ArrayList<>()); // warm-up: JIT and SQLite page cache
        List<Figures> figures = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (String[] q : queries) {
            List<Double> times = new ArrayList<>();
            long lastTotal = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 1; i <= q[1].length(); i++) {
                    long t0 = System.nanoTime();
                    HouseholdPage page = search.search(base.withText(q[1].substring(0, i)));
                    times.add((System.nanoTime() - t0) / 1e6);
                    lastTotal = page.total();
                }
            }
            all.addAll(times);
            Figures f = figures(q[0], List.of(q[1]), times, lastTotal);
            figures.add(f);
            log.accept(String.format("%-10s %-20s median %6.1f ms  p90 %6.1f ms  max %6.1f ms  (%d 户)", f.kind(),
                    q[1], f.medianMs(), f.p90Ms(), f.maxMs(), f.lastTotal()));
        }
        Figures overall = figures("all", queries.stream().map(q -> q[1]).toList(), all, 0);
        figures.add(overall);
        log.accept(String.format("%-10s %d keystrokes          median %6.1f ms  p90 %6.1f ms  max %6.1f ms", "overall",
                all.size(), overall.medianMs(), overall.p90Ms(), overall.maxMs()));
        return figures;
    }

    private void typeAll(List<String[]> queries, HouseholdFilter base, List<Double> sink) {
        for (String[] q : queries) {
            for (int i = 1; i <= q[1].length(); i++) {
                long t0 = System.nanoTime();
                search.search(base.withText(q[1].substring(0, i)));
                sink.add((System.nanoTime() - t0) / 1e6);
            }
        }
    }

    /** Realistic queries taken from the ledger itself: a head's name, its initials, ID and phone parts. */
    private List<String[]> queries() {
        HouseholdPage sample = search.search(HouseholdFilter.all(LocalDate.now()));
        if (sample.rows().isEmpty()) {
            throw new IllegalStateException("the ledger has no households to search");
        }
        HouseholdRow row = sample.rows().get(sample.rows().size() / 2);
        Member head = ledger.read(v -> v.members().ofHousehold(row.id())).stream()
                .filter(m -> Member.HEAD.equals(m.relation())).findFirst().orElseThrow();
        String initials = ledger.read(v -> v.members().initialsOf(head.id()));
        String firstInitials = initials == null ? "zw" : initials.split(" ")[0];
        return List.of(
                new String[] {"name", head.name()},
                new String[] {"initials", firstInitials},
                new String[] {"id-part", head.idNumber().substring(10, 16)},
                new String[] {"id-prefix", head.idNumber().substring(0, 8)},
                new String[] {"household", row.householdNo().substring(row.householdNo().length() - 6)},
                new String[] {"phone", row.phone() == null ? "1380" : row.phone().substring(3, 9)});
    }

    private static Figures figures(String kind, List<String> typed, List<Double> times, long lastTotal) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Figures(kind, typed, percentile(sorted, 50), percentile(sorted, 90),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], lastTotal);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
