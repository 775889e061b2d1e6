package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.BIRTH_DATE;
import static cn.bangfu.ledger.logic.rosters.RosterField.GENDER;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_NUMBER;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_TYPE;
import static cn.bangfu.ledger.logic.rosters.RosterField.NAME;
import static cn.bangfu.ledger.logic.rosters.RosterField.RELATION;

import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of a roster or push list, parsed ({@link RosterPlanner}): its values by field, its problems,
 * and whether an error rejected it. The raw cells are not kept (memory): the error workbook reads the
 * rejected rows from the file again.
 */
final class RosterRow {

    /** A valid ID as the file wrote it and in its normalised 18-character form. */
    record ParsedId(String raw, IdNumber id) {
    }

    final String sheet;
    final int rowNumber;
    final SheetHeader header;
    final Object[] values = new Object[RosterField.values().length];
    List<RowProblem> problems;
    boolean rejected;
    Map<RosterField, String> mappedHeader = Map.of();

    RosterRow(String sheet, int rowNumber, SheetHeader header) {
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.header = header;
    }

    @SuppressWarnings("unchecked")
    <T> T get(RosterField f) {
        return (T) values[f.ordinal()];
    }

    String text(RosterField f) {
        return (String) values[f.ordinal()];
    }

    void problem(RosterField field, String code, String message, boolean error) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        String column = field == null ? null : columnOf(field);
        problems.add(new RowProblem(sheet, rowNumber, column, code, message, error));
        rejected |= error;
    }

    String columnOf(RosterField field) {
        return mappedHeader.get(field);
    }

    /** Where the row is, as messages name it: "花名册 第12行". */
    String where() {
        return (sheet.isEmpty() ? "" : sheet + " ") + "第" + rowNumber + "行";
    }

    /** The person the row describes (household id 0 until placed); without a valid ID, keyed by the document. */
    Member member() {
        Object id = values[ID_NUMBER.ordinal()];
        String idNumber = id instanceof ParsedId p ? p.id().value() : null;
        String raw = id instanceof ParsedId p ? p.raw() : (String) id;
        String idType = text(ID_TYPE) == null ? "居民身份证" : text(ID_TYPE);
        String flag = idNumber == null && !"居民身份证".equals(idType) && !"残疾人证".equals(idType)
                ? "ID_OTHER_DOCUMENT" : null;
        String gender = get(GENDER);
        LocalDate birth = get(BIRTH_DATE);
        if (id instanceof ParsedId p) {
            gender = gender == null ? p.id().genderCode() : gender;
            birth = birth == null ? p.id().birthDate() : birth;
        }
        return new Member(null, 0, text(NAME), idType, idNumber, raw, flag, gender, birth,
                text(RosterField.ETHNICITY), text(RELATION), text(RosterField.EDUCATION),
                text(RosterField.SCHOOL_STATUS), text(RosterField.HEALTH), text(RosterField.LABOUR_SKILL),
                text(RosterField.WORK_STATUS), get(RosterField.WORK_MONTHS),
                get(RosterField.MEDICAL_INSURANCE), get(RosterField.SERIOUS_ILLNESS_INSURANCE),
                get(RosterField.PENSION_INSURANCE), text(RosterField.DIBAO), text(RosterField.TEKUN),
                text(RosterField.PUBLIC_POST), get(RosterField.PUBLIC_POST_MONTHS),
                text(RosterField.PHONE), text(RosterField.PERSON_NO), null, null);
    }

    /** The rows by 户编号 (blank as ""), in file order. */
    static Map<String, List<RosterRow>> byHousehold(List<RosterRow> rows) {
        Map<String, List<RosterRow>> out = new LinkedHashMap<>();
        for (RosterRow r : rows) {
            String no = r.text(HOUSEHOLD_NO);
            out.computeIfAbsent(no == null ? "" : no, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** The rows with a valid ID, by the normalised ID. */
    static Map<String, List<RosterRow>> byId(List<RosterRow> rows) {
        Map<String, List<RosterRow>> out = new HashMap<>();
        for (RosterRow r : rows) {
            if (r.values[ID_NUMBER.ordinal()] instanceof ParsedId p) {
                out.computeIfAbsent(p.id().value(), k -> new ArrayList<>(1)).add(r);
            }
        }
        return out;
    }

    /** A household field's value: from the 户主's row when it has one, else the first row that has one. */
    @SuppressWarnings("unchecked")
    static <T> T firstValue(List<RosterRow> rows, RosterField f) {
        for (RosterRow r : rows) {
            if (Member.HEAD.equals(r.text(RELATION)) && r.get(f) != null) {
                return (T) r.get(f);
            }
        }
        for (RosterRow r : rows) {
            if (r.get(f) != null) {
                return (T) r.get(f);
            }
        }
        return null;
    }

    /** The 户主's row of a household, else its first row. */
    static RosterRow headRow(List<RosterRow> rows) {
        return rows.stream().filter(r -> Member.HEAD.equals(r.text(RELATION))).findFirst().orElse(rows.getFirst());
    }
}
