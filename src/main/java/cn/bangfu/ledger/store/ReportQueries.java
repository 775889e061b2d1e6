package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_SNAPSHOT;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_STEP;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
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

/**
 * What the month's report forms read: the dated facts (episodes with their eliminations, members with the day they
 * left, measures with their spans) from which a form computes the state at any month's end. A few bulk queries;
 * the forms do the month arithmetic in logic.
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
}
