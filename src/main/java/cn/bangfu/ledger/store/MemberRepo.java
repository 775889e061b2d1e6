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

    /**
     * Every current member (not left) of the given households. Read straight from JDBC by position: an import
     * compares against 100,000 members, and jOOQ's record machinery took over a second for them.
     */
    public List<Member> currentOf(java.util.Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return byPosition(MEMBER.HOUSEHOLD_ID.in(householdIds).and(MEMBER.LEFT_ON.isNull()), householdIds.size() * 3);
    }

    /**
     * The members that meet the condition, by id, read straight from JDBC by position (what {@link #currentOf}
     * reads; {@code MemberByPositionTest} proves every field against the ordinary read).
     */
    List<Member> byPosition(org.jooq.Condition where, int expected) {
        var query = dsl.select(MEMBER_COLUMNS).from(MEMBER).where(where).orderBy(MEMBER.ID);
        List<Member> out = new java.util.ArrayList<>(expected);
        try (java.sql.ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                out.add(new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), date(rs.getString(9)), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), longOrNull(rs, 17), boolOrNull(rs, 18), boolOrNull(rs, 19), boolOrNull(rs, 20),
                        rs.getString(21), rs.getString(22), rs.getString(23), longOrNull(rs, 24), rs.getString(25),
                        rs.getString(26), date(rs.getString(27)), rs.getString(28)));
            }
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("读取成员失败", e);
        }
        return out;
    }

    /** The columns {@link #currentOf} reads, in the order of {@link Member}'s components. */
    private static final org.jooq.SelectField<?>[] MEMBER_COLUMNS = {MEMBER.ID, MEMBER.HOUSEHOLD_ID, MEMBER.NAME,
        MEMBER.ID_TYPE, MEMBER.ID_NUMBER, MEMBER.ID_NUMBER_RAW, MEMBER.ID_FLAG, MEMBER.GENDER, MEMBER.BIRTH_DATE,
        MEMBER.ETHNICITY, MEMBER.RELATION, MEMBER.EDUCATION, MEMBER.SCHOOL_STATUS, MEMBER.HEALTH, MEMBER.LABOUR_SKILL,
        MEMBER.WORK_STATUS, MEMBER.WORK_MONTHS, MEMBER.MEDICAL_INSURANCE, MEMBER.SERIOUS_ILLNESS_INSURANCE,
        MEMBER.PENSION_INSURANCE, MEMBER.DIBAO, MEMBER.TEKUN, MEMBER.PUBLIC_POST, MEMBER.PUBLIC_POST_MONTHS,
        MEMBER.PHONE, MEMBER.PERSON_NO, MEMBER.LEFT_ON, MEMBER.LEFT_REASON};

    private static final cn.bangfu.ledger.store.convert.IsoDateConverter DATES =
            new cn.bangfu.ledger.store.convert.IsoDateConverter();

    private static java.time.LocalDate date(String iso) {
        return iso == null ? null : DATES.from(iso);
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean boolOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v != 0;
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

    /** Whether some member's row lacks search initials (written by an older version or by hand). */
    boolean initialsMissing() {
        return dsl.fetchExists(MEMBER, MEMBER.NAME_INITIALS.isNull());
    }

    /**
     * Fills the search initials of rows that lack them, each an audited update of the member (its household's
     * history leaves the derived column out); refuses outside {@link Ledger#write}.
     *
     * @return how many members were filled
     */
    int fillMissingInitials() {
        Auditor auditor = audited();
        int n = 0;
        for (MemberRecord r : dsl.selectFrom(MEMBER).where(MEMBER.NAME_INITIALS.isNull()).orderBy(MEMBER.ID).fetch()) {
            r.setNameInitials(PinyinIndex.initials(r.getName()));
            if (auditor.update(r, r.getHouseholdId())) {
                n++;
            }
        }
        return n;
    }

    /** Every member's id data, for the ledger check. */
    public List<Member> all() {
        return dsl.selectFrom(MEMBER).orderBy(MEMBER.ID).fetchInto(Member.class);
    }
}
