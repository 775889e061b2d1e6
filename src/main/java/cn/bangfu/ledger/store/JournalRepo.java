package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.JOURNAL_ENTRY;
import static cn.bangfu.ledger.store.jooq.Tables.MONTH_CLOSE;
import static cn.bangfu.ledger.store.jooq.Tables.POSTING;

import cn.bangfu.ledger.model.JournalEntry;
import cn.bangfu.ledger.model.Posting;
import cn.bangfu.ledger.model.PostingLine;
import cn.bangfu.ledger.store.jooq.tables.records.JournalEntryRecord;
import cn.bangfu.ledger.store.jooq.tables.records.PostingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The funds journal: entries and their postings. An entry is written whole — its postings first, then the entry
 * naming how many it has; the database checks at that moment that they balance for each fund (V7's triggers) —
 * and never changed. The entry is audited; its postings, written with it and never changed, are the entry's.
 */
public final class JournalRepo extends Repo {

    JournalRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    /** Writes an entry with its postings; returns its id. The caller has checked the balance and the month. */
    public long add(JournalEntry entry, List<Posting> postings) {
        long id = dsl.select(DSL.coalesce(DSL.max(JOURNAL_ENTRY.ID), 0L)).from(JOURNAL_ENTRY).fetchSingle().value1() + 1;
        long nextPosting = dsl.select(DSL.coalesce(DSL.max(POSTING.ID), 0L)).from(POSTING).fetchSingle().value1() + 1;
        List<PostingRecord> records = new ArrayList<>(postings.size());
        for (Posting p : postings) {
            PostingRecord r = dsl.newRecord(POSTING, p);
            r.setId(nextPosting++);
            r.setEntryId(id);
            records.add(r);
        }
        dsl.batchInsert(records).execute();
        JournalEntryRecord r = dsl.newRecord(JOURNAL_ENTRY, entry);
        r.setId(id);
        r.setPostingCount((long) postings.size());
        audited().insert(r, householdOf(postings));
        return id;
    }

    /** The one household all of an entry's household postings go to, else null (the audit row's household). */
    private static Long householdOf(List<Posting> postings) {
        Long only = null;
        for (Posting p : postings) {
            if (p.householdId() != null) {
                if (only != null && !only.equals(p.householdId())) {
                    return null;
                }
                only = p.householdId();
            }
        }
        return only;
    }

    public Optional<JournalEntry> entry(long id) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ID.eq(id)).fetchOptionalInto(JournalEntry.class);
    }

    public List<Posting> postings(long entryId) {
        return dsl.selectFrom(POSTING).where(POSTING.ENTRY_ID.eq(entryId)).orderBy(POSTING.ID).fetchInto(Posting.class);
    }

    /** The 冲销 entry that reverses this one, if any. */
    public Optional<JournalEntry> reversalOf(long entryId) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.REVERSES_ID.eq(entryId))
                .fetchOptionalInto(JournalEntry.class);
    }

    /** The 冲销 entries of these entries, by the entry each reverses. */
    public Map<Long, JournalEntry> reversalsOf(List<Long> entryIds) {
        Map<Long, JournalEntry> out = new LinkedHashMap<>();
        dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.REVERSES_ID.in(entryIds)).fetchInto(JournalEntry.class)
                .forEach(e -> out.put(e.reversesId(), e));
        return out;
    }

    /**
     * A page of entries, newest first, narrowed to those with a posting of the fund or project (when given) and
     * dated within {@code from}..{@code to} (inclusive, when given) and of the kind (when given).
     */
    public List<JournalEntry> entries(Long fundId, Long projectId, LocalDate from, LocalDate to, String kind,
            int offset, int limit) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(filter(fundId, projectId, from, to, kind))
                .orderBy(JOURNAL_ENTRY.ENTRY_ON.desc(), JOURNAL_ENTRY.ID.desc()).offset(offset).limit(limit)
                .fetchInto(JournalEntry.class);
    }

    public long count(Long fundId, Long projectId, LocalDate from, LocalDate to, String kind) {
        return dsl.fetchCount(JOURNAL_ENTRY, filter(fundId, projectId, from, to, kind));
    }

    private Condition filter(Long fundId, Long projectId, LocalDate from, LocalDate to, String kind) {
        Condition c = DSL.trueCondition();
        if (fundId != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(POSTING)
                    .where(POSTING.ENTRY_ID.eq(JOURNAL_ENTRY.ID), POSTING.FUND_ID.eq(fundId))));
        }
        if (projectId != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(POSTING)
                    .where(POSTING.ENTRY_ID.eq(JOURNAL_ENTRY.ID), POSTING.PROJECT_ID.eq(projectId))));
        }
        if (from != null) {
            c = c.and(JOURNAL_ENTRY.ENTRY_ON.ge(from));
        }
        if (to != null) {
            c = c.and(JOURNAL_ENTRY.ENTRY_ON.le(to));
        }
        if (kind != null) {
            c = c.and(JOURNAL_ENTRY.KIND.eq(kind));
        }
        return c;
    }

    /** The lines of many entries, by entry, in entry and then account order (a journal page). */
    public Map<Long, List<PostingLine>> linesOf(List<Long> entryIds) {
        Map<Long, List<PostingLine>> out = new LinkedHashMap<>();
        entryIds.forEach(id -> out.put(id, new ArrayList<>()));
        dsl.select(POSTING.ENTRY_ID, POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID, POSTING.PAYEE,
                DSL.count(), DSL.sum(POSTING.AMOUNT_FEN), DSL.min(POSTING.ID))
                .from(POSTING).where(POSTING.ENTRY_ID.in(entryIds))
                .groupBy(POSTING.ENTRY_ID, POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID, POSTING.PAYEE)
                .orderBy(POSTING.ENTRY_ID, DSL.min(POSTING.ID))
                .forEach(r -> out.get(r.value1()).add(new PostingLine(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7() == null ? 0 : r.value7().longValue())));
        return out;
    }

    /** The balance of one fund's account (of one project on 项目, null project otherwise). */
    public long balance(long fundId, String account, Long projectId) {
        Condition project = projectId == null ? POSTING.PROJECT_ID.isNull().or(DSL.val(account).ne("项目"))
                : POSTING.PROJECT_ID.eq(projectId);
        var sum = dsl.select(DSL.sum(POSTING.AMOUNT_FEN)).from(POSTING)
                .where(POSTING.FUND_ID.eq(fundId), POSTING.ACCOUNT.eq(account), project).fetchSingle().value1();
        return sum == null ? 0 : sum.longValue();
    }

    /** The balance of every fund's accounts, by fund and account, read from the posting_fund index alone. */
    public List<Balance> fundBalances() {
        return dsl.select(POSTING.FUND_ID, POSTING.ACCOUNT, DSL.sum(POSTING.AMOUNT_FEN)).from(POSTING)
                .groupBy(POSTING.FUND_ID, POSTING.ACCOUNT)
                .fetch(r -> new Balance(r.value1(), r.value2(), null, r.value3() == null ? 0 : r.value3().longValue()));
    }

    /** One fund's or project's sum on one account. */
    public record Balance(long fundId, String account, Long projectId, long amountFen) {
    }

    /** The balance of every fund's accounts, by fund, account and project (project null off the 项目 accounts). */
    public List<Balance> balances() {
        return dsl.select(POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID, DSL.sum(POSTING.AMOUNT_FEN))
                .from(POSTING).groupBy(POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID)
                .fetch(r -> new Balance(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? 0 : r.value4().longValue()));
    }

    /** The project accounts' balances: 项目 (unpaid) and 收款方/农户 (paid) by project, over all funds. */
    public List<Balance> projectBalances() {
        return dsl.select(DSL.inline(0L), POSTING.ACCOUNT, POSTING.PROJECT_ID, DSL.sum(POSTING.AMOUNT_FEN))
                .from(POSTING).where(POSTING.PROJECT_ID.isNotNull())
                .groupBy(POSTING.ACCOUNT, POSTING.PROJECT_ID)
                .fetch(r -> new Balance(0L, r.value2(), r.value3(), r.value4() == null ? 0 : r.value4().longValue()));
    }

    /** One fund's movements on one account by month ("2026-11" → Σ amount), in month order. */
    public java.util.SortedMap<String, Map<String, Long>> monthlyOf(long fundId) {
        java.util.SortedMap<String, Map<String, Long>> out = new java.util.TreeMap<>();
        var month = DSL.substring(JOURNAL_ENTRY.ENTRY_ON.cast(String.class), 1, 7);
        dsl.select(month, POSTING.ACCOUNT, DSL.sum(POSTING.AMOUNT_FEN)).from(POSTING).join(JOURNAL_ENTRY)
                .on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID)).where(POSTING.FUND_ID.eq(fundId))
                .groupBy(month, POSTING.ACCOUNT)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(),
                        r.value3() == null ? 0 : r.value3().longValue()));
        return out;
    }

    /** The months that have an entry ("2026-11"), newest first: what the journal's month filter offers. */
    public List<String> entryMonths() {
        var month = DSL.substring(JOURNAL_ENTRY.ENTRY_ON.cast(String.class), 1, 7);
        return dsl.selectDistinct(month).from(JOURNAL_ENTRY).orderBy(month.desc()).fetch(r -> r.value1());
    }

    /** The household postings of one household, newest first, with their entries (the card's 资金到户). */
    public List<Posting> ofHousehold(long householdId) {
        return dsl.selectFrom(POSTING).where(POSTING.HOUSEHOLD_ID.eq(householdId)).orderBy(POSTING.ID.desc())
                .fetchInto(Posting.class);
    }

    // -- for check

    /** Entries whose postings do not sum to zero for some fund, or whose posting count is not what they say. */
    public List<Long> unbalanced() {
        var perFund = dsl.select(POSTING.ENTRY_ID).from(POSTING).groupBy(POSTING.ENTRY_ID, POSTING.FUND_ID)
                .having(DSL.sum(POSTING.AMOUNT_FEN).ne(java.math.BigDecimal.ZERO));
        var counts = dsl.select(JOURNAL_ENTRY.ID).from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.POSTING_COUNT.ne(
                DSL.field(DSL.selectCount().from(POSTING).where(POSTING.ENTRY_ID.eq(JOURNAL_ENTRY.ID))).cast(Long.class)));
        return dsl.selectDistinct(DSL.field("entry_id", Long.class)).from(perFund.union(counts).asTable("u", "entry_id"))
                .orderBy(1).fetch(r -> r.value1());
    }

    /** Postings without their entry (an entry cannot be deleted, but the check looks anyway). */
    public long orphanPostings() {
        return dsl.fetchCount(POSTING, DSL.notExists(DSL.selectOne().from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))));
    }

    /**
     * Entries written while their month was closed: dated in a month whose close came before the entry was
     * written and was not re-opened before it. Only raw SQL (or a clock turned back) can make one.
     */
    public List<Long> writtenIntoClosedMonths() {
        var c = MONTH_CLOSE;
        return dsl.select(JOURNAL_ENTRY.ID).from(JOURNAL_ENTRY).whereExists(DSL.selectOne().from(c)
                .where(DSL.field("strftime('%Y-%m', {0})", String.class, JOURNAL_ENTRY.ENTRY_ON)
                        .eq(c.CLOSED_MONTH.cast(String.class)))
                .and(c.CLOSED_AT.lt(JOURNAL_ENTRY.CREATED_AT))
                .and(c.REOPENED_AT.isNull().or(c.REOPENED_AT.gt(JOURNAL_ENTRY.CREATED_AT))))
                .orderBy(JOURNAL_ENTRY.ID).fetch(r -> r.value1());
    }

    /** Σ of every posting's amount (0 when the journal balances): a bare scan of the table, the benchmark's anchor. */
    public long sumOfAll() {
        var sum = dsl.select(DSL.sum(POSTING.AMOUNT_FEN)).from(POSTING).fetchSingle().value1();
        return sum == null ? 0 : sum.longValue();
    }

    public long postingCount() {
        return dsl.fetchCount(POSTING);
    }
}
