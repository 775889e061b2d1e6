package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.ImportPlan.RejectedCells;
import cn.bangfu.ledger.logic.rosters.read.ErrorWorkbook;
import cn.bangfu.ledger.logic.rosters.read.RejectedRow;
import cn.bangfu.ledger.logic.rosters.read.RosterFileException;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.store.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first half of importing a county roster (花名册) or a department push list (部门比对推送名单): inspect a
 * file (sheets, header, saved or suggested mapping), plan the import (every row checked, the difference with
 * the ledger worked out, nothing written), and write the rejected rows to an error workbook. Applying a plan is
 * {@link ImportApplying}. The CLI and the window call the same methods.
 */
public final class ImportPlanning {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportPlanning.class);

    private final Ledger ledger;
    private final SavedMappings mappings;
    private final Clock clock;

    public ImportPlanning(Ledger ledger, SavedMappings mappings, Clock clock) {
        this.ledger = ledger;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** Opens a file and finds its sheets, header and mapping (saved for this header shape, else suggested). */
    public Inspection inspect(Path file, ImportOptions options) {
        try (RosterSource source = RosterFiles.open(file)) {
            return inspect(file, source, options);
        }
    }

    private Inspection inspect(Path file, RosterSource source, ImportOptions options) {
        Map<String, Optional<SheetHeader>> headers = RosterPlanner.headers(source, options.sheet());
        SheetHeader first = headers.values().stream().flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> noHeader(file));
        ImportKind kind = options.kind() != null ? options.kind() : kindOf(first.names());
        ColumnMapping mapping = options.mapping() != null ? options.mapping() : mappings.mappingFor(kind, first.names());
        List<SheetRow> sample = RosterPlanner.sample(source, first, 8);
        return new Inspection(file, source.format(), source.sheetNames(), headers, kind, mapping,
                mapping.missing(kind), sample);
    }

    /**
     * Reads the whole file, checks every row and compares it with the ledger. Nothing is written.
     *
     * @throws RosterFileException when the file as a whole cannot be imported (unreadable, no header, a required
     *     column missing): the message says why
     * @throws java.util.concurrent.CancellationException when the progress reports a cancel
     */
    public ImportPlan plan(Path file, ImportOptions options, ImportProgress progress) {
        try (RosterSource source = RosterFiles.open(file)) {
            return plan(file, source, options, progress);
        }
    }

    private ImportPlan plan(Path file, RosterSource source, ImportOptions options, ImportProgress progress) {
        Inspection inspection = inspect(file, source, options);
        ImportKind kind = inspection.kind();
        ColumnMapping mapping = inspection.mapping();
        if (!inspection.missing().isEmpty()) {
            throw new RosterFileException("文件“" + file.getFileName() + "”的表头中找不到必需的列："
                    + inspection.missing().stream().map(RosterField::label).collect(Collectors.joining("、"))
                    + "。表头为：" + String.join("、", inspection.firstHeader().orElseThrow().names().stream().limit(20).toList())
                    + "。请在导入向导中为这些项指定对应的列（或用 --mapping 指定已保存的对应关系），或检查是否选错了文件。");
        }
        String town = options.town();
        boolean supplement = options.supplement()
                || inspection.firstHeader().orElseThrow().names().containsAll(ErrorWorkbook.EXTRA_HEADERS);
        ImportOptions used = new ImportOptions(kind, options.sheet(), town, mapping, options.source(), supplement);
        String sha = sha256(file);
        Optional<ImportBatch> already = ledger.read(v -> v.imports().appliedWithSha(sha));
        long mark = ledger.read(v -> v.audit().maxId());
        RosterPlanner planner = new RosterPlanner(mapping, kind, town, codes(), LocalDate.now(clock), progress);
        long t0 = System.nanoTime();
        RosterPlanner.Result read = planner.read(source, options.sheet());
        LOG.info("Read {}: {} rows in {} ms", file.getFileName(), read.rowsRead(), (System.nanoTime() - t0) / 1_000_000);
        if (read.headers().isEmpty()) {
            throw noHeader(file);
        }
        if (read.rows().isEmpty() && read.otherTowns() > 0) {
            throw onlyOtherTowns(file, read, town);
        }
        progress.update("检查", 0, read.rows().size());
        return kind == ImportKind.ROSTER
                ? planRoster(file, sha, used, read, planner, already, mark, progress)
                : PushPlanner.plan(ledger, file, sha, used, read, already, mark);
    }

    private ImportPlan planRoster(Path file, String sha, ImportOptions used, RosterPlanner.Result read,
            RosterPlanner planner, Optional<ImportBatch> already, long mark, ImportProgress progress) {
        Set<String> numbers = new LinkedHashSet<>();
        read.rows().forEach(r -> numbers.add(r.text(RosterField.HOUSEHOLD_NO)));
        long t0 = System.nanoTime();
        RosterSnapshot snapshot = ledger.read(v -> RosterSnapshot.read(ledger, v, numbers));
        long t1 = System.nanoTime();
        RosterDiffer differ = new RosterDiffer(planner.today(), snapshot, used.mapping(), used.supplement(), progress);
        differ.checkIds(read.rows());
        RosterDiffer.Outcome outcome = differ.compare(read.rows());
        LOG.info("Compared {} households: ledger snapshot {} ms, checks and difference {} ms", numbers.size(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        long[] c = outcome.counts();
        List<RowProblem> problems = problems(read.rows());
        List<RejectedCells> rejected = heldBack(read.rows(), outcome.households());
        long faulty = rejected.stream().filter(RejectedCells::faulty).count();
        var counts = new ImportPlan.Counts(read.rowsRead(), read.skippedRows(), read.otherTowns(),
                c[RosterDiffer.H_ADDED], c[RosterDiffer.H_CHANGED], c[RosterDiffer.H_UNCHANGED],
                c[RosterDiffer.H_MISSING], c[RosterDiffer.H_HELD], c[RosterDiffer.P_ADDED], c[RosterDiffer.P_CHANGED],
                c[RosterDiffer.P_UNCHANGED], c[RosterDiffer.P_MISSING], 0, 0, 0, faulty, c[RosterDiffer.M_OPENED],
                c[RosterDiffer.M_ELIMINATED], c[RosterDiffer.M_CATEGORY]);
        return new ImportPlan(file, sha, ImportKind.ROSTER, used, used.mapping(), read.headers(), counts, problems,
                outcome.households(), outcome.missing(), List.of(), List.of(), already, mark, rejected,
                outcome.added(), outcome.updates(), read.skippedSheets(), outcome.monitoring());
    }

    static List<RowProblem> problems(List<RosterRow> rows) {
        List<RowProblem> out = new ArrayList<>();
        for (RosterRow r : rows) {
            if (r.problems != null) {
                out.addAll(r.problems);
            }
        }
        return out;
    }

    /**
     * The rows of every held-back household, faulty or not: the problem-rows workbook carries whole households,
     * so that correcting it and importing it again gives each household with all its members.
     */
    private static List<RejectedCells> heldBack(List<RosterRow> rows, List<HouseholdDiff> households) {
        Set<String> held = new HashSet<>();
        for (HouseholdDiff d : households) {
            if (d.status() == DiffStatus.HELD_BACK) {
                held.add(d.householdNo() == null ? "" : d.householdNo());
            }
        }
        List<RejectedCells> out = new ArrayList<>();
        for (RosterRow r : rows) {
            String no = r.text(RosterField.HOUSEHOLD_NO);
            if (r.rejected || held.contains(no == null ? "" : no)) {
                out.add(new RejectedCells(r.sheet, r.rowNumber, r.header.names(), r.rejected));
            }
        }
        return out;
    }

    private Map<String, Set<String>> codes() {
        List<CodeEntry> all = ledger.read(v -> v.codeLists().all());
        Map<String, Set<String>> out = new HashMap<>();
        for (CodeEntry e : all) {
            if (e.active()) {
                out.computeIfAbsent(e.list(), k -> new LinkedHashSet<>()).add(e.code());
            }
        }
        return out;
    }

    private static ImportKind kindOf(List<String> headers) {
        ColumnMapping roster = MappingSuggester.suggest(headers, ImportKind.ROSTER);
        if (roster.missing(ImportKind.ROSTER).isEmpty()) {
            return ImportKind.ROSTER;
        }
        ColumnMapping push = MappingSuggester.suggest(headers, ImportKind.PUSH);
        if (push.missing(ImportKind.PUSH).isEmpty()
                && (push.maps(RosterField.PUSH_REASON) || push.maps(RosterField.PUSH_SOURCE))) {
            return ImportKind.PUSH;
        }
        return ImportKind.ROSTER;
    }

    /**
     * Every data row belongs to another town: importing would write nothing, and the clerk most likely has the
     * wrong office town (or the wrong file). Says which towns the file holds and how to go on.
     */
    private static RosterFileException onlyOtherTowns(Path file, RosterPlanner.Result read, String town) {
        String found = read.otherTownNames().entrySet().stream().limit(8)
                .map(e -> e.getKey() + " " + e.getValue() + " 行").collect(Collectors.joining("、"))
                + (read.otherTownNames().size() > 8 ? " 等 " + read.otherTownNames().size() + " 个乡镇" : "");
        return new RosterFileException("文件“" + file.getFileName() + "”的 " + read.otherTowns() + " 行数据都属于其他乡镇（"
                + found + "），没有一行属于本乡镇“" + town + "”，所以没有可导入的内容，账本没有变化。"
                + "如果本乡镇填错了，请在“设置”中改正本乡镇后重新检查；如果确要导入其他乡镇，请在导入向导中取消“只导入本乡镇”"
                + "（命令行：--town 乡镇名，或 --all-towns 导入全部乡镇）。");
    }

    private static RosterFileException noHeader(Path file) {
        return new RosterFileException("在文件“" + file.getFileName() + "”各工作表的前 " + HeaderDetector.SEARCH_ROWS
                + " 行中找不到表头：表头应至少含两个可识别的列名（如 户编号、姓名、证件号码、与户主关系）。"
                + "请检查是否选错了文件，或把表头改成县里花名册的列名后再导入。");
    }

    /** The applied, not reverted batch of a file with the same content, if any: importing it again does nothing. */
    public Optional<ImportBatch> importedBefore(Path file) {
        String sha = sha256(file);
        return ledger.read(v -> v.imports().appliedWithSha(sha));
    }

    /** What the clerk is told when a file was imported before. */
    public static String alreadyImportedMessage(ImportBatch b) {
        return "此文件（内容完全相同）已于 " + Timestamps.local(b.importedAt()) + " 由 " + b.operator() + " 导入（批次 "
                + b.id() + "），无需再次导入，账本没有变化。如要撤销那次导入，请用“导入记录”中的撤销本批（命令行 import-revert "
                + b.id() + "）。";
    }

    // ---- error workbook

    /**
     * Writes the rejected rows, with the sound rows of their held-back households (original columns plus the
     * problems), to an .xlsx the clerk can fix and import again as a whole. The rows are read from the file once
     * more (a plan does not hold every cell of a big file); a file changed since the check is refused.
     */
    public void writeErrors(ImportPlan plan, Path out) {
        if (!sha256(plan.file()).equals(plan.sha256())) {
            throw new RosterFileException("文件“" + plan.file().getFileName() + "”在检查之后被修改过：请重新检查后再导出问题行。");
        }
        Map<String, String[]> cellsOf = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        for (RejectedCells r : plan.rejected) {
            wanted.add(r.sheet() + "\u0000" + r.row());
        }
        try (RosterSource source = RosterFiles.open(plan.file())) {
            source.read(plan.options().sheet(), row -> {
                String key = row.sheet() + "\u0000" + row.rowNumber();
                if (wanted.contains(key)) {
                    cellsOf.put(key, row.cells());
                }
                return true;
            });
        }
        List<String> headers = new ArrayList<>();
        for (RejectedCells r : plan.rejected) {
            for (String h : r.headers()) {
                if (!headers.contains(h)) {
                    headers.add(h);
                }
            }
        }
        Map<String, List<RowProblem>> byRow = new HashMap<>();
        for (RowProblem p : plan.errors()) {
            byRow.computeIfAbsent(p.sheet() + "\u0000" + p.row(), k -> new ArrayList<>()).add(p);
        }
        List<RejectedRow> rows = new ArrayList<>();
        for (RejectedCells r : plan.rejected) {
            List<String> cells = new ArrayList<>();
            String[] original = cellsOf.getOrDefault(r.sheet() + "\u0000" + r.row(), new String[0]);
            for (String h : headers) {
                int c = r.headers().indexOf(h);
                cells.add(c >= 0 && c < original.length ? original[c] : "");
            }
            List<RowProblem> ps = byRow.getOrDefault(r.sheet() + "\u0000" + r.row(), List.of());
            rows.add(r.faulty()
                    ? new RejectedRow(r.sheet(), r.row(), cells,
                            ps.stream().map(RowProblem::label).distinct().collect(Collectors.joining("、")),
                            ps.stream().map(p -> (p.column() == null ? "" : p.column() + "：") + p.message())
                                    .collect(Collectors.joining("\n")), true)
                    : new RejectedRow(r.sheet(), r.row(), cells, RowProblem.label(RowProblem.HOUSEHOLD_HELD_BACK),
                            "本行无误：同户其他行有错误，整户暂缓导入。改正那些行后，请连同本行一起导入。", false));
        }
        rows.sort(Comparator.comparing(RejectedRow::sheet).thenComparingInt(RejectedRow::rowNumber));
        ErrorWorkbook.write(out, headers, rows);
    }

    /** The SHA-256 of a file's bytes, hex. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new RosterFileException("无法读取文件“" + file.getFileName() + "”：" + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
