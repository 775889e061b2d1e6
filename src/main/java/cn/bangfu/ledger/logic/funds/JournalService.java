package cn.bangfu.ledger.logic.funds;

import cn.bangfu.ledger.logic.backup.BackupService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.JournalEntry;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.MonthClose;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Posting;
import cn.bangfu.ledger.model.PostingLine;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The funds journal (记账): every movement of money is one entry whose postings balance for each fund, written in
 * one audited transaction, never changed; a correction is a 冲销 entry dated in an open month. A month the clerk
 * has closed (结账) takes no entry; re-opening it needs a reason. The accounts are V7's: 来源, 未分配, 项目, 收款方, 农户.
 *
 * <p>Besides balancing, an entry may not leave a fund's 未分配 or a project's 项目 account below zero: money is
 * allocated only from what arrived, and paid only from what was allocated.
 */
public final class JournalService {

    public static final String SOURCE = "来源";
    public static final String UNALLOCATED = "未分配";
    public static final String PROJECT = "项目";
    public static final String PAYEE = "收款方";
    public static final String HOUSEHOLD = "农户";

    public static final String RECEIPT = "资金到位";
    public static final String ALLOCATION = "分配到项目";
    public static final String PAYMENT = "拨付";
    public static final String HOUSEHOLD_PAYMENT = "发放到户";
    public static final String RETURN = "收回";
    public static final String ADJUSTMENT = "结余调整";
    public static final String REVERSAL = "冲销";

    /** The largest amount one posting may move: 1,000 亿元 (a typing slip, not a fund, beyond it). */
    public static final long MAX_AMOUNT_FEN = 100_000_000_000_00L;

    /** One household's line of a 发放到户 roster. */
    public record HouseholdLine(long householdId, Long memberId, String bankAccount, long amountFen) {
    }

    /** An entry with its postings and, when it was reversed, the entry that reversed it. */
    public record EntryView(JournalEntry entry, List<Posting> postings, JournalEntry reversedBy) {
    }

    private final Ledger ledger;
    private final SettingsService settings;
    private final BackupService backup;
    private final Clock clock;

    public JournalService(Ledger ledger, SettingsService settings, BackupService backup, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.backup = backup;
        this.clock = clock;
    }

    // -- the kinds of entry

    /** 资金到位: money of the fund arrives (来源 → 未分配). */
    public long receive(long fundId, LocalDate on, long amountFen, String voucherNo, String memo) {
        return post(RECEIPT, on, voucherNo, memo, null, postingsOf(RECEIPT, fundId, null, null, amountFen));
    }

    /**
     * A new fund and the 资金到位 of its money, in one transaction: the fund is not added when its money cannot be
     * taken (a closed month, a bad amount).
     *
     * @return the new fund's id
     */
    public long addFundReceived(Fund fund, LocalDate on, long amountFen, String voucherNo) {
        Fund f = FundService.checked(fund);
        List<Posting> check = postingsOf(RECEIPT, 0, null, null, amountFen);
        return ledger.write(settings.change().because("资金到位：" + f.name()), tx -> {
            long id = FundService.insert(tx, f);
            write(tx, RECEIPT, on, voucherNo == null || voucherNo.isBlank() ? f.docNo() : voucherNo,
                    "资金到位：" + f.name(), null, check.stream().map(p -> new Posting(null, null, id, p.account(),
                            p.projectId(), p.payee(), null, null, null, p.amountFen())).toList());
            return id;
        });
    }

    /** 分配到项目: part of the fund's unallocated money goes to a project (未分配 → 项目). */
    public long allocate(long fundId, long projectId, LocalDate on, long amountFen, String memo) {
        return post(ALLOCATION, on, null, memo, null, postingsOf(ALLOCATION, fundId, projectId, null, amountFen));
    }

    /**
     * 拨付: money paid to a payee with a voucher — from a project's allocation, or with no project straight from the
     * fund's unallocated money (项目/未分配 → 收款方).
     */
    public long pay(long fundId, Long projectId, String payee, LocalDate on, long amountFen, String voucherNo,
            String memo) {
        return post(PAYMENT, on, voucherNo, memo, null, postingsOf(PAYMENT, fundId, projectId, payee, amountFen));
    }

