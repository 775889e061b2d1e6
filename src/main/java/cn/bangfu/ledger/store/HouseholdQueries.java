package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;

import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdPage;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.MemberMatch;
import cn.bangfu.ledger.store.jooq.tables.Episode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;

/** The household list: search, filters and sorting, all in SQL, so a county's worth of people stays fast. */
public final class HouseholdQueries {

    private final DSLContext dsl;

    HouseholdQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The matching households, sorted, the page of at most {@code filter.limit()} from {@code filter.offset()} on,
     * with the exact total. For a text search, each row of the page says which member (other than the head)
     * matched.
     */
    public HouseholdPage search(HouseholdFilter filter, Collection<String> developmentalFamilies) {
        Episode latest = EPISODE.as("latest");
        Field<Long> latestId = select(max(EPISODE.ID)).from(EPISODE).where(EPISODE.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .asField();
        // in the order the risks were recorded (SQLite ≥ 3.44 orders inside group_concat)
        Field<String> risks = field("(select group_concat(r.risk, '、' order by r.position) from episode_risk r"
                + " where r.episode_id = {0} and {1} = 0)", String.class, latest.ID, latest.ELIMINATED).as("risks");
        Condition where = conditions(filter, latest, developmentalFamilies)
                .and(HOUSEHOLD.ID.eq(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID));

        // The summary is the outer loop (SQLite keeps the left side of a CROSS JOIN outside): one scan of
        // the search text, then lookups by key. The latest episode is joined for the count only when a
        // filter needs it.
        var base = HOUSEHOLD_SUMMARY.crossJoin(HOUSEHOLD);
        var from = base.join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(latest).on(latest.ID.eq(latestId));
        boolean needsEpisode = filter.category() != null || filter.eliminated() != null || filter.risk() != null
                || filter.noDevelopmentMeasure();
        long total = dsl.selectCount()
                .from(needsEpisode ? base.leftJoin(latest).on(latest.ID.eq(latestId)) : base)
                .where(where).fetchOne(0, Long.class);
        List<HouseholdRow> rows = dsl.select(HOUSEHOLD.ID, HOUSEHOLD.HOUSEHOLD_NO, VILLAGE.NAME, HOUSEHOLD_SUMMARY.HEAD_NAME,
                        HOUSEHOLD_SUMMARY.PERSONS,
                        HOUSEHOLD.HOUSEHOLD_TYPE, latest.CATEGORY, latest.ELIMINATED, risks, HOUSEHOLD.PHONE,
                        HOUSEHOLD.CHANGED_AT)
                .from(from)
                .where(where)
                .orderBy(order(filter, latest))
                .limit(filter.limit())
                .offset(filter.offset())
                .fetch(r -> new HouseholdRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value7() != null && Boolean.FALSE.equals(r.value8()), r.value9(), r.value10(),
                        r.value11()));
        return new HouseholdPage(withMatches(rows, filter.text()), total);
    }

    /**
     * For the page's rows only (one query by household id), the member through whom each household matched the
     * text: the current head first (then nothing is added: the row shows the head), else the first other member
     * whose name, initials, ID number or phone holds the text. A match through the 户编号 or phone adds nothing.
     */
    private List<HouseholdRow> withMatches(List<HouseholdRow> rows, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        String like = "%" + escape(t.toLowerCase(Locale.ROOT)) + "%";
        Map<Long, MemberMatch> matches = new HashMap<>();
        Condition isHead = MEMBER.RELATION.eq("户主").and(MEMBER.LEFT_ON.isNull());
        dsl.select(MEMBER.HOUSEHOLD_ID, MEMBER.NAME, MEMBER.RELATION, MEMBER.LEFT_ON, field(isHead))
                .from(MEMBER)
                .where(MEMBER.HOUSEHOLD_ID.in(rows.stream().map(HouseholdRow::id).toList()))
                .and(MEMBER.NAME.like(like, '\\').or(MEMBER.NAME_INITIALS.like(like, '\\'))
                        .or(MEMBER.ID_NUMBER.like(like, '\\')).or(MEMBER.PHONE.like(like, '\\')))
                .orderBy(MEMBER.HOUSEHOLD_ID, field(isHead).desc(), field(MEMBER.LEFT_ON.isNotNull()).asc(),
                        MEMBER.ID.asc())
                .fetch().forEach(r -> matches.putIfAbsent(r.value1(), Boolean.TRUE.equals(r.value5()) ? HEAD_MATCHED
                        : new MemberMatch(r.value2(), r.value3(), r.value4() != null)));
        List<HouseholdRow> out = new ArrayList<>(rows.size());
        for (HouseholdRow r : rows) {
            MemberMatch m = matches.get(r.id());
            out.add(m == null || m == HEAD_MATCHED ? r : r.withMatch(m));
        }
        return out;
    }

