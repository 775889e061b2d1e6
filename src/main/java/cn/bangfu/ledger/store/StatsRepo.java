package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.CODE_LIST;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import cn.bangfu.ledger.model.LedgerStats;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Headline counts, computed in SQL. */
public final class StatsRepo {

    private final DSLContext dsl;

    StatsRepo(DSLContext dsl) {
        this.dsl = dsl;
    }

    public LedgerStats stats() {
        var latest = EPISODE.as("latest"); // a household's latest episode, as the household list reads it
        Map<String, Long> monitored = new LinkedHashMap<>();
        dsl.select(CODE_LIST.CODE).from(CODE_LIST).where(CODE_LIST.LIST.eq("monitor_category"))
                .orderBy(CODE_LIST.SORT_ORDER).fetch(CODE_LIST.CODE).forEach(c -> monitored.put(c, 0L));
        dsl.select(EPISODE.CATEGORY, count()).from(EPISODE).where(EPISODE.ELIMINATED.isFalse())
                .groupBy(EPISODE.CATEGORY)
                .fetch().forEach(r -> monitored.put(r.value1(), r.value2().longValue()));
        return new LedgerStats(
                dsl.fetchCount(VILLAGE),
                dsl.fetchCount(HOUSEHOLD),
                dsl.fetchCount(MEMBER, MEMBER.LEFT_ON.isNull()),
                monitored,
                dsl.fetchCount(EPISODE, EPISODE.ELIMINATED.isTrue()),
                dsl.fetchCount(EPISODE, EPISODE.ELIMINATED.isTrue(), EPISODE.ID.eq(
                        select(max(latest.ID)).from(latest).where(latest.HOUSEHOLD_ID.eq(EPISODE.HOUSEHOLD_ID)))),
                dsl.fetchCount(MEASURE));
    }
}
