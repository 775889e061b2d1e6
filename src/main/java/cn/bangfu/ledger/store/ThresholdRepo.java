package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.THRESHOLD;

import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.store.jooq.tables.records.ThresholdRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The monitoring threshold table (year, area, amount, document number). */
public final class ThresholdRepo extends Repo {

    ThresholdRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public List<Threshold> list() {
        return dsl.selectFrom(THRESHOLD).orderBy(THRESHOLD.YEAR.desc(), THRESHOLD.AREA).fetchInto(Threshold.class);
    }

    public Optional<Threshold> get(int year, String area) {
        return dsl.selectFrom(THRESHOLD).where(THRESHOLD.YEAR.eq((long) year), THRESHOLD.AREA.eq(area))
                .fetchOptionalInto(Threshold.class);
    }

    /** Removes a row entered by mistake (audited, with its full content). */
    public void delete(int year, String area) {
        ThresholdRecord existing = dsl.selectFrom(THRESHOLD)
                .where(THRESHOLD.YEAR.eq((long) year), THRESHOLD.AREA.eq(area)).fetchOne();
        if (existing != null) {
            audited().delete(existing, null);
        }
    }

    /** Every threshold of a year, for choosing the one of a household's area. */
    public List<Threshold> ofYear(int year) {
        return dsl.selectFrom(THRESHOLD).where(THRESHOLD.YEAR.eq((long) year)).orderBy(THRESHOLD.AREA)
                .fetchInto(Threshold.class);
    }

    /** Sets the threshold of a year and area (audited insert or update). */
    public void put(Threshold threshold) {
        ThresholdRecord existing = dsl.selectFrom(THRESHOLD)
                .where(THRESHOLD.YEAR.eq((long) threshold.year()), THRESHOLD.AREA.eq(threshold.area())).fetchOne();
        ThresholdRecord wanted = dsl.newRecord(THRESHOLD, threshold);
        if (existing == null) {
            audited().insert(wanted, null);
        } else {
            updateFrom(existing, wanted, null);
        }
    }
}
