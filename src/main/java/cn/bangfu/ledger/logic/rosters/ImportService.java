package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.ImportPlan.NewHousehold;
import cn.bangfu.ledger.logic.rosters.ImportPlan.RejectedCells;
import cn.bangfu.ledger.logic.rosters.ImportPlan.Update;
import cn.bangfu.ledger.logic.rosters.RosterPlanner.ParsedId;
import cn.bangfu.ledger.logic.rosters.RosterPlanner.Row;
import cn.bangfu.ledger.logic.rosters.read.ErrorWorkbook;
import cn.bangfu.ledger.logic.rosters.read.RejectedRow;
import cn.bangfu.ledger.logic.rosters.read.RosterFileException;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.logic.rosters.read.RosterFormat;
import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.ImportIssue;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OpenLead;
import cn.bangfu.ledger.model.SavedMapping;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import cn.bangfu.ledger.store.LedgerView;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing county rosters (花名册) and department push lists (部门比对推送名单): inspect a file (sheets,
 * header, suggested or saved mapping), plan the import (checks and the difference with the ledger, nothing
 * written), apply the plan in one audited transaction, keep the history, revert a batch, save mappings, and
 * write the rejected rows to an error workbook. The CLI and the window call the same methods.
 */
public final class ImportService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public ImportService(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the first step of the wizard shows about a file. */
    public record Inspection(Path file, RosterFormat format, List<String> sheets,
            Map<String, Optional<SheetHeader>> headers, ImportKind kind, ColumnMapping mapping,
            List<RosterField> missing, List<SheetRow> sample) {

        /** The first sheet with a header (the one the mapping and sample come from). */
        public Optional<SheetHeader> firstHeader() {
            return headers.values().stream().flatMap(Optional::stream).findFirst();
        }
    }

    /** What applying (or trying to apply) a plan did. */
    public record ImportResult(boolean applied, Long batchId, String message) {
    }

    // ---- inspect and plan

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
        ColumnMapping mapping = options.mapping() != null ? options.mapping() : mappingFor(kind, first.names());
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
        RosterPlanner planner = new RosterPlanner(mapping, kind, town, codes(), today(), progress);
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
                : planPush(file, sha, used, read, already, mark);
    }

    private ImportPlan planRoster(Path file, String sha, ImportOptions used, RosterPlanner.Result read,
            RosterPlanner planner, Optional<ImportBatch> already, long mark, ImportProgress progress) {
        Set<String> numbers = new LinkedHashSet<>();
        read.rows().forEach(r -> numbers.add(r.text(RosterField.HOUSEHOLD_NO)));
        long t0 = System.nanoTime();
        RosterDiffer.Snapshot snapshot = ledger.read(v -> snapshot(v, numbers));
        long t1 = System.nanoTime();
        RosterDiffer differ = new RosterDiffer(planner, snapshot, used.mapping(), used.supplement(), progress);
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

    private ImportPlan planPush(Path file, String sha, ImportOptions used, RosterPlanner.Result read,
            Optional<ImportBatch> already, long mark) {
        record Holder(long memberId, long householdId) {
        }
        Map<String, Holder> holders = new HashMap<>();
        Set<String> existingLeads = new java.util.HashSet<>();
        ledger.read(v -> {
            v.members().currentIdMembers().forEach((idNumber, ids) -> holders.put(idNumber, new Holder(ids[0], ids[1])));
            for (Lead l : v.leads().all()) {
                existingLeads.add(leadKey(l.idNumber(), l.source(), l.reason(), l.pushedOn()));
            }
            return null;
        });
        List<Lead> leads = new ArrayList<>();
        List<ImportPlan.Unmatched> unmatched = new ArrayList<>();
        long unchanged = 0;
        Set<String> inFile = new java.util.HashSet<>();
        for (Row r : read.rows()) {
            String source = r.text(RosterField.PUSH_SOURCE) != null ? r.text(RosterField.PUSH_SOURCE) : used.source();
            String reason = r.text(RosterField.PUSH_REASON);
            if (source == null) {
                r.problem(RosterField.PUSH_SOURCE, RowProblem.REQUIRED_MISSING,
                        "缺少推送部门：文件没有“推送部门”列时，请在导入时填写推送部门。", true);
            }
            if (reason == null) {
                r.problem(RosterField.PUSH_REASON, RowProblem.REQUIRED_MISSING, "缺少推送原因：请在原表中补填。", true);
            }
            if (r.rejected || !(r.values[RosterField.ID_NUMBER.ordinal()] instanceof ParsedId id)) {
                continue;
            }
            LocalDate pushed = r.get(RosterField.PUSH_DATE);
            String key = leadKey(id.id().value(), source, reason, pushed);
            if (!inFile.add(key) || existingLeads.contains(key)) {
                unchanged++;
                continue;
            }
            Holder h = holders.get(id.id().value());
            if (h == null) {
                unmatched.add(new ImportPlan.Unmatched(r.sheet, r.rowNumber, r.text(RosterField.NAME), id.id().value(),
                        reason));
                continue;
            }
            leads.add(new Lead(null, h.householdId(), h.memberId(), r.text(RosterField.NAME), id.id().value(), source,
                    reason, pushed, null, null, null, null, null));
        }
        List<RejectedCells> rejected = rejected(read.rows());
        var counts = new ImportPlan.Counts(read.rowsRead(), read.skippedRows(), read.otherTowns(), 0, 0, 0, 0, 0, 0, 0,
                0, 0, leads.size(), unchanged, unmatched.size(), rejected.size(), 0, 0, 0);
        return new ImportPlan(file, sha, ImportKind.PUSH, used, used.mapping(), read.headers(), counts,
                problems(read.rows()), List.of(), List.of(), leads, unmatched, already, mark, rejected, List.of(),
                List.of(), read.skippedSheets(), List.of());
    }

    private static String leadKey(String id, String source, String reason, LocalDate pushed) {
        return id + "|" + source + "|" + reason + "|" + pushed;
    }

    private RosterDiffer.Snapshot snapshot(LedgerView v, Set<String> numbers) {
        Map<String, Household> byNo = new HashMap<>();
        Map<Long, String> nos = new HashMap<>();
        for (Household h : v.households().all()) {
            byNo.put(h.householdNo(), h);
            nos.put(h.id(), h.householdNo());
        }
        Map<Long, Village> villages = new LinkedHashMap<>();
        v.villages().list().forEach(x -> villages.put(x.id(), x));
        Map<Long, List<VillageGroup>> groups = v.villages().allGroups().stream()
                .collect(Collectors.groupingBy(VillageGroup::villageId));
        List<Long> inFile = numbers.stream().map(byNo::get).filter(java.util.Objects::nonNull).map(Household::id).toList();
        Map<Long, List<Member>> members = new HashMap<>();
        for (int i = 0; i < inFile.size(); i += 5000) {
            for (Member m : v.members().currentOf(inFile.subList(i, Math.min(inFile.size(), i + 5000)))) {
                members.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Long> idHolders = new HashMap<>();
        v.members().currentIdMembers().forEach((idNumber, ids) -> idHolders.put(idNumber, ids[1]));
        Map<Long, List<Episode>> episodes = v.episodes().all().stream()
                .collect(Collectors.groupingBy(Episode::householdId));
        var monitoring = new RosterMonitoring.Ledger(episodes,
                id -> ledger.read(x -> x.measures().ofHousehold(id)), year -> ledger.read(x -> x.thresholds().ofYear(year)),
                SettingsService.officeIn(v));
        return new RosterDiffer.Snapshot(byNo, villages, groups, members, idHolders, nos, v.households().headNames(),
                monitoring);
    }

    private static List<RowProblem> problems(List<Row> rows) {
        List<RowProblem> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.problems != null) {
                out.addAll(r.problems);
            }
        }
        return out;
    }

    private static List<RejectedCells> rejected(List<Row> rows) {
        List<RejectedCells> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.rejected) {
                out.add(new RejectedCells(r.sheet, r.rowNumber, r.header.names(), true));
            }
        }
        return out;
    }

    /**
     * The rows of every held-back household, faulty or not: the problem-rows workbook carries whole households,
     * so that correcting it and importing it again gives each household with all its members.
     */
    private static List<RejectedCells> heldBack(List<Row> rows, List<HouseholdDiff> households) {
        Set<String> held = new java.util.HashSet<>();
        for (HouseholdDiff d : households) {
            if (d.status() == DiffStatus.HELD_BACK) {
                held.add(d.householdNo() == null ? "" : d.householdNo());
            }
        }
        List<RejectedCells> out = new ArrayList<>();
        for (Row r : rows) {
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

    private ColumnMapping mappingFor(ImportKind kind, List<String> headers) {
        String signature = ColumnMapping.signature(headers);
        Optional<SavedMapping> saved = ledger.read(v -> v.imports().mappingFor(kind.code(), signature));
        return saved.map(s -> fromJson(s, headers)).orElseGet(() -> MappingSuggester.suggest(headers, kind));
    }

    private static ColumnMapping fromJson(SavedMapping saved, List<String> headers) {
        Map<String, String> stored = JSON.readValue(saved.mappingJson(), new TypeReference<LinkedHashMap<String, String>>() { });
        Map<RosterField, String> columns = new EnumMap<>(RosterField.class);
        stored.forEach((field, header) -> {
            try {
                RosterField f = RosterField.valueOf(field);
                if (headers == null || headers.contains(header)) {
                    columns.put(f, header);
                }
            } catch (IllegalArgumentException e) {
                // a field of a later version: ignored
            }
        });
        return new ColumnMapping(columns, saved.name());
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

    // ---- mappings

    public List<SavedMapping> mappings() {
        return ledger.read(v -> v.imports().mappings());
    }

    /** A saved mapping by name, for the headers of a file. */
    public ColumnMapping mappingNamed(String name, List<String> headers) {
        SavedMapping saved = ledger.read(v -> v.imports().mappingNamed(name))
                .orElseThrow(() -> new LedgerException("没有名为“" + name + "”的已保存对应关系。已保存的有："
                        + mappings().stream().map(SavedMapping::name).collect(Collectors.joining("、")) + "。"));
        return fromJson(saved, headers);
    }

    /** Saves a mapping under a name for this header shape; files of the same shape then use it automatically. */
    public ColumnMapping saveMapping(String name, ImportKind kind, List<String> headers, ColumnMapping mapping) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LedgerException("请为对应关系起一个名字（如“县花名册2026版”）。");
        }
        Map<String, String> json = new LinkedHashMap<>();
        mapping.columns().forEach((f, h) -> json.put(f.name(), h));
        SavedMapping saved = new SavedMapping(null, n, kind.code(), ColumnMapping.signature(headers),
                JSON.writeValueAsString(json), now());
        ledger.write(settings.change(), tx -> tx.imports().saveMapping(saved));
        return mapping.named(n);
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

    // ---- apply

    /**
     * Writes a plan in one transaction: every change audited with the new batch's id, the batch and its row
     * problems kept. Households with a rejected row are not written (they were held back in the plan). A file
     * already imported (same content) is not imported again.
     *
     * @throws LedgerException when the ledger changed since the plan was made (plan again), or on a write failure
     *     (then nothing was written)
     */
    public ImportResult apply(ImportPlan plan, ImportProgress progress) {
        if (plan.alreadyImported().isPresent()) {
            return new ImportResult(false, null, alreadyImportedMessage(plan.alreadyImported().get()));
        }
        if (!plan.hasChanges()) {
            // nothing to write: no batch either, so the file is not "already imported" the next time (with the
            // right town, or after its rows were corrected)
            return new ImportResult(false, null, plan.kind() == ImportKind.ROSTER
                    ? "没有需要写入账本的内容（文件中的户与账本一致，或都被暂缓导入），账本没有变化，也没有记录导入批次。"
                    : "没有需要登记的新线索（名单中的人都已登记过相同的线索，或在账本中找不到），账本没有变化，也没有记录导入批次。");
        }
        progress.update("写入账本", 0, -1);
        long t0 = System.nanoTime();
        long batchId = ledger.write(settings.change(), tx -> {
            if (tx.audit().maxId() != plan.auditMark) {
                throw new LedgerException("账本在检查之后有了变动，为免覆盖新的修改，这次没有导入：请重新检查文件后再导入。");
            }
            long id = tx.imports().addBatch(batchOf(plan));
            LedgerTx b = tx.inBatch(id, (plan.kind() == ImportKind.ROSTER ? "导入花名册“" : "导入推送名单“")
                    + plan.file().getFileName() + "”（批次 " + id + "）");
            if (plan.kind() == ImportKind.ROSTER) {
                writeRoster(plan, b);
            } else {
                b.leads().addAll(plan.leads().stream().map(l -> new Lead(null, l.householdId(), l.memberId(),
                        l.personName(), l.idNumber(), l.source(), l.reason(), l.pushedOn(), id, null, null, null, null))
                        .toList());
            }
            b.imports().addIssues(id, plan.problems().stream().map(p -> new ImportIssue(null, id, p.sheet(), p.row(),
                    p.column(), p.code(), p.error() ? "error" : "warning", p.message())).toList());
            return id;
        });
        LOG.info("Applied batch {} in {} ms", batchId, (System.nanoTime() - t0) / 1_000_000);
        var c = plan.counts();
        String what = plan.kind() == ImportKind.ROSTER
                ? "新增 " + c.householdsAdded() + " 户、变更 " + c.householdsChanged() + " 户"
                        + (plan.monitoring.isEmpty() ? "" : "（其中新纳入监测 " + c.monitoringOpened() + " 户、标注消除 "
                                + c.eliminationsMarked() + " 户、类别变化 " + c.categoriesChanged() + " 户）")
                        + (c.householdsHeldBack() > 0 ? "，暂缓 " + c.householdsHeldBack() + " 户（有错误行）" : "")
                : "新增线索 " + c.leadsAdded() + " 条，未匹配 " + c.unmatched() + " 人";
        return new ImportResult(true, batchId, "已导入（批次 " + batchId + "）：" + what + "。");
    }

    private void writeRoster(ImportPlan plan, LedgerTx b) {
        Map<String, Long> villages = new HashMap<>();
        b.villages().list().forEach(v -> villages.put(v.name(), v.id()));
        Map<String, Long> groups = new HashMap<>();
        b.villages().allGroups().forEach(g -> groups.put(g.villageId() + "|" + g.name(), g.id()));
        long[] order = {villages.size()};
        java.util.function.Function<String, Long> village = name -> villages.computeIfAbsent(name,
                n -> b.villages().add(Village.named(n, ++order[0])));
        java.util.function.BiFunction<Long, String, Long> group = (vid, name) -> name == null ? null
                : groups.computeIfAbsent(vid + "|" + name, k -> b.villages().addGroup(new VillageGroup(null, vid, name)));

        List<Household> households = new ArrayList<>();
        for (NewHousehold n : plan.newHouseholds) {
            long vid = village.apply(n.villageName());
            Household h = n.household();
            households.add(new Household(null, h.householdNo(), vid, group.apply(vid, n.groupName()), h.householdType(),
                    h.noLabourCapacity(), h.phone(), h.address(), h.note()));
        }
        List<Long> ids = b.households().addAll(households);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Member m : plan.newHouseholds.get(i).members()) {
                members.add(m.inHousehold(ids.get(i)));
            }
        }
        for (Update u : plan.updates) {
            members.addAll(u.newMembers());
        }
        b.members().addAll(members);
        Map<String, Long> added = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            added.put(plan.newHouseholds.get(i).household().householdNo(), ids.get(i));
        }
        writeMonitoring(plan, b, no -> added.containsKey(no) ? added.get(no)
                : b.households().byNumber(no).orElseThrow().id());
        for (Update u : plan.updates) {
            if (u.changed() != null) {
                Household h = u.changed();
                long vid = u.villageName() != null ? village.apply(u.villageName()) : h.villageId();
                Long gid = u.groupName() != null ? group.apply(vid, u.groupName()) : h.groupId();
                b.households().update(new Household(h.id(), h.householdNo(), vid, gid, h.householdType(),
                        h.noLabourCapacity(), h.phone(), h.address(), h.note()));
            }
            for (Member m : u.changedMembers()) {
                b.members().update(m);
            }
        }
    }

    /**
     * Opens, re-categorises and eliminates episodes as the roster states (planned and checked by
     * {@link RosterMonitoring}). The roster gives months, not days: the steps are dated on the first day of the
     * month, with a note saying so.
     */
    private void writeMonitoring(ImportPlan plan, LedgerTx b, java.util.function.Function<String, Long> householdOf) {
        String note = "据县花名册“" + plan.file().getFileName() + "”（名册只给出月份，日期按当月1日记）";
        for (RosterMonitoring.Change m : plan.monitoring) {
            long household = householdOf.apply(m.householdNo());
            Episode episode;
            if (m.open() != null) {
                var o = m.open();
                episode = new Episode(null, household, o.category(), RosterMonitoring.CHANNEL_ROSTER, o.identified(), null,
                        null, false, null, null, null, o.previousEpisodeId());
                long id = b.episodes().add(episode, o.risks());
                episode = b.episodes().get(id).orElseThrow();
                if (o.snapshot() != null) {
                    b.episodes().addSnapshot(inEpisode(o.snapshot(), id), household);
                }
                b.episodes().addStep(new EpisodeStep(null, id, o.previousEpisodeId() == null ? "system_mark" : Workflow.REMARK,
                        o.identified().atDay(1), null, note), household);
            } else {
                episode = b.episodes().get(m.openEpisodeId()).orElseThrow();
            }
            if (m.category() != null) {
                episode = new Episode(episode.id(), household, m.category(), episode.channel(), episode.identifiedMonth(),
                        episode.contactName(), episode.contactPhone(), false, null, null, null, episode.previousEpisodeId());
                b.episodes().update(episode);
            }
            if (m.elimination() != null) {
                var e = m.elimination();
                b.episodes().update(new Episode(episode.id(), household, episode.category(), episode.channel(),
                        episode.identifiedMonth(), episode.contactName(), episode.contactPhone(), true, e.method(), e.month(),
                        e.overrideReason(), episode.previousEpisodeId()));
                b.episodes().putSnapshot(inEpisode(e.after(), episode.id()), household);
                b.episodes().addStep(new EpisodeStep(null, episode.id(), Workflow.ELIM_MARK, e.month().atDay(1), null, note),
                        household);
            }
        }
    }

    private static EpisodeSnapshot inEpisode(EpisodeSnapshot s, long episodeId) {
        return new EpisodeSnapshot(episodeId, s.phase(), s.persons(), s.wageIncome(), s.businessIncome(),
                s.propertyIncome(), s.transferIncome(), s.businessExpense(), s.claimsIncome(), s.compliantSelfPaid(),
                s.schoolDropout(), s.housingSafe(), s.memberUninsured(), s.waterSafe());
    }

    private ImportBatch batchOf(ImportPlan plan) {
        var c = plan.counts();
        return new ImportBatch(null, plan.kind().code(), plan.file().getFileName().toString(), plan.sha256(),
                plan.options().sheet(), plan.options().town(), plan.mapping().savedName(), now(),
                settings.change().operator(), c.rows(), c.rejectedRows(), c.otherTowns(), c.householdsAdded(),
                c.householdsChanged(), c.householdsUnchanged(), c.householdsMissing(), c.householdsHeldBack(),
                c.personsAdded(), c.personsChanged(), c.personsUnchanged(), c.personsMissing(), c.leadsAdded(),
                c.unmatched(), null);
    }

    // ---- history and revert

    /** Every import and revert, newest first. */
    public List<ImportBatch> history() {
        return ledger.read(v -> v.imports().batches());
    }

    public List<ImportIssue> issues(long batchId) {
        return ledger.read(v -> v.imports().issues(batchId));
    }

    /** Whether a batch has been reverted. */
    public Optional<ImportBatch> revertOf(long batchId) {
        return ledger.read(v -> v.imports().revertOf(batchId));
    }

    /**
     * Undoes an import batch by new audited changes (added rows removed again, changed fields set back); the
     * history keeps both. Refused when anything the batch wrote was changed afterwards.
     *
     * @return the id of the revert batch
     */
    public long revert(long batchId) {
        Change change = settings.change().because("撤销导入批次 " + batchId);
        return ledger.write(change, tx -> {
            ImportBatch batch = tx.imports().batch(batchId)
                    .orElseThrow(() -> new LedgerException("没有编号为 " + batchId + " 的导入批次。"));
            if (ImportBatch.REVERT.equals(batch.kind())) {
                throw new LedgerException("批次 " + batchId + " 本身是一次撤销，不能再撤销。");
            }
            Optional<ImportBatch> done = tx.imports().revertOf(batchId);
            if (done.isPresent()) {
                throw new LedgerException("批次 " + batchId + " 已于 " + Timestamps.local(done.get().importedAt()) + " 撤销过。");
            }
            List<AuditEntry> changes = tx.imports().changesOf(batchId);
            long last = changes.isEmpty() ? Long.MAX_VALUE : changes.getLast().id();
            List<AuditEntry> blockers = changes.isEmpty() ? List.of() : tx.imports().changedSince(batchId, last, 5);
            if (!blockers.isEmpty()) {
                throw new LedgerException("无法撤销批次 " + batchId + "：导入之后，这些记录又有了改动——"
                        + blockers.stream().map(a -> describe(tx, a)).distinct().collect(Collectors.joining("；"))
                        + "。撤销会覆盖这些改动，所以没有执行。如导入有误，请直接在农户台账中更正，或导入更正后的花名册。");
            }
            long revertId = tx.imports().addBatch(new ImportBatch(null, ImportBatch.REVERT, batch.fileName(), null,
                    batch.sheet(), batch.town(), batch.mappingName(), now(), change.operator(), 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, batchId));
            LedgerTx b = tx.inBatch(revertId);
            for (int i = changes.size() - 1; i >= 0; i--) {
                b.imports().undo(changes.get(i));
            }
            return revertId;
        });
    }

    private static String describe(LedgerTx tx, AuditEntry a) {
        String what = cn.bangfu.ledger.logic.history.ChangeLabels.table(a.entity());
        String household = a.householdId() == null ? ""
                : tx.households().get(a.householdId()).map(h -> "户编号 " + h.householdNo() + " 的").orElse("");
        String how = a.batchId() == null ? "修改" : "在导入批次 " + a.batchId() + " 中修改";
        return household + what + "于 " + Timestamps.local(a.at()) + " 由 " + a.operator() + how;
    }

    // ---- error workbook

    /**
     * Writes the rejected rows, with the sound rows of their held-back households (original columns plus the
     * problems), to an .xlsx the clerk can fix and import again as a whole. The rows are read from the file once more (a plan does not hold every cell of a big file); a file
     * changed since the check is refused.
     */
    public void writeErrors(ImportPlan plan, Path out) {
        if (!sha256(plan.file()).equals(plan.sha256())) {
            throw new RosterFileException("文件“" + plan.file().getFileName() + "”在检查之后被修改过：请重新检查后再导出问题行。");
        }
        Map<String, String[]> cellsOf = new HashMap<>();
        Set<String> wanted = new java.util.HashSet<>();
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

    // ---- leads (部门比对推送线索)

    /** Leads without a decision, oldest first. */
    public List<Lead> openLeads() {
        return ledger.read(v -> v.leads().open());
    }

    /** Leads without a decision with their household, for the work queue. */
    public List<OpenLead> openLeadsWithHousehold() {
        return ledger.read(v -> v.leads().openWithHousehold());
    }

    public Optional<Lead> lead(long id) {
        return ledger.read(v -> v.leads().get(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Lead> leadsOf(long householdId) {
        return ledger.read(v -> v.leads().ofHousehold(householdId));
    }

    /**
     * Records what the clerk found and decided about a lead: the 入户核查 result, and 纳入监测 or 不纳入监测
     * (with the reason why not).
     */
    public void dispose(long leadId, String visitResult, String decision, String decisionReason, LocalDate on) {
        Lead l = ledger.read(v -> v.leads().get(leadId))
                .orElseThrow(() -> new LedgerException("找不到这条推送线索（编号 " + leadId + "）。"));
        String visit = visitResult == null || visitResult.isBlank() ? null : visitResult.strip();
        String why = decisionReason == null || decisionReason.isBlank() ? null : decisionReason.strip();
        if (visit == null) {
            throw new LedgerException("请填写入户核查结果。");
        }
        if (decision != null && !Lead.TAKE_IN.equals(decision) && !Lead.NOT_TAKEN.equals(decision)) {
            throw new LedgerException("处置结论应为“纳入监测”或“不纳入监测”。");
        }
        if (Lead.NOT_TAKEN.equals(decision) && why == null) {
            throw new LedgerException("不纳入监测时，请写明理由。");
        }
        if (decision != null && (on == null || on.isAfter(today()))) {
            throw new LedgerException("请填写处置日期（不能晚于今天）。");
        }
        Lead updated = new Lead(l.id(), l.householdId(), l.memberId(), l.personName(), l.idNumber(), l.source(),
                l.reason(), l.pushedOn(), l.batchId(), visit, decision, decision == null ? null : why,
                decision == null ? null : on);
        ledger.update(settings.change(), tx -> tx.leads().update(updated));
    }

    // ---- helpers

    private String now() {
        return Timestamps.utcNow(clock);
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
