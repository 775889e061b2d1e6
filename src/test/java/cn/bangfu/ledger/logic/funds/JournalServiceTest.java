package cn.bangfu.ledger.logic.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Posting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's posting rules, the reversal and the month close, against a real ledger file. */
class JournalServiceTest {

    static final LocalDate OCT = LocalDate.of(2026, 10, 15);
    static final LocalDate NOV = LocalDate.of(2026, 11, 10);

    @TempDir
    Path dir;

    FundsFixture f;
    long fund;
    long project;

    @BeforeEach
    void open() {
        f = new FundsFixture(dir);
        fund = f.fund("2026年中央衔接资金第一批");
        project = f.project("东坑村百香果基地");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void moneyMovesFromReceiptToHouseholdsAndEveryFundBalances() {
        long hh = f.base.household("0001", "张三", "44152319700101001");
        f.journal.receive(fund, OCT, 1_000_000_00L, "粤财农〔2026〕1号", "中央资金到位");
        f.journal.allocate(fund, project, OCT, 600_000_00L, "百香果基地");
        f.journal.pay(fund, project, "示范镇宏达建筑队", NOV, 250_000_00L, "记-11-003", "首期工程款");
        f.journal.payHouseholds(fund, null, NOV, "记-11-004", "临时救助", List.of(new HouseholdLine(hh, null,
                "6217000012345678901", 3_000_00L)));
        f.journal.giveBack(fund, NOV, 10_000_00L, null, "结余收回县财政");

        FundService.FundRow r = f.row(fund);
        assertThat(r.receivedFen()).isEqualTo(990_000_00L); // 1,000,000 in, 10,000 back
        assertThat(r.allocatedFen()).isEqualTo(603_000_00L); // the project's 600,000 and the 3,000 paid straight out
        assertThat(r.paidFen()).isEqualTo(253_000_00L);
        assertThat(r.unpaidFen()).isEqualTo(350_000_00L);
        assertThat(r.unallocatedFen()).isEqualTo(387_000_00L);
        assertThat(r.receivedFen()).isEqualTo(r.allocatedFen() + r.unallocatedFen());
        assertThat(r.allocatedFen()).isEqualTo(r.paidFen() + r.unpaidFen());
        assertThat(r.progress()).isCloseTo(253.0 / 603.0, org.assertj.core.data.Offset.offset(1e-9));

        FundService.ProjectRow p = f.funds.projects().getFirst();
        assertThat(p.allocatedFen()).isEqualTo(600_000_00L);
        assertThat(p.paidFen()).isEqualTo(250_000_00L);
        assertThat(p.village()).isEqualTo("东坑村");

        assertThat(f.fundProblems()).isEmpty();
        List<Posting> paid = f.base.ledger.read(v -> v.journal().ofHousehold(hh));
        assertThat(paid).singleElement()
                .extracting(Posting::amountFen, Posting::bankAccount).containsExactly(3_000_00L, "6217000012345678901");
        // every entry is audited: check finds no row without its creation record
        java.util.Map<String, Long> unaudited = f.base.ledger.read(v -> v.integrity().rowsWithoutAudit());
        assertThat(unaudited).isEmpty();
    }

    @Test
    void moneyIsAllocatedOnlyFromWhatArrivedAndPaidOnlyFromWhatWasAllocated() {
        f.journal.receive(fund, OCT, 100_00L, null, "到位");
        long before = f.postings();
        assertThatThrownBy(() -> f.journal.allocate(fund, project, OCT, 100_01L, "多分"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("未分配余额 100.00 元，不够 100.01 元");
        f.journal.allocate(fund, project, OCT, 60_00L, "分配");
        assertThatThrownBy(() -> f.journal.pay(fund, project, "施工队", OCT, 60_01L, "记-1", "多付"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("未拨付余额 60.00 元");
        assertThatThrownBy(() -> f.journal.pay(fund, null, "施工队", OCT, 40_01L, "记-1", "从未分配多付"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("未分配余额 40.00 元");
        assertThatThrownBy(() -> f.journal.receive(fund, OCT, 0, null, "零"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("金额要大于 0");
        assertThatThrownBy(() -> f.journal.pay(fund, project, " ", OCT, 1_00L, null, "无收款方"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("收款方");
        assertThat(f.postings()).as("refused entries wrote nothing").isEqualTo(before + 2);
    }

    @Test
    void theDatabaseRefusesAnUnbalancedOrChangedEntry() {
        long id = f.journal.receive(fund, OCT, 500_00L, null, "到位");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("l.db"))) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            var s = c.createStatement();
            assertThatThrownBy(() -> s.execute("UPDATE posting SET amount_fen = 1 WHERE entry_id = " + id))
                    .hasMessageContaining("不能修改");
            assertThatThrownBy(() -> s.execute("DELETE FROM posting WHERE entry_id = " + id))
                    .hasMessageContaining("不能删除");
            assertThatThrownBy(() -> s.execute("UPDATE journal_entry SET memo = 'x' WHERE id = " + id))
                    .hasMessageContaining("不能修改");
            assertThatThrownBy(() -> s.execute("INSERT INTO posting (entry_id, fund_id, account, amount_fen) VALUES ("
                    + id + ", " + fund + ", '未分配', 5)")).hasMessageContaining("不能再加分录");
            c.setAutoCommit(false);
            s.execute("INSERT INTO posting (id, entry_id, fund_id, account, amount_fen) VALUES (900, 99, " + fund
                    + ", '未分配', 100)");
            s.execute("INSERT INTO posting (id, entry_id, fund_id, account, amount_fen) VALUES (901, 99, " + fund
                    + ", '来源', -99)");
            assertThatThrownBy(() -> s.execute("INSERT INTO journal_entry (id, entry_on, kind, memo, operator, "
                    + "created_at, posting_count) VALUES (99, '2026-10-20', '资金到位', 'x', 'x', 'x', 2)"))
                    .hasMessageContaining("不平衡");
            c.rollback();
            // a balanced entry written behind the program's back is taken by the database, and caught by check
            s.execute("INSERT INTO posting (id, entry_id, fund_id, account, amount_fen) VALUES (900, 99, " + fund
                    + ", '未分配', 100)");
            s.execute("INSERT INTO posting (id, entry_id, fund_id, account, amount_fen) VALUES (901, 99, " + fund
                    + ", '来源', -100)");
            s.execute("INSERT INTO journal_entry (id, entry_on, kind, memo, operator, created_at, posting_count) "
                    + "VALUES (99, '2026-10-20', '资金到位', 'x', 'x', '2026-10-20T00:00:00Z', 2)");
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        java.util.Map<String, Long> unaudited = f.base.ledger.read(v -> v.integrity().rowsWithoutAudit());
        assertThat(unaudited).containsKey("journal_entry");
    }

    @Test
    void aReversalUndoesAnEntryOnceAndIsLinkedBothWays() {
        long in = f.journal.receive(fund, OCT, 800_00L, null, "到位");
        long wrong = f.journal.allocate(fund, project, OCT, 300_00L, "金额录错");
        long undo = f.journal.reverse(wrong, NOV, "应为 200 元");
        f.journal.allocate(fund, project, NOV, 200_00L, "更正");

        assertThat(f.row(fund).unallocatedFen()).isEqualTo(600_00L);
        var original = f.journal.entry(wrong);
        assertThat(original.reversedBy().id()).isEqualTo(undo);
        var reversal = f.journal.entry(undo);
        assertThat(reversal.entry().reversesId()).isEqualTo(wrong);
        assertThat(reversal.entry().kind()).isEqualTo(JournalService.REVERSAL);
        assertThat(reversal.entry().memo()).contains("冲销凭证 " + wrong, "应为 200 元");
        assertThat(reversal.postings()).extracting(Posting::amountFen).containsExactlyInAnyOrder(-300_00L, 300_00L);

        assertThatThrownBy(() -> f.journal.reverse(wrong, NOV, "再冲一次")).hasMessageContaining("已经由凭证 " + undo);
        assertThatThrownBy(() -> f.journal.reverse(undo, NOV, "冲销冲销")).hasMessageContaining("本身是冲销凭证");
        assertThatThrownBy(() -> f.journal.reverse(in, NOV, " ")).hasMessageContaining("写明原因");

        // undoing the receipt now would take back money already allocated
        assertThatThrownBy(() -> f.journal.reverse(in, NOV, "到位录重了")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("未分配余额 600.00 元，不够 800.00 元");
        assertThat(f.fundProblems()).isEmpty();
    }

    @Test
    void aClosedMonthTakesNoEntryUntilReopenedWithAReason() throws Exception {
        f.journal.receive(fund, OCT, 800_00L, null, "到位");
        Path backup = f.journal.closeMonth(YearMonth.of(2026, 10));
        assertThat(backup).exists().hasParent(dir.resolve("备份"));
        assertThat(backup.getFileName().toString()).startsWith("l-结账前-2026-10-");

        long before = f.postings();
        assertThatThrownBy(() -> f.journal.allocate(fund, project, OCT, 100_00L, "补记"))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("2026年10月已结账")
                .hasMessageContaining("不能记入日期为 2026-10-15 的凭证")
                .hasMessageContaining("未结账的月份");
        assertThat(f.postings()).isEqualTo(before);
        assertThatThrownBy(() -> f.journal.closeMonth(YearMonth.of(2026, 10))).hasMessageContaining("已经结账");
        assertThatThrownBy(() -> f.journal.closeMonth(YearMonth.of(2027, 1))).hasMessageContaining("还没有到");

        // the correction goes in the open month
        f.journal.allocate(fund, project, NOV, 100_00L, "十月漏记的分配，记在十一月");

        assertThatThrownBy(() -> f.journal.reopenMonth(YearMonth.of(2026, 10), "")).hasMessageContaining("写明原因");
        assertThatThrownBy(() -> f.journal.reopenMonth(YearMonth.of(2026, 9), "x")).hasMessageContaining("没有结账");
        f.journal.reopenMonth(YearMonth.of(2026, 10), "县里退回十月报表");
        f.journal.allocate(fund, project, OCT, 50_00L, "重新开账后补记");
        assertThat(f.journal.closes()).singleElement().satisfies(c -> {
            assertThat(c.isClosed()).isFalse();
            assertThat(c.reopenReason()).isEqualTo("县里退回十月报表");
            assertThat(c.closedBy()).isEqualTo("李会计");
        });
        // the re-opening is in the change history with its reason
        List<cn.bangfu.ledger.model.AuditEntry> history = f.base.ledger.read(v -> v.audit().ofEntity("month_close",
                "1"));
        assertThat(history).anySatisfy(a ->
                assertThat(a.reason()).isEqualTo("县里退回十月报表"));
        f.journal.closeMonth(YearMonth.of(2026, 10)); // and it can be closed again
        assertThat(f.fundProblems()).isEmpty();
        assertThat(Files.list(dir.resolve("备份")).count()).isEqualTo(2);
    }

    @Test
    void checkFindsAnEntryWrittenIntoAClosedMonth() {
        f.journal.receive(fund, OCT, 800_00L, null, "到位");
        // a close recorded (behind the program's back) as made before that entry was written
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("l.db"))) {
            c.createStatement().execute("INSERT INTO month_close (closed_month, closed_at, closed_by) VALUES "
                    + "('2026-10', '2000-01-01T00:00:00Z', 'x')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(f.fundProblems()).anySatisfy(p -> assertThat(p).contains("记入了已结账的月份"));
    }

    @Test
    void anAmountNeverBecomesADouble() {
        f.journal.receive(fund, OCT, 1L, null, "一分钱");
        f.journal.receive(fund, OCT, JournalService.MAX_AMOUNT_FEN, null, "一千亿元");
        assertThat(f.row(fund).receivedFen()).isEqualTo(JournalService.MAX_AMOUNT_FEN + 1);
        assertThatThrownBy(() -> f.journal.receive(fund, OCT, JournalService.MAX_AMOUNT_FEN + 1, null, "超过"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("金额过大");
        assertThat(f.fundProblems()).isEmpty();
    }

    @Test
    void whatTheEntryFormShowsIsWhatTheKindWrites() {
        List<Posting> shown = JournalService.postingsOf(JournalService.PAYMENT, fund, project, " 宏达建筑队 ", 500_00L);
        assertThat(shown).extracting(Posting::account, Posting::payee, Posting::amountFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple(JournalService.PAYEE, "宏达建筑队", 500_00L),
                org.assertj.core.groups.Tuple.tuple(JournalService.PROJECT, null, -500_00L));
        assertThat(shown.stream().mapToLong(Posting::amountFen).sum()).isZero();
        assertThatThrownBy(() -> JournalService.postingsOf(JournalService.ALLOCATION, fund, null, null, 1_00L))
                .isInstanceOf(LedgerException.class).hasMessageContaining("要选择项目");
        assertThatThrownBy(() -> JournalService.postingsOf(JournalService.PAYMENT, fund, null, " ", 1_00L))
                .isInstanceOf(LedgerException.class).hasMessageContaining("收款方");
        assertThatThrownBy(() -> JournalService.postingsOf(JournalService.REVERSAL, fund, null, null, 1_00L))
                .isInstanceOf(LedgerException.class);

        f.journal.receive(fund, OCT, 1_000_00L, null, "到位");
        f.journal.allocate(fund, project, OCT, 800_00L, "分配");
        long id = f.journal.post(JournalService.PAYMENT, fund, project, " 宏达建筑队 ", NOV, 500_00L, "记-1", "工程款");
        assertThat(f.base.ledger.<List<Posting>>read(v -> v.journal().postings(id)))
                .extracting(Posting::account, Posting::payee, Posting::amountFen)
                .containsExactlyInAnyOrderElementsOf(shown.stream().map(p -> org.assertj.core.groups.Tuple.tuple(
                        p.account(), p.payee(), p.amountFen())).toList());
        assertThat(f.journal.balanceMap()).containsEntry(fund + "|" + JournalService.PROJECT + "|" + project, 300_00L)
                .containsEntry(fund + "|" + JournalService.UNALLOCATED + "|", 200_00L);
    }

    @Test
    void aFundAndItsReceiptAreOneWriteSoAClosedMonthAddsNoFund() {
        f.journal.closeMonth(YearMonth.from(OCT));
        cn.bangfu.ledger.model.Fund more = new cn.bangfu.ledger.model.Fund(null, "2026年省级衔接资金", "衔接资金（省）",
                "省", 2026, "粤财农〔2026〕9号", null);
        int before = f.funds.funds().size();
        assertThatThrownBy(() -> f.journal.addFundReceived(more, OCT, 5_000_00L, null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("2026年10月");
        assertThat(f.funds.funds()).hasSize(before);

        long id = f.journal.addFundReceived(more, NOV, 5_000_00L, null);
        FundService.FundRow r = f.row(id);
        assertThat(r.receivedFen()).isEqualTo(5_000_00L);
        assertThat(r.unallocatedFen()).isEqualTo(5_000_00L);
        assertThat(f.fundProblems()).isEmpty();
    }

    @Test
    void spendingIsCumulativeByMonthWithEmptyMonthsCarried() {
        f.journal.receive(fund, LocalDate.of(2026, 8, 3), 1_000_00L, null, "到位");
        f.journal.allocate(fund, project, LocalDate.of(2026, 8, 5), 600_00L, "分配");
        f.journal.pay(fund, project, "宏达", LocalDate.of(2026, 8, 20), 100_00L, null, "一期");
        f.journal.pay(fund, null, "村委", LocalDate.of(2026, 10, 2), 50_00L, null, "直接拨付");

        assertThat(f.journal.spending(fund)).containsExactly(
                new JournalService.SpendingMonth(YearMonth.of(2026, 8), 600_00L, 100_00L),
                new JournalService.SpendingMonth(YearMonth.of(2026, 9), 600_00L, 100_00L),
                new JournalService.SpendingMonth(YearMonth.of(2026, 10), 650_00L, 150_00L));
        assertThat(f.journal.spending(f.fund("没有进账的资金"))).isEmpty();
    }
}
