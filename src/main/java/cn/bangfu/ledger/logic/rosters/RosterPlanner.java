package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.ADDRESS;
import static cn.bangfu.ledger.logic.rosters.RosterField.BIRTH_DATE;
import static cn.bangfu.ledger.logic.rosters.RosterField.GENDER;
import static cn.bangfu.ledger.logic.rosters.RosterField.GROUP;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_PHONE;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_TYPE;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_NUMBER;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_TYPE;
import static cn.bangfu.ledger.logic.rosters.RosterField.NAME;
import static cn.bangfu.ledger.logic.rosters.RosterField.NO_LABOUR_CAPACITY;
import static cn.bangfu.ledger.logic.rosters.RosterField.PERSON_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.RELATION;
import static cn.bangfu.ledger.logic.rosters.RosterField.TOWN;
import static cn.bangfu.ledger.logic.rosters.RosterField.VILLAGE;

import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.RowSink;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import cn.bangfu.ledger.logic.rules.MemberRules;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Reads a roster or push list row by row and turns each row into checked values: the header found per sheet,
 * blank, total and note rows skipped, rows of other towns counted, every value normalised and parsed, and
 * every hard problem reported with its row, column and code. The result is the list of parsed rows; the
 * comparison with the ledger happens afterwards ({@link RosterDiffer}).
 */
final class RosterPlanner {

    /** One data row of the file, parsed. */
    static final class Row {
        final String sheet;
        final int rowNumber;
        final SheetHeader header;
        final Object[] values = new Object[RosterField.values().length];
        List<RowProblem> problems;
        boolean rejected;

        Row(String sheet, int rowNumber, SheetHeader header) {
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

        Map<RosterField, String> mappedHeader = Map.of();
    }

    /** What reading the file gave. */
    record Result(List<SheetHeader> headers, List<Row> rows, long rowsRead, long skippedRows, long otherTowns,
            Map<String, Integer> skippedSheets, Map<String, Long> otherTownNames) {
    }

    private static final Pattern TOTAL = Pattern.compile("^(合\\s*计|小\\s*计|总\\s*计|共\\s*计|累\\s*计)");
    private static final Pattern NOTE = Pattern.compile("^(填表|制表|填报|审核|说明|备注|注[:：]|注\\d|单位负责人|负责人|"
            + "联系人|联系电话[:：]|统计|制表日期|填表日期|报送)");
    private static final Set<String> GENERIC_SHEET = Set.of("", "sheet", "sheet1", "sheet2", "sheet3", "工作表", "工作表1",
            "数据", "花名册", "名单", "data");

    private final HeaderDetector detector = new HeaderDetector();
    private final ColumnMapping mapping;
    private final ImportKind kind;
    private final String town;
    private final Map<String, Set<String>> codes;
    private final LocalDate today;
    private final ImportProgress progress;

    RosterPlanner(ColumnMapping mapping, ImportKind kind, String town, Map<String, Set<String>> codes, LocalDate today,
            ImportProgress progress) {
        this.mapping = mapping;
        this.kind = kind;
        this.town = town == null || town.isBlank() ? null : townKey(town);
        this.codes = codes;
        this.today = today;
        this.progress = progress;
    }

    LocalDate today() {
        return today;
    }

    /** The headers of each sheet (from its first rows only): what the mapping step shows. */
    static Map<String, Optional<SheetHeader>> headers(RosterSource source, String sheet) {
        HeaderDetector detector = new HeaderDetector();
        Map<String, List<SheetRow>> tops = new LinkedHashMap<>();
        source.read(sheet, new RowSink() {
            String current = sheet == null ? "" : sheet;

            @Override
            public void sheet(String name) {
                current = name;
                tops.put(name, new ArrayList<>());
            }

            @Override
            public boolean row(SheetRow row) {
                List<SheetRow> top = tops.computeIfAbsent(current, k -> new ArrayList<>());
                top.add(row);
                return top.size() < HeaderDetector.SEARCH_ROWS;
            }
        });
        Map<String, Optional<SheetHeader>> out = new LinkedHashMap<>();
        tops.forEach((name, rows) -> out.put(name, detector.detect(name, rows)));
        return out;
    }

    /** The first data rows below a header, raw, for the mapping preview grid. */
    static List<SheetRow> sample(RosterSource source, SheetHeader header, int count) {
        List<SheetRow> out = new ArrayList<>();
        source.read(header.sheet(), row -> {
            if (row.rowNumber() > header.lastRow() && !row.isBlank()) {
                out.add(row);
            }
            return out.size() < count;
        });
        return out;
    }

