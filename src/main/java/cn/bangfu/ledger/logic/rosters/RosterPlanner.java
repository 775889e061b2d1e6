package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_NUMBER;
import static cn.bangfu.ledger.logic.rosters.RosterField.NAME;
import static cn.bangfu.ledger.logic.rosters.RosterField.PERSON_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.TOWN;
import static cn.bangfu.ledger.logic.rosters.RosterField.VILLAGE;

import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.RowSink;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * comparison with the ledger happens afterwards ({@link RosterDiffer}). The cells are parsed by {@link RowParser}.
 */
final class RosterPlanner {

    /** What reading the file gave. */
    record Result(List<SheetHeader> headers, List<RosterRow> rows, long rowsRead, long skippedRows, long otherTowns,
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
    private final RowParser parser;
    private final LocalDate today;
    private final ImportProgress progress;

    RosterPlanner(ColumnMapping mapping, ImportKind kind, String town, Map<String, Set<String>> codes, LocalDate today,
            ImportProgress progress) {
        this.mapping = mapping;
        this.kind = kind;
        this.town = town == null || town.isBlank() ? null : townKey(town);
        this.parser = new RowParser(codes, today);
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
        List<RosterRow> rows = new ArrayList<>();
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
        final List<RosterRow> rows;
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

        SheetReader(List<SheetHeader> headers, List<RosterRow> rows, Map<String, Integer> skippedSheets, long[] counts) {
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
            RosterRow row = new RosterRow(current, raw.rowNumber(), header); // the raw cells are not kept (memory): the
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

        void parse(RosterRow row, SheetRow raw) {
            for (RosterField f : RosterField.values()) {
                int c = columns[f.ordinal()];
                if (c < 0) {
                    continue;
                }
                String v = CellValues.clean(raw.cell(c));
                if (f == ID_NUMBER) {
                    parser.parseId(row, raw.cell(c), v, raw.isNumeric(c));
                } else if (v != null && (f == HOUSEHOLD_NO || f == PERSON_NO) && CellValues.lostDigits(v, raw.isNumeric(c))) {
                    // DOMAIN §7: a 户编号 or 人编号 that went through Excel as a number has lost digits for good
                    row.problem(f, RowProblem.ID_TRUNCATED, f.label() + "“" + v + "”在Excel中被存成了数字，15位以后的数字已丢失、"
                            + "无法还原：请把该列设为文本格式，按原始编号重新填写。", true);
                } else if (v != null) {
                    row.values[f.ordinal()] = parser.value(row, f, v);
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
}
