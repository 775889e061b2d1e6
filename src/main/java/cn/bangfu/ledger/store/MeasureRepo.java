package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;

import cn.bangfu.ledger.model.Measure;
import java.util.List;
import org.jooq.DSLContext;

/** Assistance measures (一户一策). */
public final class MeasureRepo extends Repo {

    MeasureRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public long count() {
        return dsl.fetchCount(MEASURE);
    }

    public List<Measure> ofHousehold(long householdId) {
        return dsl.selectFrom(MEASURE).where(MEASURE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(MEASURE.START_ON, MEASURE.ID).fetchInto(Measure.class);
    }

    public java.util.Optional<Measure> get(long id) {
        return dsl.selectFrom(MEASURE).where(MEASURE.ID.eq(id)).fetchOptionalInto(Measure.class);
    }

    /** Writes a measure's changed fields (audited), e.g. its end date. */
    public boolean update(Measure measure) {
        var rec = dsl.selectFrom(MEASURE).where(MEASURE.ID.eq(measure.id())).fetchSingle();
        return updateFrom(rec, dsl.newRecord(MEASURE, measure), measure.householdId());
    }

    /** Adds a measure; returns its id. */
    public long add(Measure measure) {
        return audited().insert(dsl.newRecord(MEASURE, measure), measure.householdId()).getId();
    }
}
