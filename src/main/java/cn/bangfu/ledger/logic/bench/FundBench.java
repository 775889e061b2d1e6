package cn.bangfu.ledger.logic.bench;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * {@code bench funds}: a ledger of five years of a large town's funds — 200,000 postings by default, most of them
 * household rosters of every household — then the fund list and the project list with their balances, a journal
 * page, the journal's part of {@code check}, and posting one more roster of every household, each timed beside a
 * bare read of the posting table (the anchor) in the same run.
 */
public final class FundBench {

    /** One timed operation: its runs in milliseconds and their median. */
    public record Timing(String name, List<Double> millis, double median) {
    }

    private FundBench() {
    }

    public static List<Timing> run(Path workDir, int households, long postings, int rounds, Consumer<String> log) {
        List<Timing> out = new ArrayList<>();
        try (LedgerServices s = LedgerServices.open(workDir.resolve("funds.db"))) {
            long t0 = System.nanoTime();
            s.demo().generate(new DemoGenerator.Options(households, 2026, LocalDate.now()));
            log.accept(String.format("演示账本 %,d 户：生成用时 %.1f s", households, (System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            fill(s, postings);
            long n = s.journal().journal(null, null, null, null, 0, 1).total();
            log.accept(String.format("资金账：%,d 张凭证，%,d 笔分录，记账用时 %.1f s", n,
                    s.funds().funds().size() == 0 ? 0 : postingCount(s), (System.nanoTime() - t0) / 1e9));

            out.add(time("裸读：分录表求和（基准）", rounds, log, () -> postingSum(s)));
            out.add(time("资金列表及余额", rounds, log, () -> s.funds().funds().size()));
            out.add(time("项目列表及余额", rounds, log, () -> s.funds().projects().size()));
            out.add(time("记账凭证第一页（50 张）", rounds, log,
                    () -> s.journal().journal(null, null, null, null, 0, 50).entries().size()));
            long fund = s.funds().funds().getFirst().fund().id();
            out.add(time("按资金筛选的凭证页（50 张）", rounds, log,
                    () -> s.journal().journal(fund, null, null, null, 0, 50).entries().size()));
            out.add(time("check 的资金账部分", Math.min(rounds, 5), log,
                    () -> s.journal().problems().size()));
            List<HouseholdLine> roster = roster(s);
            long big = bigFund(s);
            out.add(time(String.format("发放到户：%,d 户一张凭证", roster.size()), Math.min(rounds, 5), log,
                    () -> s.journal().payHouseholds(big, null, LocalDate.now(), "记-bench", "发放到户（基准）", roster)));
        }
        return out;
    }

    /** Funds, projects and entries over five years until the journal holds about {@code target} postings. */
    private static void fill(LedgerServices s, long target) {
        Random random = new Random(2026);
        JournalService j = s.journal();
        List<HouseholdLine> roster = roster(s);
        int year0 = LocalDate.now().getYear() - 4;
        long villages = s.households().villages().getFirst().id();
        List<long[]> fundsAndProjects = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            int year = year0 + y;
            for (int k = 0; k < 4; k++) {
                long fund = s.funds().addFund(new Fund(null, year + " 年基准资金 " + (k + 1), "衔接资金（中央）", "中央", year,
                        "基准〔" + year + "〕" + (k + 1) + "号", null));
                long project = s.funds().addProject(new Project(null, year + " 年基准项目 " + (k + 1), "产业发展",
                        villages, "示范镇", Project.UNDER_WAY, null, null, null, null, null, null));
                fundsAndProjects.add(new long[] {fund, project, year});
                j.receive(fund, LocalDate.of(year, 1, 10), 100_000_000_00L, null, "到位");
            }
        }
        long done = postingCount(s);
        int month = 0;
        while (done < target) {
            long[] fp = fundsAndProjects.get(month % fundsAndProjects.size());
            int year = (int) fp[2];
            LocalDate day = LocalDate.of(year, 1 + month % 12, 1 + random.nextInt(27));
            j.allocate(fp[0], fp[1], day, 1_000_000_00L, "分配");
            for (int p = 0; p < 10; p++) {
                j.pay(fp[0], fp[1], "收款单位 " + (p + 1), day, 1_000_00L + random.nextInt(100_000), "记-" + p, "拨付");
            }
            if (month % 3 == 0) {
                j.payHouseholds(fp[0], null, day, "记-户", "发放到户", roster);
            }
            done = postingCount(s);
            month++;
        }
    }

    private static List<HouseholdLine> roster(LedgerServices s) {
        List<HouseholdLine> lines = new ArrayList<>();
        for (Household h : s.ledger().read(v -> v.households().all())) {
            lines.add(new HouseholdLine(h.id(), null, null, 100_00L));
        }
        return lines;
    }

    private static long bigFund(LedgerServices s) {
        return s.funds().funds().stream().max(Comparator.comparingLong(r -> r.unallocatedFen())).orElseThrow()
                .fund().id();
    }

    private static long postingCount(LedgerServices s) {
        return s.ledger().read(v -> v.journal().postingCount());
    }

    private static long postingSum(LedgerServices s) {
        return s.ledger().read(v -> v.journal().sumOfAll());
    }

    private static Timing time(String name, int rounds, Consumer<String> log, LongSupplier work) {
        work.getAsLong(); // warm-up
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            long n = work.getAsLong();
            ms.add((System.nanoTime() - t0) / 1e6);
            log.accept(String.format("  %s 第 %d 次：%.1f ms（%,d）", name, i + 1, ms.getLast(), n));
        }
        List<Double> sorted = ms.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return new Timing(name, ms, median);
    }
}
