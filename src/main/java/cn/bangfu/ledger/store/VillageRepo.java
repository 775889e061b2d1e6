package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE_GROUP;

import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Villages and their groups. */
public final class VillageRepo extends Repo {

    VillageRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public List<Village> list() {
        return dsl.selectFrom(VILLAGE).orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME).fetchInto(Village.class);
    }

    public Optional<Village> byName(String name) {
        return dsl.selectFrom(VILLAGE).where(VILLAGE.NAME.eq(name)).fetchOptionalInto(Village.class);
    }

    public long count() {
        return dsl.fetchCount(VILLAGE);
    }

    /** Adds a village; returns its id. */
    public long add(Village village) {
        return audited().insert(dsl.newRecord(VILLAGE, village), null).getId();
    }

    /** Adds a group (自然村/村民小组) to a village; returns its id. */
    public long addGroup(VillageGroup group) {
        return audited().insert(dsl.newRecord(VILLAGE_GROUP, group), null).getId();
    }

    public List<VillageGroup> groups(long villageId) {
        return dsl.selectFrom(VILLAGE_GROUP).where(VILLAGE_GROUP.VILLAGE_ID.eq(villageId))
                .orderBy(VILLAGE_GROUP.NAME).fetchInto(VillageGroup.class);
    }

    /** Every group of every village. */
    public List<VillageGroup> allGroups() {
        return dsl.selectFrom(cn.bangfu.ledger.store.jooq.Tables.VILLAGE_GROUP)
                .orderBy(cn.bangfu.ledger.store.jooq.Tables.VILLAGE_GROUP.ID).fetchInto(VillageGroup.class);
    }
}
