package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.DIBAO_GRADE;

import cn.bangfu.ledger.model.DibaoGrade;
import java.util.List;
import org.jooq.DSLContext;

/** The 低保 grade table (year, grade, monthly amount, document number). */
public final class DibaoGradeRepo extends Repo {

    DibaoGradeRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public List<DibaoGrade> list() {
        return dsl.selectFrom(DIBAO_GRADE).orderBy(DIBAO_GRADE.YEAR.desc(), DIBAO_GRADE.GRADE)
                .fetchInto(DibaoGrade.class);
    }

    /** Sets a year's grade (audited insert or update). */
    public void put(DibaoGrade grade) {
        var existing = dsl.selectFrom(DIBAO_GRADE)
                .where(DIBAO_GRADE.YEAR.eq((long) grade.year()), DIBAO_GRADE.GRADE.eq(grade.grade())).fetchOne();
        var wanted = dsl.newRecord(DIBAO_GRADE, grade);
        if (existing == null) {
            audited().insert(wanted, null);
        } else {
            updateFrom(existing, wanted, null);
        }
    }

    /** Removes a row entered by mistake (audited, with its full content). */
    public void delete(int year, String grade) {
        var existing = dsl.selectFrom(DIBAO_GRADE)
                .where(DIBAO_GRADE.YEAR.eq((long) year), DIBAO_GRADE.GRADE.eq(grade)).fetchOne();
        if (existing != null) {
            audited().delete(existing, null);
        }
    }
}
