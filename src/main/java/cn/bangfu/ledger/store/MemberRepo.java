package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;

import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.store.jooq.tables.records.MemberRecord;
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
        MemberRecord rec = dsl.newRecord(MEMBER, member);
        rec.setNameInitials(PinyinIndex.initials(member.name()));
        return audited().insert(rec, member.householdId()).getId();
    }

    /** Adds many members in one batch (each audited). */
    public void addAll(List<Member> members) {
        List<MemberRecord> records = members.stream().map(MemberRepo::newRecord).toList();
        if (records.isEmpty()) {
            return;
        }
        // the per-row summary trigger stands aside; each touched household's summary is refreshed once below
        audited();
        dsl.execute("INSERT OR IGNORE INTO bulk_write (active) VALUES (1)");
        audited().insertAll(records, MemberRecord::getHouseholdId);
        dsl.execute("DELETE FROM bulk_write");
        dsl.execute("""
                UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
                    (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
                     WHERE s.household_id = household_summary.household_id)
                WHERE household_id IN (SELECT household_id FROM member WHERE id >= ?)""", records.getFirst().getId());
    }

    /** Every current member (not left) of the given households. */
    public List<Member> currentOf(java.util.Collection<Long> householdIds) {
        return dsl.selectFrom(MEMBER).where(MEMBER.HOUSEHOLD_ID.in(householdIds), MEMBER.LEFT_ON.isNull())
                .orderBy(MEMBER.ID).fetch(MemberRepo::member);
    }

    /**
     * A new member's row built field by field: the import adds 100,000 of them, and jOOQ's reflective
     * {@code newRecord(MEMBER, member)} cost more than the insert itself. Every field is written by
     * {@link Auditor#insertAll}, nulls included.
     */
    private static MemberRecord newRecord(Member m) {
        return new MemberRecord(m.id(), m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(),
                m.idFlag(), m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(),
                m.health(), m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(),
                m.seriousIllnessInsurance(), m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(),
                m.publicPostMonths(), m.phone(), m.personNo(), m.leftOn(), m.leftReason(),
                PinyinIndex.initials(m.name()));
    }

    /** A member from its row without reflection (the import reads 100,000 of them). */
    private static Member member(MemberRecord r) {
        return new Member(r.getId(), r.getHouseholdId(), r.getName(), r.getIdType(), r.getIdNumber(),
                r.getIdNumberRaw(), r.getIdFlag(), r.getGender(), r.getBirthDate(), r.getEthnicity(), r.getRelation(),
                r.getEducation(), r.getSchoolStatus(), r.getHealth(), r.getLabourSkill(), r.getWorkStatus(),
                r.getWorkMonths(), r.getMedicalInsurance(), r.getSeriousIllnessInsurance(), r.getPensionInsurance(),
                r.getDibao(), r.getTekun(), r.getPublicPost(), r.getPublicPostMonths(), r.getPhone(), r.getPersonNo(),
                r.getLeftOn(), r.getLeftReason());
    }

    /** Current holders of ID numbers: normalised ID → {member id, household id}. */
    public java.util.Map<String, long[]> currentIdMembers() {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        dsl.select(MEMBER.ID_NUMBER, MEMBER.ID, MEMBER.HOUSEHOLD_ID).from(MEMBER)
                .where(MEMBER.ID_NUMBER.isNotNull(), MEMBER.LEFT_ON.isNull())
                .forEach(r -> out.put(r.value1(), new long[] {r.value2(), r.value3()}));
        return out;
    }

    /** Writes a member's changed fields (audited, old and new); returns false when nothing changed. */
    public boolean update(Member member) {
        MemberRecord rec = dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(member.id())).fetchSingle();
        MemberRecord wanted = dsl.newRecord(MEMBER, member);
        wanted.setNameInitials(PinyinIndex.initials(member.name()));
        return updateFrom(rec, wanted, member.householdId());
    }

    public java.util.Optional<Member> get(long id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptionalInto(Member.class);
    }

    /**
     * Who currently holds an ID number, other than the given member: "户编号 … 姓名", or empty. For the rule
     * that one person belongs to one household.
     */
    public java.util.Optional<String> holderOf(String idNumber, Long exceptMemberId) {
        var q = dsl.select(HOUSEHOLD.HOUSEHOLD_NO, MEMBER.NAME).from(MEMBER).join(HOUSEHOLD)
                .on(HOUSEHOLD.ID.eq(MEMBER.HOUSEHOLD_ID))
                .where(MEMBER.ID_NUMBER.eq(idNumber), MEMBER.LEFT_ON.isNull());
        if (exceptMemberId != null) {
            q = q.and(MEMBER.ID.ne(exceptMemberId));
        }
        return q.limit(1).fetchOptional(r -> "户编号 " + r.value1() + " " + r.value2());
    }

    /** The pinyin initials the search index holds for a member. */
    public String initialsOf(long memberId) {
        return dsl.select(MEMBER.NAME_INITIALS).from(MEMBER).where(MEMBER.ID.eq(memberId)).fetchOne(MEMBER.NAME_INITIALS);
    }

    /** Fills the search initials of rows that lack them (written by an older version or by hand). */
    int fillMissingInitials() {
        int n = 0;
        for (var r : dsl.select(MEMBER.ID, MEMBER.NAME).from(MEMBER).where(MEMBER.NAME_INITIALS.isNull()).fetch()) {
            String initials = PinyinIndex.initials(r.value2());
            if (initials != null) {
                n += dsl.update(MEMBER).set(MEMBER.NAME_INITIALS, initials).where(MEMBER.ID.eq(r.value1())).execute();
            }
        }
        return n;
    }

    /** Every member's id data, for the ledger check. */
    public List<Member> all() {
        return dsl.selectFrom(MEMBER).orderBy(MEMBER.ID).fetchInto(Member.class);
    }
}
