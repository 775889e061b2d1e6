package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.JOURNAL_ENTRY;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.POSTING;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What a 发放到户 roster reads: the members who can receive money (matched by ID number or name), the measures a
 * roster is built from, each member's last 一卡通 account, and what a fund already paid a household in a month.
 */
public final class PaymentQueries {

    private final DSLContext dsl;

    PaymentQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A current member as a roster line is matched to: who, which household, which village. */
    public record Payee(long memberId, long householdId, String name, String idNumber, String householdNo,
            String village, String headName, boolean head) {
    }

    /** Every current member (not left) of every household, in household order. */
    public List<Payee> payees() {
        return dsl.select(MEMBER.ID, MEMBER.HOUSEHOLD_ID, MEMBER.NAME, MEMBER.ID_NUMBER, HOUSEHOLD.HOUSEHOLD_NO,
                        VILLAGE.NAME, HOUSEHOLD_SUMMARY.HEAD_NAME, MEMBER.RELATION)
                .from(MEMBER).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEMBER.HOUSEHOLD_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(MEMBER.LEFT_ON.isNull())
                .orderBy(HOUSEHOLD.HOUSEHOLD_NO, MEMBER.ID)
                .fetch(r -> new Payee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), "户主".equals(r.value8())));
    }

    /** A measure with an amount that a roster may pay: its household, its member (null: the household), its span. */
    public record PayableMeasure(long measureId, long householdId, Long memberId, String family, String detail,
            LocalDate startOn, LocalDate endOn, long amountFen, Long fundId) {
    }

    /**
     * The measures of a family with an amount above zero that run at some time between {@code from} and
     * {@code to} (both inclusive), in household order.
     */
    public List<PayableMeasure> measures(String family, LocalDate from, LocalDate to) {
        return dsl.select(MEASURE.ID, MEASURE.HOUSEHOLD_ID, MEASURE.MEMBER_ID, MEASURE.FAMILY, MEASURE.DETAIL,
                        MEASURE.START_ON, MEASURE.END_ON, MEASURE.AMOUNT, MEASURE.FUND_ID)
                .from(MEASURE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEASURE.HOUSEHOLD_ID))
                .where(MEASURE.FAMILY.eq(family), MEASURE.AMOUNT.gt(0L), MEASURE.START_ON.le(to),
                        MEASURE.END_ON.isNull().or(MEASURE.END_ON.ge(from)))
                .orderBy(HOUSEHOLD.HOUSEHOLD_NO, MEASURE.ID)
                .fetch(r -> new PayableMeasure(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(),
                        r.value8(), r.value9()));
    }

    /** The 一卡通 account each member last received money on (member id → account). */
    public Map<Long, String> lastBankAccounts() {
        Map<Long, String> out = new HashMap<>();
        dsl.select(POSTING.MEMBER_ID, POSTING.BANK_ACCOUNT).from(POSTING)
                .where(POSTING.MEMBER_ID.isNotNull(), POSTING.BANK_ACCOUNT.isNotNull())
                .orderBy(POSTING.ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** What a fund paid each household in entries dated between {@code from} and {@code to}, net of reversals. */
    public Map<Long, Long> paidToHouseholds(long fundId, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(POSTING.HOUSEHOLD_ID, DSL.sum(POSTING.AMOUNT_FEN)).from(POSTING)
                .join(JOURNAL_ENTRY).on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
                .where(POSTING.FUND_ID.eq(fundId), POSTING.ACCOUNT.eq("农户"),
                        JOURNAL_ENTRY.ENTRY_ON.between(from, to))
                .groupBy(POSTING.HOUSEHOLD_ID)
                .forEach(r -> {
                    long sum = r.value2() == null ? 0 : r.value2().longValue();
                    if (sum != 0) {
                        out.put(r.value1(), sum);
                    }
                });
        return out;
    }
}
