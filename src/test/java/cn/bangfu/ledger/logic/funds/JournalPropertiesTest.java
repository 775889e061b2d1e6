package cn.bangfu.ledger.logic.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import cn.bangfu.ledger.model.LedgerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of journal operations — valid ones and invalid ones (amounts of zero or below, more than an
 * account holds, dates in closed months, reversals of reversals, re-opening without a reason) — never leave the
 * ledger unbalanced, and every refused operation changes nothing.
 */
class JournalPropertiesTest {

    /** One operation: what, on which fund/project/entry, how much, when. */
    record Op(int kind, int fund, int project, long amountFen, int month, int day, int pick) {
    }

    /** What a refused operation must leave as it was. */
    record State(long postings, List<FundService.FundRow> funds, List<FundService.ProjectRow> projects,
            List<cn.bangfu.ledger.model.MonthClose> closes) {
    }

    @Property(tries = 25)
    void randomOperationsKeepTheLedgerBalancedAndRefusalsChangeNothing(
            @ForAll("operations") @Size(min = 10, max = 40) List<Op> ops) throws IOException {
        Path dir = Files.createTempDirectory("bangfu-journal-");
        try (FundsFixture f = new FundsFixture(dir)) {
            long[] funds = {f.fund("甲资金"), f.fund("乙资金")};
            long[] projects = {f.project("一号项目"), f.project("二号项目")};
            long household = f.base.household("0001", "张三", "44152319700101001");
            for (long fund : funds) { // money to move from the start
                f.journal.receive(fund, LocalDate.of(2026, 10, 1), 100_000, null, "期初到位");
            }
            int refused = 0;
            int accepted = 0;
            for (Op op : ops) {
                State before = state(f);
                try {
                    apply(f, op, funds, projects, household);
                    accepted++;
                } catch (LedgerException e) {
                    refused++;
                    assertThat(state(f)).as("refused %s: %s", op, e.getMessage()).isEqualTo(before);
                }
                assertThat(f.fundProblems()).as("after %s", op).isEmpty();
                for (FundService.FundRow r : f.funds.funds()) {
                    assertThat(r.receivedFen()).isEqualTo(r.allocatedFen() + r.unallocatedFen());
                    assertThat(r.allocatedFen()).isEqualTo(r.paidFen() + r.unpaidFen());
                    assertThat(r.unallocatedFen()).isNotNegative();
                    assertThat(r.unpaidFen()).isNotNegative();
                }
            }
            Statistics.label("refused").collect(refused == 0 ? "none" : "some");
            Statistics.label("accepted").collect(accepted < 3 ? "under 3" : "3 or more");
            Statistics.label("accepted").coverage(c -> c.check("3 or more").percentage(p -> p >= 70));
            Statistics.label("refused").coverage(c -> c.check("some").percentage(p -> p >= 50));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        // receipts most often, so that there is money to move; closes and re-openings least
        Arbitrary<Integer> kind = Arbitraries.frequency(net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(4, 1),
                net.jqwik.api.Tuple.of(3, 2), net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(2, 4),
                net.jqwik.api.Tuple.of(1, 5), net.jqwik.api.Tuple.of(1, 6), net.jqwik.api.Tuple.of(2, 7),
                net.jqwik.api.Tuple.of(1, 8), net.jqwik.api.Tuple.of(1, 9));
        Arbitrary<Op> op = Combinators.combine(kind, Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-100, 0)),
                        net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 50_000))),
                Arbitraries.integers().between(8, 11), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 50)).as(Op::new);
        return op.list();
    }

    private static void apply(FundsFixture f, Op op, long[] funds, long[] projects, long household) {
        long fund = funds[op.fund()];
        long project = projects[op.project()];
        LocalDate on = LocalDate.of(2026, op.month(), op.day());
        JournalService j = f.journal;
        switch (op.kind()) {
            case 0 -> j.receive(fund, on, op.amountFen() * 3, null, "到位");
            case 1 -> j.allocate(fund, project, on, op.amountFen(), "分配");
            case 2 -> j.pay(fund, project, "施工队", on, op.amountFen(), "记-1", "拨付");
            case 3 -> j.pay(fund, null, "供应商", on, op.amountFen(), "记-2", "直接拨付");
            case 4 -> j.payHouseholds(fund, op.pick() % 2 == 0 ? null : project, on, "记-3", "发放",
                    List.of(new HouseholdLine(household, null, null, op.amountFen())));
            case 5 -> j.giveBack(fund, on, op.amountFen(), null, "收回");
            case 6 -> j.adjust(fund, project, on, op.amountFen(), "结余调整");
            case 7 -> {
                long entries = f.base.ledger.read(v -> v.journal().count(null, null, null, null, null));
                j.reverse(entries == 0 ? 1 : 1 + op.pick() % entries, on, op.pick() % 5 == 0 ? " " : "更正");
            }
            // closes are of August or September (or a month not come yet), so that most dates stay open
            case 8 -> j.closeMonth(op.pick() % 10 == 0 ? YearMonth.of(2027, 1) : YearMonth.of(2026, 8 + op.pick() % 2));
            default -> j.reopenMonth(YearMonth.of(2026, 8 + op.pick() % 2), op.pick() % 4 == 0 ? "" : "县里退回");
        }
    }

    private static State state(FundsFixture f) {
        return new State(f.postings(), f.funds.funds(), f.funds.projects(), f.journal.closes());
    }
}