    /**
     * The postings an entry of one of the simple kinds (资金到位, 分配到项目, 拨付, 收回, 结余调整) is made of: what the
     * entry form shows as the clerk types, and exactly what the kind's method writes.
     *
     * @throws LedgerException for an amount out of range, a 拨付 without payee, a kind that needs a project without one
     */
    public static List<Posting> postingsOf(String kind, long fundId, Long projectId, String payee, long amountFen) {
        positive(amountFen);
        if (kind == null) {
            throw new LedgerException("请选择凭证类型。");
        }
        if ((ALLOCATION.equals(kind) || ADJUSTMENT.equals(kind)) && projectId == null) {
            throw new LedgerException(kind + "要选择项目。");
        }
        return switch (kind) {
            case RECEIPT -> List.of(line(fundId, UNALLOCATED, null, null, amountFen),
                    line(fundId, SOURCE, null, null, -amountFen));
            case ALLOCATION -> List.of(line(fundId, PROJECT, projectId, null, amountFen),
                    line(fundId, UNALLOCATED, null, null, -amountFen));
            case PAYMENT -> {
                if (payee == null || payee.isBlank()) {
                    throw new LedgerException("拨付要写明收款方（单位或个人的名称）。");
                }
                yield List.of(line(fundId, PAYEE, projectId, payee.strip(), amountFen),
                        projectId == null ? line(fundId, UNALLOCATED, null, null, -amountFen)
                                : line(fundId, PROJECT, projectId, null, -amountFen));
            }
            case RETURN -> List.of(line(fundId, SOURCE, null, null, amountFen),
                    line(fundId, UNALLOCATED, null, null, -amountFen));
            case ADJUSTMENT -> List.of(line(fundId, UNALLOCATED, null, null, amountFen),
                    line(fundId, PROJECT, projectId, null, -amountFen));
            default -> throw new LedgerException("“" + kind + "”不是可以这样记的凭证类型。");
        };
    }

    /** Writes one of the simple kinds (see {@link #postingsOf}): what the entry form saves. */
    public long post(String kind, long fundId, Long projectId, String payee, LocalDate on, long amountFen,
            String voucherNo, String memo) {
        return post(kind, on, voucherNo, memo, null, postingsOf(kind, fundId, projectId, payee, amountFen));
    }

    /** 发放到户: a roster of households and amounts as one entry (项目/未分配 → 农户). */
    public long payHouseholds(long fundId, Long projectId, LocalDate on, String voucherNo, String memo,
            List<HouseholdLine> lines) {
        if (lines.isEmpty()) {
            throw new LedgerException("发放名单是空的：没有要发放的农户。");
        }
        List<Posting> postings = new ArrayList<>(lines.size() + 1);
        long total = 0;
        for (HouseholdLine l : lines) {
            positive(l.amountFen());
            total = Math.addExact(total, l.amountFen());
            postings.add(new Posting(null, null, fundId, HOUSEHOLD, projectId, null, l.householdId(), l.memberId(),
                    blankToNull(l.bankAccount()), l.amountFen()));
        }
        postings.add(projectId == null ? line(fundId, UNALLOCATED, null, null, -total)
                : line(fundId, PROJECT, projectId, null, -total));
        return post(HOUSEHOLD_PAYMENT, on, voucherNo, memo, null, postings);
    }

    /** 收回: unallocated money goes back to where it came from (未分配 → 来源). */
    public long giveBack(long fundId, LocalDate on, long amountFen, String voucherNo, String memo) {
        return post(RETURN, on, voucherNo, memo, null, postingsOf(RETURN, fundId, null, null, amountFen));
    }

    /** 结余调整: what a project did not spend goes back to the fund's unallocated money (项目 → 未分配). */
    public long adjust(long fundId, long projectId, LocalDate on, long amountFen, String memo) {
        return post(ADJUSTMENT, on, null, memo, null, postingsOf(ADJUSTMENT, fundId, projectId, null, amountFen));
    }

