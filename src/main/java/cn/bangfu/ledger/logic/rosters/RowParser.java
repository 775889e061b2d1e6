package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.ID_NUMBER;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_TYPE;

import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the cells of a roster row into typed values: codes against the ledger's code lists (with the usual
 * synonyms of county rosters), yes/no, genders, dates, months, amounts, and the ID checked. What cannot be
 * read is reported on the row with its code.
 */
final class RowParser {

    private final Map<String, Set<String>> codes;
    private final LocalDate today;

    RowParser(Map<String, Set<String>> codes, LocalDate today) {
        this.codes = codes;
        this.today = today;
    }

    /** The value of a non-blank cell as its field's type; null (and a problem on the row) when it cannot be read. */
    Object value(RosterRow row, RosterField f, String v) {
        return switch (f.type()) {
            case TEXT, ID -> v;
            case CODE -> code(f, v).orElseGet(() -> {
                row.problem(f, RowProblem.CODE_UNKNOWN, f.label() + "“" + v + "”不在代码表中（可选："
                        + String.join("、", limit(codes.getOrDefault(f.codeList(), Set.of()))) + "）。", true);
                return null;
            });
            case BOOL -> CellValues.bool(v).orElseGet(() -> {
                row.problem(f, RowProblem.CODE_UNKNOWN, f.label() + "应填“是”或“否”，实际为“" + v + "”。", true);
                return null;
            });
            case GENDER -> CellValues.gender(v).orElseGet(() -> {
                row.problem(f, RowProblem.CODE_UNKNOWN, "性别应为“男/女”或“1/2”，实际为“" + v + "”。", true);
                return null;
            });
            case DATE -> CellValues.date(v).orElseGet(() -> {
                row.problem(f, RowProblem.DATE_INVALID, f.label() + "“" + v
                        + "”不是有效日期（可写 2024-03-05、2024年3月5日、20240305）。", true);
                return null;
            });
            case MONTH -> CellValues.date(v).map(java.time.YearMonth::from).orElseGet(() -> {
                row.problem(f, RowProblem.DATE_INVALID, f.label() + "“" + v
                        + "”不是有效的年月（可写 202503、2025-03、2025年3月）。", true);
                return null;
            });
            case MONEY -> money(v).orElseGet(() -> {
                row.problem(f, RowProblem.AMOUNT_INVALID, f.label() + "“" + v + "”不是有效金额（元，最多两位小数）。", true);
                return null;
            });
            case MONTHS -> CellValues.months(v).orElseGet(() -> {
                row.problem(f, "VALUE_IGNORED", f.label() + "“" + v + "”不是 0–12 的月数，未导入此项。", false);
                return null;
            });
        };
    }

    /** An amount in yuan as fen; empty when it cannot be read. */
    private static Optional<Long> money(String v) {
        try {
            return Optional.of(cn.bangfu.ledger.model.Fen.parseYuan(v).value());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> limit(Set<String> values) {
        return values.stream().sorted().limit(14).toList();
    }

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("relation:本人", "户主"), Map.entry("relation:妻", "配偶"), Map.entry("relation:妻子", "配偶"),
            Map.entry("relation:夫", "配偶"), Map.entry("relation:丈夫", "配偶"), Map.entry("relation:儿子", "之子"),
            Map.entry("relation:子", "之子"), Map.entry("relation:长子", "之子"), Map.entry("relation:次子", "之子"),
            Map.entry("relation:女儿", "之女"), Map.entry("relation:女", "之女"), Map.entry("relation:长女", "之女"),
            Map.entry("relation:次女", "之女"), Map.entry("relation:父亲", "之父"), Map.entry("relation:母亲", "之母"),
            Map.entry("relation:儿媳", "之儿媳"), Map.entry("relation:女婿", "之女婿"), Map.entry("relation:孙子", "之孙子"),
            Map.entry("relation:孙女", "之孙女"), Map.entry("relation:祖父", "之祖父"), Map.entry("relation:祖母", "之祖母"),
            Map.entry("relation:兄弟姐妹", "之兄弟姐妹"), Map.entry("household_type:一般户", "一般农户"),
            Map.entry("household_type:脱贫人口", "脱贫户"), Map.entry("id_type:身份证", "居民身份证"),
            Map.entry("id_type:居民身份证号码", "居民身份证"), Map.entry("id_type:残疾证", "残疾人证"),
            Map.entry("dibao:否", "未享受"), Map.entry("dibao:无", "未享受"), Map.entry("dibao:未享受低保", "未享受"),
            Map.entry("risk:因自然灾害", "因灾"), Map.entry("risk:因意外", "因意外事故"),
            Map.entry("risk:因务工就业不稳定", "因务工就业不稳"), Map.entry("risk:缺劳力", "缺劳动力"),
            Map.entry("tekun:否", "不享受"), Map.entry("tekun:无", "不享受"), Map.entry("tekun:未享受", "不享受"));

    private Optional<String> code(RosterField f, String v) {
        Set<String> list = codes.getOrDefault(f.codeList(), Set.of());
        if (list.contains(v)) {
            return Optional.of(v);
        }
        String s = SYNONYMS.get(f.codeList() + ":" + v);
        if (s != null && list.contains(s)) {
            return Optional.of(s);
        }
        if (f == RosterField.ETHNICITY && list.contains(v + "族")) {
            return Optional.of(v + "族");
        }
        return Optional.empty();
    }

    /**
     * The ID of a row: a valid resident ID is kept as a {@link RosterRow.ParsedId}, another document as written;
     * a missing, truncated or invalid resident ID is an error.
     */
    void parseId(RosterRow row, String raw, String cleaned, boolean numericCell) {
        if (cleaned == null) {
            row.problem(ID_NUMBER, RowProblem.REQUIRED_MISSING, "缺少证件号码：请在原表中补填后重新导入。", true);
            return;
        }
        row.values[ID_NUMBER.ordinal()] = raw.strip();
        String idType = row.text(ID_TYPE);
        boolean residentId = idType == null || "居民身份证".equals(idType) || "残疾人证".equals(idType);
        if (CellValues.numberLostDigits(cleaned, numericCell)) {
            row.problem(ID_NUMBER, RowProblem.ID_TRUNCATED, "证件号码“" + cleaned + "”在Excel中被存成了数字，15位以后的数字已丢失、"
                    + "无法还原：请把该列设为文本格式，按原始证件重新录入。", true);
            return;
        }
        if (!residentId) {
            return; // 户口簿 and other documents are kept as written
        }
        switch (IdNumber.check(cleaned, today)) {
            case IdCheck.Valid v -> row.values[ID_NUMBER.ordinal()] = new RosterRow.ParsedId(raw.strip(), v.id());
            case IdCheck.Invalid inv -> row.problem(ID_NUMBER, inv.problem().code(), inv.message() + "。", true);
        }
    }
}
