package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;

import cn.bangfu.ledger.model.Member;
import java.util.List;
import org.jooq.DSLContext;

/** Members of households. */
public final class MemberRepo extends Repo {

    MemberRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    /** Members who have not left. */
    public long countCurrent() {
        return dsl.fetchCount(MEMBER, MEMBER.LEFT_ON.isNull());
    }

    public List<Member> ofHousehold(long householdId) {
        return dsl.selectFrom(MEMBER).where(MEMBER.HOUSEHOLD_ID.eq(householdId)).orderBy(MEMBER.ID)
                .fetchInto(Member.class);
    }

    /** Adds a member; returns its id. */
    public long add(Member member) {
        return audited().insert(dsl.newRecord(MEMBER, member), member.householdId()).getId();
    }

    /** Every member's id data, for the ledger check. */
    public List<Member> all() {
        return dsl.selectFrom(MEMBER).orderBy(MEMBER.ID).fetchInto(Member.class);
    }
}