    Result read(RosterSource source, String sheet) {
        List<SheetHeader> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> skippedSheets = new LinkedHashMap<>();
        long[] counts = new long[3]; // rows read, skipped, other towns
        SheetReader reader = new SheetReader(headers, rows, skippedSheets, counts);
        reader.current = sheet == null ? "" : sheet;
        source.read(sheet, reader);
        reader.finishSheet();
        return new Result(headers, rows, counts[0], counts[1], counts[2], skippedSheets, reader.otherTownNames);
    }

    /** Streams one sheet after the other: buffers the top rows until the header is known, then parses. */
    private final class SheetReader implements RowSink {
        final List<SheetHeader> headers;
        final List<Row> rows;
        final Map<String, Integer> skippedSheets;
        final long[] counts;
        /** The towns of the rows left out by the town filter, with their row counts, in file order. */
        final Map<String, Long> otherTownNames = new LinkedHashMap<>();
        String current;
        List<SheetRow> top = new ArrayList<>();
        SheetHeader header;
        int[] columns;
        Map<RosterField, String> mappedHeader;
        String sheetVillage;
        int pendingBlanks;
        int lastRow;
        boolean noHeader;
        boolean open;
        long seen;

        SheetReader(List<SheetHeader> headers, List<Row> rows, Map<String, Integer> skippedSheets, long[] counts) {
            this.headers = headers;
            this.rows = rows;
            this.skippedSheets = skippedSheets;
            this.counts = counts;
        }

        @Override
        public void sheet(String name) {
            finishSheet();
            current = name;
            open = true;
        }

        @Override
        public boolean row(SheetRow row) {
            open = true;
            if ((++seen & 1023) == 0 || seen == 1) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.update("读取文件", counts[0], -1);
            }
            if (noHeader) {
                return false;
            }
            if (header == null) {
                top.add(row);
                if (top.size() >= HeaderDetector.SEARCH_ROWS) {
                    startData();
                }
                return !noHeader;
            }
            accept(row);
            return true;
        }

        void startData() {
            Optional<SheetHeader> found = detector.detect(current, top);
            if (found.isEmpty()) {
                noHeader = true;
                skippedSheets.put(current, (int) top.stream().filter(r -> !r.isBlank()).count());
                return;
            }
            header = found.get();
            headers.add(header);
            columns = new int[RosterField.values().length];
            mappedHeader = new java.util.EnumMap<>(RosterField.class);
            for (RosterField f : RosterField.values()) {
                String h = mapping.columns().get(f);
                columns[f.ordinal()] = h == null ? -1 : header.indexOf(h);
                if (columns[f.ordinal()] >= 0) {
                    mappedHeader.put(f, h);
                }
            }
            String s = CellValues.clean(current);
            sheetVillage = s == null || GENERIC_SHEET.contains(s.toLowerCase(java.util.Locale.ROOT))
                    || s.matches("(?i)sheet\\d*|表\\d+") ? null : s;
            List<SheetRow> buffered = top;
            top = new ArrayList<>();
            lastRow = header.lastRow();
            for (SheetRow r : buffered) {
                if (r.rowNumber() > header.lastRow()) {
                    accept(r);
                }
            }
        }

        void finishSheet() {
            if (!open) {
                return;
            }
            if (header == null && !noHeader && !top.isEmpty()) {
                startData();
            } else if (header == null && !noHeader) {
                skippedSheets.put(current, 0); // an empty sheet
            }
            open = false;
            top = new ArrayList<>();
            header = null;
            noHeader = false;
            pendingBlanks = 0;
            lastRow = 0;
        }

        void accept(SheetRow raw) {
            if (lastRow > 0 && raw.rowNumber() > lastRow + 1) {
                pendingBlanks += raw.rowNumber() - lastRow - 1; // rows a file leaves out are blank rows too
            }
            lastRow = raw.rowNumber();
            if (raw.isBlank()) {
                pendingBlanks++;
                return;
            }
            String name = cell(raw, NAME);
            String id = cell(raw, ID_NUMBER);
            if (isTotalOrNote(raw, name, id) || isRepeatedHeader(raw)) {
                counts[1] += pendingBlanks + 1;
                pendingBlanks = 0;
                return;
            }
            counts[1] += pendingBlanks;
            pendingBlanks = 0;
            counts[0]++;
            if (town != null && columns[TOWN.ordinal()] >= 0) {
                String t = cell(raw, TOWN);
                if (t != null && !townKey(t).equals(town)) {
                    counts[2]++;
                    if (otherTownNames.size() < 50 || otherTownNames.containsKey(t)) {
                        otherTownNames.merge(t, 1L, Long::sum);
                    }
                    return;
                }
            }
            Row row = new Row(current, raw.rowNumber(), header); // the raw cells are not kept (memory): the
            // error workbook reads the rejected rows from the file again
            row.mappedHeader = mappedHeader;
            parse(row, raw);
            rows.add(row);
        }

