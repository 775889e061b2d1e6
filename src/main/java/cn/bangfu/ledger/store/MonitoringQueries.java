package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_STEP;
import static cn.bangfu.ledger.store.jooq.Tables.GUARANTEE_CHECK;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.INCOME_YEAR;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeListing;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.VillageCategory;
import cn.bangfu.ledger.model.VillageTotals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** What the monitoring dashboard and work queues read: counts in SQL, open cases in a few bulk queries. */
public final class MonitoringQueries {

    private final DSLContext dsl;

    MonitoringQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open episodes by village and category (villages in their order, categories in code-list order). */
    public List<VillageCategory> openByVillageAndCategory() {
        return dsl.select(VILLAGE.NAME, EPISODE.CATEGORY, count())
                .from(EPISODE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(EPISODE.HOUSEHOLD_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .where(EPISODE.ELIMINATED.isFalse())
                .groupBy(VILLAGE.ID, VILLAGE.NAME, EPISODE.CATEGORY)
                .orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME, EPISODE.CATEGORY)
                .fetch(r -> new VillageCategory(r.value1(), r.value2(), r.value3()));
    }

    /** Every village with its households, open and eliminated episodes. */
    public List<VillageTotals> villageTotals() {
        Field<Integer> households = field(select(count()).from(HOUSEHOLD).where(HOUSEHOLD.VILLAGE_ID.eq(VILLAGE.ID)));
        Field<Integer> open = field(select(count()).from(EPISODE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(EPISODE.HOUSEHOLD_ID))
                .where(HOUSEHOLD.VILLAGE_ID.eq(VILLAGE.ID), EPISODE.ELIMINATED.isFalse()));
        Field<Integer> eliminated = field(select(count()).from(EPISODE).join(HOUSEHOLD)
                .on(HOUSEHOLD.ID.eq(EPISODE.HOUSEHOLD_ID))
                .where(HOUSEHOLD.VILLAGE_ID.eq(VILLAGE.ID), EPISODE.ELIMINATED.isTrue()));
        return dsl.select(VILLAGE.NAME, households, open, eliminated).from(VILLAGE)
                .orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME)
                .fetch(r -> new VillageTotals(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Open episodes by risk. */
    public Map<String, Long> openByRisk() {
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.select(EPISODE_RISK.RISK, count()).from(EPISODE_RISK).join(EPISODE).on(EPISODE.ID.eq(EPISODE_RISK.EPISODE_ID))
                .where(EPISODE.ELIMINATED.isFalse()).groupBy(EPISODE_RISK.RISK).orderBy(count().desc())
                .fetch().forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /** Monitored households (open episode) with an active measure of each family on {@code today}. */
    public Map<String, Long> monitoredByActiveMeasureFamily(LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.select(MEASURE.FAMILY, countDistinct(MEASURE.HOUSEHOLD_ID)).from(MEASURE)
                .where(MEASURE.HOUSEHOLD_ID.in(select(EPISODE.HOUSEHOLD_ID).from(EPISODE)
                        .where(EPISODE.ELIMINATED.isFalse())),
                        MEASURE.START_ON.le(today), MEASURE.END_ON.isNull().or(MEASURE.END_ON.ge(today)))
                .groupBy(MEASURE.FAMILY).orderBy(countDistinct(MEASURE.HOUSEHOLD_ID).desc())
                .fetch().forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /** Every household with an open episode, with what the work queues need, loaded in bulk. */
    public List<OpenCase> openCases() {
        return cases(EPISODE.ELIMINATED.isFalse());
    }

    /**
     * One open episode with what the work queues need: the same queries as {@link #openCases()}, for this
     * episode alone. Empty when the episode is missing or its risk was eliminated.
     */
    public Optional<OpenCase> openCase(long episodeId) {
        return cases(EPISODE.ELIMINATED.isFalse().and(EPISODE.ID.eq(episodeId))).stream().findFirst();
    }

    /** The open cases of the episodes that meet a condition. */
    private List<OpenCase> cases(Condition open) {
        var openHouseholds = select(EPISODE.HOUSEHOLD_ID).from(EPISODE).where(open);
        List<Episode> episodes = dsl.selectFrom(EPISODE).where(open).orderBy(EPISODE.ID).fetchInto(Episode.class);
        Map<Long, Household> households = new HashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        dsl.select(HOUSEHOLD.asterisk(), VILLAGE.NAME, HOUSEHOLD_SUMMARY.HEAD_NAME).from(HOUSEHOLD)
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .join(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(HOUSEHOLD.ID.in(openHouseholds)).fetch().forEach(r -> {
                    Household h = r.into(HOUSEHOLD).into(Household.class);
                    households.put(h.id(), h);
                    names.put(h.id(), new String[] {r.get(VILLAGE.NAME), r.get(HOUSEHOLD_SUMMARY.HEAD_NAME)});
                });
        Map<Long, List<String>> risks = new HashMap<>();
        dsl.select(EPISODE_RISK.EPISODE_ID, EPISODE_RISK.RISK).from(EPISODE_RISK)
                .where(EPISODE_RISK.EPISODE_ID.in(select(EPISODE.ID).from(EPISODE).where(open)))
                .orderBy(EPISODE_RISK.EPISODE_ID, EPISODE_RISK.POSITION)
                .fetch().forEach(r -> risks.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<EpisodeStep>> steps = new HashMap<>();
        dsl.selectFrom(EPISODE_STEP).where(EPISODE_STEP.EPISODE_ID.in(select(EPISODE.ID).from(EPISODE).where(open)))
                .orderBy(EPISODE_STEP.STEP_ON, EPISODE_STEP.ID).fetchInto(EpisodeStep.class)
                .forEach(s -> steps.computeIfAbsent(s.episodeId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<Member>> members = new HashMap<>();
        dsl.selectFrom(MEMBER).where(MEMBER.HOUSEHOLD_ID.in(openHouseholds)).orderBy(MEMBER.ID)
                .fetchInto(Member.class)
                .forEach(m -> members.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m));
        Map<Long, List<Measure>> measures = new HashMap<>();
        dsl.selectFrom(MEASURE).where(MEASURE.HOUSEHOLD_ID.in(openHouseholds)).orderBy(MEASURE.START_ON, MEASURE.ID)
                .fetchInto(Measure.class)
                .forEach(m -> measures.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m));
        Map<Long, GuaranteeCheck> checks = new HashMap<>();
        dsl.selectFrom(GUARANTEE_CHECK).where(GUARANTEE_CHECK.HOUSEHOLD_ID.in(openHouseholds))
                .orderBy(GUARANTEE_CHECK.CHECKED_ON, GUARANTEE_CHECK.ID).fetchInto(GuaranteeCheck.class)
                .forEach(c -> checks.put(c.householdId(), c)); // the last one wins: the latest
        Map<Long, IncomeYear> incomes = new HashMap<>();
        dsl.selectFrom(INCOME_YEAR).where(INCOME_YEAR.HOUSEHOLD_ID.in(openHouseholds))
                .orderBy(INCOME_YEAR.YEAR).fetchInto(IncomeYear.class)
                .forEach(i -> incomes.put(i.householdId(), i));
        List<OpenCase> cases = new ArrayList<>();
        for (Episode e : episodes) {
            long hh = e.householdId();
            String[] n = names.getOrDefault(hh, new String[] {null, null});
            cases.add(new OpenCase(households.get(hh), n[0], n[1], e, risks.getOrDefault(e.id(), List.of()),
                    steps.getOrDefault(e.id(), List.of()), members.getOrDefault(hh, List.of()),
                    measures.getOrDefault(hh, List.of()), checks.get(hh), incomes.get(hh)));
        }
        return cases;
    }

    /** Episodes identified in a month (open or not), by village and 户编号: 本月新识别. */
    public List<EpisodeListing> identifiedIn(YearMonth month) {
        return listing(EPISODE.IDENTIFIED_MONTH.eq(month));
    }

    /** Episodes whose risk was eliminated in a month, by village and 户编号: 本月风险消除. */
    public List<EpisodeListing> eliminatedIn(YearMonth month) {
        return listing(EPISODE.ELIMINATED.isTrue().and(EPISODE.ELIMINATED_MONTH.eq(month)));
    }

    private List<EpisodeListing> listing(Condition where) {
        return dsl.select(EPISODE.fields()).select(HOUSEHOLD.HOUSEHOLD_NO, VILLAGE.NAME, HOUSEHOLD_SUMMARY.HEAD_NAME)
                .from(EPISODE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(EPISODE.HOUSEHOLD_ID))
                .join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(where).orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME, HOUSEHOLD.HOUSEHOLD_NO, EPISODE.ID)
                .fetch(r -> new EpisodeListing(r.into(EPISODE).into(Episode.class), r.get(HOUSEHOLD.HOUSEHOLD_NO),
                        r.get(VILLAGE.NAME), r.get(HOUSEHOLD_SUMMARY.HEAD_NAME)));
    }
}