    /** Marks a household whose head matched (nothing to add to its row). */
    private static final MemberMatch HEAD_MATCHED = new MemberMatch("", null, false);

    private static Condition conditions(HouseholdFilter f, Episode latest, Collection<String> developmental) {
        Condition c = noCondition();
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            String like = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
            // one scan of the per-household search text (SQLite's LIKE ignores ASCII case: x finds X)
            c = c.and(HOUSEHOLD_SUMMARY.SEARCH_TEXT.like(like, '\\'));
        }
        if (f.villageId() != null) {
            c = c.and(HOUSEHOLD.VILLAGE_ID.eq(f.villageId()));
        }
        if (f.householdType() != null) {
            c = c.and(HOUSEHOLD.HOUSEHOLD_TYPE.eq(f.householdType()));
        }
        if (f.category() != null) {
            c = c.and(latest.CATEGORY.eq(f.category()));
        }
        if (f.eliminated() != null) {
            c = c.and(latest.ELIMINATED.eq(f.eliminated()));
        }
        if (f.risk() != null) {
            c = c.and(latest.ELIMINATED.isFalse()).and(exists(select(inline(1)).from(EPISODE_RISK)
                    .where(EPISODE_RISK.EPISODE_ID.eq(latest.ID), EPISODE_RISK.RISK.eq(f.risk()))));
        }
        if (f.measureFamily() != null) {
            c = c.and(exists(select(inline(1)).from(MEASURE).where(MEASURE.HOUSEHOLD_ID.eq(HOUSEHOLD.ID),
                    MEASURE.FAMILY.eq(f.measureFamily()))));
        }
        if (f.noDevelopmentMeasure()) {
            YearMonth lastEligible = YearMonth.from(f.today()).minusMonths(1);
            Field<String> identifiedStart = field("{0} || '-01'", String.class, latest.IDENTIFIED_MONTH.coerce(String.class));
            c = c.and(latest.ELIMINATED.isFalse())
                    .and(latest.IDENTIFIED_MONTH.le(lastEligible))
                    .and(HOUSEHOLD.NO_LABOUR_CAPACITY.isFalse())
                    .and(not(exists(select(inline(1)).from(MEASURE).where(MEASURE.HOUSEHOLD_ID.eq(HOUSEHOLD.ID),
                            MEASURE.FAMILY.in(developmental),
                            MEASURE.START_ON.coerce(String.class).ge(identifiedStart),
                            MEASURE.START_ON.le(f.today())))));
        }
        return c;
    }

    private static List<SortField<?>> order(HouseholdFilter f, Episode latest) {
        Field<?> key = switch (f.sort()) {
            case HOUSEHOLD_NO -> HOUSEHOLD.HOUSEHOLD_NO;
            case VILLAGE -> VILLAGE.SORT_ORDER;
            case HEAD -> coalesce(HOUSEHOLD_SUMMARY.HEAD_INITIALS, inline("~"));
            case PERSONS -> HOUSEHOLD_SUMMARY.PERSONS;
            case TYPE -> HOUSEHOLD.HOUSEHOLD_TYPE;
            case CATEGORY -> coalesce(latest.CATEGORY, inline("~"));
            case CHANGED -> coalesce(HOUSEHOLD.CHANGED_AT, inline(""));
        };
        SortField<?> first = f.descending() ? key.desc() : key.asc();
        return List.of(first, HOUSEHOLD.HOUSEHOLD_NO.asc());
    }

    /** LIKE wildcards typed by the clerk are searched for literally. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
