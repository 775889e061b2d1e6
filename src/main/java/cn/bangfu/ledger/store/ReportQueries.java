package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_SNAPSHOT;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_STEP;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.JOURNAL_ENTRY;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.POSTING;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;

import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeHistory.Elimination;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.MeasureSpan;
import cn.bangfu.ledger.model.PersonSpans;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the month's report forms read: the dated facts (episodes with their eliminations, members with the day they
 * left, measures with their spans) from which a form computes the state at any month's end; and the funds journal
 * as the funds forms read it (sums up to a month's end, the month's payments, the month's 发放到户 lines). A few
 * bulk queries; the forms do the month arithmetic in logic.
 */
public final class ReportQueries {

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every episode identified by the end of {@code upTo}, in village order, then 户编号. Eliminations: the one in
     * force now, and every one later undone (an audited update that set {@code eliminated} back to false: a
     * 风险消除回退 or a reverted import), with the local day it was undone.
     */
    public List<EpisodeHistory> episodes(YearMonth upTo, ZoneId zone) {
        Map<Long, List<String>> risks = new HashMap<>();
        dsl.select(EPISODE_RISK.EPISODE_ID, EPISODE_RISK.RISK).from(EPISODE_RISK)
                .orderBy(EPISODE_RISK.EPISODE_ID, EPISODE_RISK.POSITION)
                .fetch().forEach(r -> risks.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Elimination>> undone = new HashMap<>();
        // the day it was undone: the 风险消除回退 step written in the same transaction (its audit row is beside the
        // episode's), else the local day of the audit row (an import reverted)
        dsl.resultQuery("SELECT a.entity_key, json_extract(a.before_json, '$.eliminated_month'), "
                + "json_extract(a.before_json, '$.elimination_method'), a.at, "
                + "(SELECT json_extract(s.after_json, '$.step_on') FROM audit s WHERE s.entity = 'episode_step' "
                + "AND s.action = 'insert' AND s.id BETWEEN a.id - 5 AND a.id + 5 "
                + "AND json_extract(s.after_json, '$.kind') = 'rollback' "
                + "AND json_extract(s.after_json, '$.episode_id') = CAST(a.entity_key AS INTEGER) LIMIT 1) "
                + "FROM audit a WHERE a.entity = 'episode' AND a.action = 'update' "
                + "AND json_extract(a.before_json, '$.eliminated') IN (1, 'true') "
                + "AND json_extract(a.after_json, '$.eliminated') IN (0, 'false') ORDER BY a.id")
                .fetch().forEach(r -> {
                    String month = r.get(1, String.class);
                    if (month == null || month.isBlank()) {
                        return;
                    }
                    String step = r.get(4, String.class);
                    LocalDate on = step != null ? LocalDate.parse(step)
                            : Instant.parse(r.get(3, String.class)).atZone(zone).toLocalDate();
                    undone.computeIfAbsent(Long.parseLong(r.get(0, String.class)), k -> new ArrayList<>())
                            .add(new Elimination(YearMonth.parse(month), r.get(2, String.class), on));
                });
        return dsl.select(EPISODE.ID, EPISODE.HOUSEHOLD_ID, HOUSEHOLD.HOUSEHOLD_NO, VILLAGE.NAME, VILLAGE.SORT_ORDER,
                        HOUSEHOLD_SUMMARY.HEAD_NAME, EPISODE.CATEGORY, EPISODE.CHANNEL, EPISODE.IDENTIFIED_MONTH,
                        HOUSEHOLD.NO_LABOUR_CAPACITY, EPISODE.ELIMINATED, EPISODE.ELIMINATED_MONTH,
                        EPISODE.ELIMINATION_METHOD)
                .from(EPISODE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(EPISODE.HOUSEHOLD_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(EPISODE.IDENTIFIED_MONTH.le(upTo))
                .orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME, HOUSEHOLD.HOUSEHOLD_NO, EPISODE.ID)
                .fetch(r -> {
                    List<Elimination> eliminations = new ArrayList<>(undone.getOrDefault(r.value1(), List.of()));
                    if (Boolean.TRUE.equals(r.value11()) && r.value12() != null) {
                        eliminations.add(new Elimination(r.value12(), r.value13(), null));
                    }
                    eliminations.sort(java.util.Comparator.comparing(Elimination::month));
                    return new EpisodeHistory(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7(), r.value8(), r.value9(), risks.getOrDefault(r.value1(), List.of()),
                            Boolean.TRUE.equals(r.value10()), eliminations);
                });
    }

    /** The members of every household, with the day each left. */
    public Map<Long, PersonSpans> persons() {
        Map<Long, List<LocalDate>> left = new LinkedHashMap<>();
        dsl.select(MEMBER.HOUSEHOLD_ID, MEMBER.LEFT_ON).from(MEMBER).orderBy(MEMBER.HOUSEHOLD_ID, MEMBER.ID)
                .fetch().forEach(r -> left.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, PersonSpans> out = new HashMap<>();
        left.forEach((household, days) -> out.put(household, new PersonSpans(household, days)));
        return out;
    }

    /** Every measure, by household, in start order. */
    public Map<Long, List<MeasureSpan>> measures() {
        Map<Long, List<MeasureSpan>> out = new HashMap<>();
        dsl.select(MEASURE.HOUSEHOLD_ID, MEASURE.FAMILY, MEASURE.DETAIL, MEASURE.START_ON, MEASURE.END_ON,
                        MEASURE.AMOUNT)
                .from(MEASURE).orderBy(MEASURE.HOUSEHOLD_ID, MEASURE.START_ON, MEASURE.ID)
                .fetch().forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MeasureSpan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return out;
    }

    /** Every workflow step, by episode, in date order. */
    public Map<Long, List<EpisodeStep>> steps() {
        Map<Long, List<EpisodeStep>> out = new HashMap<>();
        dsl.selectFrom(EPISODE_STEP).orderBy(EPISODE_STEP.EPISODE_ID, EPISODE_STEP.STEP_ON, EPISODE_STEP.ID)
                .fetchInto(EpisodeStep.class).forEach(st -> out.computeIfAbsent(st.episodeId(), k -> new ArrayList<>())
                        .add(st));
        return out;
    }

    /** Every snapshot (at identification, after elimination), by episode. */
    public Map<Long, List<EpisodeSnapshot>> snapshots() {
        Map<Long, List<EpisodeSnapshot>> out = new HashMap<>();
        dsl.selectFrom(EPISODE_SNAPSHOT).fetchInto(EpisodeSnapshot.class)
                .forEach(sn -> out.computeIfAbsent(sn.episodeId(), k -> new ArrayList<>()).add(sn));
        return out;
    }

    // -- the funds forms

    /**
     * One fund's account (of one project, or of none) summed over the entries dated before a month and over those
     * dated within it (a 冲销 counts in the month it is dated in, with its negated amounts).
     */
    public record MoneySum(long fundId, String account, Long projectId, long beforeFen, long inMonthFen) {

        /** The balance at the month's end. */
        public long byEndFen() {
            return beforeFen + inMonthFen;
        }
    }

    /** Every fund's accounts by project, summed before {@code from} and from {@code from} to {@code to}. */
    public List<MoneySum> moneyBy(LocalDate from, LocalDate to) {
        var before = DSL.sum(DSL.when(JOURNAL_ENTRY.ENTRY_ON.lt(from), POSTING.AMOUNT_FEN).otherwise(0L));
        var within = DSL.sum(DSL.when(JOURNAL_ENTRY.ENTRY_ON.ge(from), POSTING.AMOUNT_FEN).otherwise(0L));
        return dsl.select(POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID, before, within)
                .from(POSTING).join(JOURNAL_ENTRY).on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
                .where(JOURNAL_ENTRY.ENTRY_ON.le(to))
                .groupBy(POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID)
                .orderBy(POSTING.FUND_ID, POSTING.ACCOUNT, POSTING.PROJECT_ID)
                .fetch(r -> new MoneySum(r.value1(), r.value2(), r.value3(), fen(r.value4()), fen(r.value5())));
    }

    /**
     * Money paid out by one entry: its postings on 收款方 or 农户 summed by fund, project and payee (a 发放到户
     * roster is one line, with its number of postings). {@code reversedMemo}: for a 冲销, the memo of the entry it
     * reverses.
     */
    public record PaymentLine(long entryId, LocalDate entryOn, String kind, String voucherNo, String memo,
            Long reversesId, String reversedMemo, long fundId, Long projectId, String account, String payee,
            int postings, long amountFen) {
    }

    /** The payment lines of the entries dated from {@code from} to {@code to}, in date and entry order. */
    public List<PaymentLine> payments(LocalDate from, LocalDate to) {
        var reversed = JOURNAL_ENTRY.as("reversed");
        return dsl.select(JOURNAL_ENTRY.ID, JOURNAL_ENTRY.ENTRY_ON, JOURNAL_ENTRY.KIND, JOURNAL_ENTRY.VOUCHER_NO,
                        JOURNAL_ENTRY.MEMO, JOURNAL_ENTRY.REVERSES_ID, reversed.MEMO, POSTING.FUND_ID,
                        POSTING.PROJECT_ID, POSTING.ACCOUNT, POSTING.PAYEE, DSL.count(), DSL.sum(POSTING.AMOUNT_FEN))
                .from(POSTING).join(JOURNAL_ENTRY).on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
                .leftJoin(reversed).on(reversed.ID.eq(JOURNAL_ENTRY.REVERSES_ID))
                .where(POSTING.ACCOUNT.in("收款方", "农户"), JOURNAL_ENTRY.ENTRY_ON.between(from, to))
                .groupBy(JOURNAL_ENTRY.ID, POSTING.FUND_ID, POSTING.PROJECT_ID, POSTING.ACCOUNT, POSTING.PAYEE)
                .orderBy(JOURNAL_ENTRY.ENTRY_ON, JOURNAL_ENTRY.ID, DSL.min(POSTING.ID))
                .fetch(r -> new PaymentLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), fen(r.value13())));
    }

    /**
     * One 农户 posting: the household, who received it (the member the roster named, else the household's head;
     * {@code receiverNamed} false then), the receiver's ID number (as recorded when not a valid one) and the
     * 一卡通 account it was paid to.
     */
    public record HouseholdPayment(long postingId, long entryId, LocalDate entryOn, String kind, String voucherNo,
            String memo, String reversedMemo, long fundId, Long projectId, String village, String householdNo,
            String headName, String receiver, String receiverId, boolean receiverNamed, String bankAccount,
            long amountFen) {
    }

    /** The 农户 postings of the entries dated from {@code from} to {@code to}, by village, 户编号, date, posting. */
    public List<HouseholdPayment> householdPayments(LocalDate from, LocalDate to) {
        var reversed = JOURNAL_ENTRY.as("reversed");
        var head = MEMBER.as("head");
        var who = MEMBER.as("who");
        Field<Long> headId = DSL.field(DSL.select(head.ID).from(head)
                .where(head.HOUSEHOLD_ID.eq(POSTING.HOUSEHOLD_ID), head.RELATION.eq("户主"), head.LEFT_ON.isNull())
                .orderBy(head.ID).limit(1));
        return dsl.select(POSTING.ID, JOURNAL_ENTRY.ID, JOURNAL_ENTRY.ENTRY_ON, JOURNAL_ENTRY.KIND,
                        JOURNAL_ENTRY.VOUCHER_NO, JOURNAL_ENTRY.MEMO, reversed.MEMO, POSTING.FUND_ID,
                        POSTING.PROJECT_ID, VILLAGE.NAME, HOUSEHOLD.HOUSEHOLD_NO, HOUSEHOLD_SUMMARY.HEAD_NAME,
                        who.NAME, DSL.coalesce(who.ID_NUMBER, who.ID_NUMBER_RAW), POSTING.MEMBER_ID,
                        POSTING.BANK_ACCOUNT, POSTING.AMOUNT_FEN)
                .from(POSTING).join(JOURNAL_ENTRY).on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
                .leftJoin(reversed).on(reversed.ID.eq(JOURNAL_ENTRY.REVERSES_ID))
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(POSTING.HOUSEHOLD_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .leftJoin(who).on(who.ID.eq(DSL.coalesce(POSTING.MEMBER_ID, headId)))
                .where(POSTING.ACCOUNT.eq("农户"), JOURNAL_ENTRY.ENTRY_ON.between(from, to))
                .orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME, HOUSEHOLD.HOUSEHOLD_NO, JOURNAL_ENTRY.ENTRY_ON, POSTING.ID)
                .fetch(r -> new HouseholdPayment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15() != null, r.value16(), r.value17()));
    }

    private static long fen(Number n) {
        return n == null ? 0 : n.longValue();
    }
}