    /**
     * 冲销: an entry undone by one with every posting negated, dated {@code on} (in an open month), linked to it
     * both ways. A 冲销 cannot itself be reversed, and an entry is reversed once.
     */
    public long reverse(long entryId, LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException("冲销要写明原因（例如：金额录错，应为……）。");
        }
        return ledger.write(settings.change().because(reason.strip()), tx -> {
            JournalEntry original = tx.journal().entry(entryId)
                    .orElseThrow(() -> new LedgerException("没有编号为 " + entryId + " 的凭证。"));
            if (REVERSAL.equals(original.kind())) {
                throw new LedgerException("凭证 " + entryId + " 本身是冲销凭证，不能再冲销。请另记一张正确的凭证。");
            }
            tx.journal().reversalOf(entryId).ifPresent(r -> {
                throw new LedgerException("凭证 " + entryId + " 已经由凭证 " + r.id() + "（" + r.entryOn() + "）冲销过了。");
            });
            List<Posting> negated = tx.journal().postings(entryId).stream()
                    .map(p -> new Posting(null, null, p.fundId(), p.account(), p.projectId(), p.payee(),
                            p.householdId(), p.memberId(), p.bankAccount(), -p.amountFen()))
                    .toList();
            return write(tx, REVERSAL, on, original.voucherNo(), "冲销凭证 " + entryId + "：" + reason.strip(), entryId,
                    negated);
        });
    }

    // -- the month close

    /**
     * 结账: closes the month — no entry dated in it is taken any more. A backup of the ledger is written first
     * (备份 beside the ledger), so the state as filed can be found again.
     *
     * @return where the backup went
     */
    public Path closeMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        ledger.read(v -> v.funds().closeOf(month)).ifPresent(c -> {
            throw new LedgerException(Months.text(month) + "已经结账（" + c.closedBy() + "，" + local(c.closedAt())
                    + "）。");
        });
        if (month.isAfter(YearMonth.from(LocalDate.now(clock)))) {
            throw new LedgerException(Months.text(month) + "还没有到，不能结账。");
        }
        Path backupFile = backupBeforeClose(month);
        Change change = settings.change().because("结账 " + month);
        ledger.write(change, tx -> tx.funds().addClose(new MonthClose(null, month, Timestamps.utcNow(clock),
                change.operator(), null, null, null)));
        return backupFile;
    }

    /** Re-opens a closed month; the reason is kept with the close and in the change history. */
    public void reopenMonth(YearMonth month, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException("重新开账要写明原因（例如：县里退回报表，需更正 10 月的拨付）。");
        }
        Change change = settings.change().because(reason.strip());
        ledger.write(change, tx -> {
            MonthClose close = tx.funds().closeOf(month)
                    .orElseThrow(() -> new LedgerException(Months.text(month) + "没有结账，不需要重新开账。"));
            tx.funds().reopen(close.id(), Timestamps.utcNow(clock), change.operator(), reason.strip());
            return null;
        });
    }

    /** Every close, re-opened ones too, newest first. */
    public List<MonthClose> closes() {
        List<MonthClose> all = new ArrayList<>(ledger.read(v -> v.funds().closes()));
        java.util.Collections.reverse(all);
        return all;
    }

    private Path backupBeforeClose(YearMonth month) {
        Path file = ledger.file();
        Path folder = file.toAbsolutePath().getParent().resolve("备份");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new LedgerException("结账前要先备份账本，但备份文件夹建不起来：" + folder + "（" + e.getMessage()
                    + "）。没有结账。", e);
        }
        String stamp = java.time.LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        return backup.backupTo(folder.resolve(name + "-结账前-" + month + "-" + stamp + ".db"), false).file();
    }

    // -- reading

    /**
     * An entry as a journal page lists it: its postings summed by fund, account, project and payee (a roster of
     * households is one line, with its count), and the entry that reversed it, if any.
     */
    public record EntryLine(JournalEntry entry, List<PostingLine> lines, JournalEntry reversedBy) {
    }

    /** A page of the journal: the entries (newest first) with their lines, and how many match in all. */
    public record Page(long total, List<EntryLine> entries) {
    }

    /**
     * The journal narrowed to a fund, a project, a month and a kind (each optional), newest first, from
     * {@code offset}, at most {@code limit} entries: one query for the entries, one for their lines, one for their
     * reversals.
     */
    public Page journal(Long fundId, Long projectId, YearMonth month, String kind, int offset, int limit) {
        LocalDate from = month == null ? null : month.atDay(1);
        LocalDate to = month == null ? null : month.atEndOfMonth();
        return ledger.read(v -> {
            List<JournalEntry> entries = v.journal().entries(fundId, projectId, from, to, kind, offset, limit);
            List<Long> ids = entries.stream().map(JournalEntry::id).toList();
            Map<Long, List<PostingLine>> lines = v.journal().linesOf(ids);
            Map<Long, JournalEntry> reversals = v.journal().reversalsOf(ids);
            List<EntryLine> views = entries.stream()
                    .map(e -> new EntryLine(e, lines.getOrDefault(e.id(), List.of()), reversals.get(e.id())))
                    .toList();
            return new Page(v.journal().count(fundId, projectId, from, to, kind), views);
        });
    }

    /**
     * Every balance keyed "fund|account|project" (project empty off the 项目 account): what the entry form shows
     * beside the amount, and what the write checks again.
     */
    public Map<String, Long> balanceMap() {
        Map<String, Long> out = new HashMap<>();
        ledger.read(v -> v.journal().balances()).forEach(b -> out.merge(b.fundId() + "|" + b.account() + "|"
                + (PROJECT.equals(b.account()) && b.projectId() != null ? b.projectId() : ""), b.amountFen(), Long::sum));
        return out;
    }

    /** The months that have an entry, newest first. */
    public List<YearMonth> entryMonths() {
        return ledger.read(v -> v.journal().entryMonths()).stream().map(YearMonth::parse).toList();
    }

    /** A month of a fund's spending: allocated and paid up to the month's end (cumulative), in fen. */
    public record SpendingMonth(YearMonth month, long allocatedFen, long paidFen) {
    }

    /**
     * A fund's cumulative allocation (项目 + paid) and payments (收款方 + 农户) at each month's end, from its first
     * entry's month to its last: what the spending chart draws.
     */
    public List<SpendingMonth> spending(long fundId) {
        SortedMap<String, Map<String, Long>> monthly = ledger.read(v -> v.journal().monthlyOf(fundId));
        List<SpendingMonth> out = new ArrayList<>();
        if (monthly.isEmpty()) {
            return out;
        }
        YearMonth first = YearMonth.parse(monthly.firstKey());
        YearMonth last = YearMonth.parse(monthly.lastKey());
        long allocated = 0;
        long paid = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<String, Long> a = monthly.getOrDefault(m.toString(), Map.of());
            long p = a.getOrDefault(PAYEE, 0L) + a.getOrDefault(HOUSEHOLD, 0L);
            paid += p;
            allocated += a.getOrDefault(PROJECT, 0L) + p;
            out.add(new SpendingMonth(m, allocated, paid));
        }
        return out;
    }

    /** What {@code check} finds wrong with the journal (empty when it balances and nothing was written after a close). */
    public List<String> problems() {
        return ledger.read(JournalCheck::problems);
    }

    public EntryView entry(long id) {
        return ledger.read(v -> {
            JournalEntry e = v.journal().entry(id).orElseThrow(() -> new LedgerException("没有编号为 " + id + " 的凭证。"));
            return new EntryView(e, v.journal().postings(id), v.journal().reversalOf(id).orElse(null));
        });
    }

    // -- the write

    private long post(String kind, LocalDate on, String voucherNo, String memo, Long reverses,
            List<Posting> postings) {
        String why = memo == null || memo.isBlank() ? kind : memo.strip();
        return ledger.write(settings.change().because(why), tx -> write(tx, kind, on, voucherNo, why, reverses,
                postings));
    }

    /** Checks an entry against the ledger and writes it, in the caller's transaction. */
    private long write(LedgerTx tx, String kind, LocalDate on, String voucherNo, String memo, Long reverses,
            List<Posting> postings) {
        if (on == null) {
            throw new LedgerException("凭证要有日期。");
        }
        if (postings.size() < 2) {
            throw new LedgerException("一张凭证至少要有两笔分录（钱从哪里来，到哪里去）。");
        }
        Map<Long, Long> perFund = new HashMap<>();
        for (Posting p : postings) {
            if (p.amountFen() == 0) {
                throw new LedgerException("分录金额不能为 0。");
            }
            perFund.merge(p.fundId(), p.amountFen(), Math::addExact);
        }
        perFund.forEach((fund, sum) -> {
            if (sum != 0) {
                throw new LedgerException("凭证借贷不平衡：资金 " + fund + " 差 " + yuan(sum) + " 元，没有记账。");
            }
        });
        YearMonth month = YearMonth.from(on);
        tx.funds().closeOf(month).ifPresent(c -> {
            throw new LedgerException(Months.text(month) + "已结账（" + c.closedBy() + "，" + local(c.closedAt())
                    + "），不能记入日期为 " + on + " 的凭证。更正请在未结账的月份记一张凭证（或冲销原凭证）；"
                    + "确需改动该月，先重新开账并写明原因。");
        });
        for (Long fundId : perFund.keySet()) {
            if (tx.funds().fund(fundId).isEmpty()) {
                throw new LedgerException("没有编号为 " + fundId + " 的资金。");
            }
        }
        Map<String, Long> moves = new HashMap<>(); // fund|account|project → the entry's change
        for (Posting p : postings) {
            if (p.projectId() != null && tx.funds().project(p.projectId()).isEmpty()) {
                throw new LedgerException("没有编号为 " + p.projectId() + " 的项目。");
            }
            if (UNALLOCATED.equals(p.account()) || PROJECT.equals(p.account())) {
                moves.merge(p.fundId() + "|" + p.account() + "|" + p.projectId(), p.amountFen(), Math::addExact);
            }
        }
        for (Map.Entry<String, Long> m : moves.entrySet()) {
            if (m.getValue() >= 0) {
                continue;
            }
            String[] k = m.getKey().split("\\|");
            long fundId = Long.parseLong(k[0]);
            Long projectId = "null".equals(k[2]) ? null : Long.parseLong(k[2]);
            long balance = tx.journal().balance(fundId, k[1], projectId);
            if (balance + m.getValue() < 0) {
                String fund = tx.funds().fund(fundId).map(f -> "“" + f.name() + "”").orElse("");
                throw new LedgerException(projectId == null
                        ? "资金" + fund + "未分配余额 " + yuan(balance) + " 元，不够 " + yuan(-m.getValue()) + " 元。没有记账。"
                        : "项目“" + tx.funds().project(projectId).map(p -> p.name()).orElse("?") + "”在资金" + fund
                                + "下未拨付余额 " + yuan(balance) + " 元，不够 " + yuan(-m.getValue()) + " 元。没有记账。");
            }
        }
        JournalEntry entry = new JournalEntry(null, on, kind, blankToNull(voucherNo), memo,
                tx.change().operator(), Timestamps.utcNow(clock), reverses, postings.size());
        return tx.journal().add(entry, postings);
    }

    private static Posting line(long fundId, String account, Long projectId, String payee, long amountFen) {
        return new Posting(null, null, fundId, account, projectId, payee, null, null, null, amountFen);
    }

    private static void positive(long amountFen) {
        if (amountFen <= 0) {
            throw new LedgerException("金额要大于 0。");
        }
        if (amountFen > MAX_AMOUNT_FEN) {
            throw new LedgerException("金额过大（" + yuan(amountFen) + " 元）：请核对，是否多输了几位。");
        }
    }

    private static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    private static String local(String timestamp) {
        return Timestamps.local(timestamp);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