        String cell(SheetRow raw, RosterField f) {
            int c = columns[f.ordinal()];
            return c < 0 ? null : CellValues.clean(raw.cell(c));
        }

        boolean isTotalOrNote(SheetRow raw, String name, String id) {
            for (int c = 0; c < Math.min(raw.cells().length, 6); c++) {
                String v = CellValues.clean(raw.cell(c));
                if (v != null && TOTAL.matcher(v).find()) {
                    return true;
                }
            }
            if (name == null && id == null) {
                for (String v : raw.cells()) {
                    String t = CellValues.clean(v);
                    if (t != null && NOTE.matcher(t).find()) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean isRepeatedHeader(SheetRow raw) {
            int nameCol = columns[NAME.ordinal()];
            if (nameCol < 0) {
                return false;
            }
            String v = CellValues.clean(raw.cell(nameCol));
            return v != null && (v.equals(header.names().get(nameCol)) || v.equals(HeaderDetector.lastPart(header.names().get(nameCol))));
        }

        void parse(Row row, SheetRow raw) {
            for (RosterField f : RosterField.values()) {
                int c = columns[f.ordinal()];
                if (c < 0) {
                    continue;
                }
                String v = CellValues.clean(raw.cell(c));
                if (f == ID_NUMBER) {
                    parseId(row, raw.cell(c), v, raw.isNumeric(c));
                } else if (v != null && (f == HOUSEHOLD_NO || f == PERSON_NO) && CellValues.lostDigits(v, raw.isNumeric(c))) {
                    // DOMAIN §7: a 户编号 or 人编号 that went through Excel as a number has lost digits for good
                    row.problem(f, RowProblem.ID_TRUNCATED, f.label() + "“" + v + "”在Excel中被存成了数字，15位以后的数字已丢失、"
                            + "无法还原：请把该列设为文本格式，按原始编号重新填写。", true);
                } else if (v != null) {
                    row.values[f.ordinal()] = value(row, f, v);
                }
            }
            if (row.values[VILLAGE.ordinal()] == null && sheetVillage != null) {
                row.values[VILLAGE.ordinal()] = sheetVillage;
            }
            for (RosterField f : kind.required()) {
                if (f == ID_NUMBER) {
                    continue; // reported by parseId
                }
                if (cell(raw, f) == null) { // (a value that could not be read is reported as such)
                    row.problem(f, RowProblem.REQUIRED_MISSING, "缺少" + f.label() + "：请在原表中补填后重新导入。", true);
                }
            }
        }
    }

    private Object value(Row row, RosterField f, String v) {
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

    private void parseId(Row row, String raw, String cleaned, boolean numericCell) {
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
            case IdCheck.Valid v -> row.values[ID_NUMBER.ordinal()] = new ParsedId(raw.strip(), v.id());
            case IdCheck.Invalid inv -> row.problem(ID_NUMBER, inv.problem().code(), inv.message() + "。", true);
        }
    }

    /** A valid ID as the file wrote it and in its normalised 18-character form. */
    record ParsedId(String raw, IdNumber id) {
    }

    /** A town name without its kind (青山镇, 青山乡 and 青山 are the same town). */
    static String townKey(String name) {
        String s = CellValues.clean(name);
        if (s == null) {
            return "";
        }
        s = s.replace(" ", "");
        for (String suffix : List.of("街道办事处", "民族乡", "街道", "镇", "乡", "苏木")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** The person a parsed roster row describes (household id 0 until placed), or null without a valid key. */
    static Member member(Row row) {
        Object id = row.values[ID_NUMBER.ordinal()];
        String idNumber = id instanceof ParsedId p ? p.id().value() : null;
        String raw = id instanceof ParsedId p ? p.raw() : (String) id;
        String idType = row.text(ID_TYPE) == null ? "居民身份证" : row.text(ID_TYPE);
        String flag = idNumber == null && !"居民身份证".equals(idType) && !"残疾人证".equals(idType)
                ? "ID_OTHER_DOCUMENT" : null;
        String gender = row.get(GENDER);
        LocalDate birth = row.get(BIRTH_DATE);
        if (id instanceof ParsedId p) {
            gender = gender == null ? p.id().genderCode() : gender;
            birth = birth == null ? p.id().birthDate() : birth;
        }
        return new Member(null, 0, row.text(NAME), idType, idNumber, raw, flag, gender, birth,
                row.text(RosterField.ETHNICITY), row.text(RELATION), row.text(RosterField.EDUCATION),
                row.text(RosterField.SCHOOL_STATUS), row.text(RosterField.HEALTH), row.text(RosterField.LABOUR_SKILL),
                row.text(RosterField.WORK_STATUS), row.get(RosterField.WORK_MONTHS),
                row.get(RosterField.MEDICAL_INSURANCE), row.get(RosterField.SERIOUS_ILLNESS_INSURANCE),
                row.get(RosterField.PENSION_INSURANCE), row.text(RosterField.DIBAO), row.text(RosterField.TEKUN),
                row.text(RosterField.PUBLIC_POST), row.get(RosterField.PUBLIC_POST_MONTHS),
                row.text(RosterField.PHONE), row.text(RosterField.PERSON_NO), null, null);
    }

    /**
     * The plausibility findings of the rules the household forms use (ages, relations, genders …), as
     * warnings: an import never holds a row back for them.
     */
    void warnPlausibility(List<Row> household, List<Member> members) {
        for (int i = 0; i < household.size(); i++) {
            Row row = household.get(i);
            if (row.rejected) {
                continue;
            }
            Member m = members.get(i);
            List<Member> others = new ArrayList<>(members);
            others.remove(i);
            for (Finding f : MemberRules.check(m, others.stream().map(o -> withId(o, -1L)).toList(), today,
                    x -> Optional.empty())) {
                if ("idNumber".equals(f.field()) || "name".equals(f.field()) || HOUSEHOLD_RULES.contains(f.code())) {
                    continue; // the ID and the name are checked by the import itself, the household rules below
                }
                row.problem(fieldOf(f.field()), f.code(), f.message() + "（仅提示，不影响导入）", false);
            }
        }
    }

    /** The whole-household rules an import enforces: a household breaking one is held back, never written. */
    static final Set<String> HOUSEHOLD_RULES = Set.of("HEAD_MISSING", "HEAD_DUPLICATE", "NO_MEMBERS", "RELATION_GENDER");

    /**
     * The whole-household rules on a household as it would stand after the import ({@code after}: its current
     * members with the file's values): exactly one 户主, and each relation against the member's and the 户主's
     * gender. Household-level findings have a null member.
     */
    List<HouseholdFinding> householdRules(List<Member> after) {
        List<HouseholdFinding> out = new ArrayList<>();
        for (Finding f : MemberRules.checkHousehold(after)) {
            out.add(new HouseholdFinding(null, f));
        }
        for (Member m : after) {
            for (Finding f : MemberRules.checkRelationToHead(m, after)) {
                out.add(new HouseholdFinding(m, f));
            }
        }
        return out;
    }

    /** A broken whole-household rule, and the member it concerns (null for the household as a whole). */
    record HouseholdFinding(Member member, Finding finding) {
    }

    private static Member withId(Member m, long id) {
        return new Member(id, m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(),
                m.personNo(), m.leftOn(), m.leftReason());
    }

    private static RosterField fieldOf(String memberField) {
        if (memberField == null) {
            return null;
        }
        return switch (memberField) {
            case "gender" -> GENDER;
            case "birthDate" -> BIRTH_DATE;
            case "relation" -> RELATION;
            case "education" -> RosterField.EDUCATION;
            case "schoolStatus" -> RosterField.SCHOOL_STATUS;
            case "labourSkill" -> RosterField.LABOUR_SKILL;
            case "workMonths" -> RosterField.WORK_MONTHS;
            case "publicPost" -> RosterField.PUBLIC_POST;
            case "publicPostMonths" -> RosterField.PUBLIC_POST_MONTHS;
            case "phone" -> RosterField.PHONE;
            case "health" -> RosterField.HEALTH;
            default -> null;
        };
    }

    static final List<RosterField> HOUSEHOLD_FIELDS = List.of(VILLAGE, GROUP, HOUSEHOLD_TYPE, NO_LABOUR_CAPACITY,
            HOUSEHOLD_PHONE, ADDRESS);

    static Map<String, List<Row>> byHousehold(List<Row> rows) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            String no = r.text(HOUSEHOLD_NO);
            out.computeIfAbsent(no == null ? "" : no, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    static Map<String, List<Row>> byId(List<Row> rows) {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : rows) {
            if (r.values[ID_NUMBER.ordinal()] instanceof ParsedId p) {
                out.computeIfAbsent(p.id().value(), k -> new ArrayList<>(1)).add(r);
            }
        }
        return out;
    }
}
