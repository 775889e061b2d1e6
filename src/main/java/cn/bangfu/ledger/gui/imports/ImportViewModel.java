package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ColumnMapping;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.logic.rosters.FieldChange;
import cn.bangfu.ledger.logic.rosters.HouseholdDiff;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.logic.rosters.ImportResult;
import cn.bangfu.ledger.logic.rosters.Inspection;
import cn.bangfu.ledger.logic.rosters.PersonDiff;
import cn.bangfu.ledger.logic.rosters.RosterField;
import cn.bangfu.ledger.logic.rosters.RowProblem;
import cn.bangfu.ledger.logic.rosters.SheetHeader;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Timestamps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入花名册: the wizard's state — the file and its options, the header and its column mapping, the check, the
 * difference with the ledger, the apply — and the import history with 撤销本批. Long work (reading the file,
 * the check, writing, reverting, exporting the problem rows) goes to the {@link Runner}, which runs it off the
 * FX thread and hands the outcome back on it: the window wraps each job in a {@code javafx.concurrent.Task}
 * ({@link TaskRunner}), unit tests run it in place. The model never touches a node.
 */
public final class ImportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    /** The mapping grid's "no column" entry. */
    public static final String NO_COLUMN = "";

    /** The wizard's steps, in order. */
    public enum Step {
        FILE, MAPPING, CHECK, PREVIEW, CONFIRM;

        public String title() {
            return Messages.t("imp.step." + name());
        }
    }

    /** Runs long work off the FX thread and hands its outcome (and its progress) back on the FX thread. */
    public interface Runner {

        <T> void run(Job<T> job);

        /** Runs every job at once on the calling thread (tests, scripts). */
        Runner IN_PLACE = new Runner() {
            @Override
            public <T> void run(Job<T> job) {
                T value;
                try {
                    value = job.call(new ImportProgress() {
                        @Override
                        public void update(String stage, long done, long total) {
                            job.progress(job.describe(stage, done, total), total > 0 ? (double) done / total : -1);
                        }
                    });
                } catch (Exception | LinkageError e) {
                    job.failed(e);
                    return;
                }
                job.succeeded(value);
            }
        };
    }

    /** One piece of long work. {@link #call} runs in the background; the rest on the FX thread. */
    public interface Job<T> {

        T call(ImportProgress progress) throws Exception;

        /** What a progress report says (called in the background: must not touch properties). */
        String describe(String stage, long done, long total);

        /** @param fraction 0 … 1, or -1 while the total is not known */
        void progress(String text, double fraction);

        void succeeded(T value);

        /** @param error a {@link CancellationException} when the clerk cancelled */
        void failed(Throwable error);
    }

    /** An entry of a drop-down: what the clerk reads, and the value behind it (null for 自动识别 / 所有工作表). */
    public record Option<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One field of the mapping grid: which column of the file fills it. */
    public static final class MappingRow {
        private final RosterField field;
        private final boolean required;
        private final StringProperty column = new SimpleStringProperty(NO_COLUMN);
        private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper();

        MappingRow(RosterField field, boolean required) {
            this.field = field;
            this.required = required;
        }

        public RosterField field() {
            return field;
        }

        public String label() {
            return field.label();
        }

        public boolean required() {
            return required;
        }

        /** The header of the file's column for this field, or {@link #NO_COLUMN}. */
        public StringProperty columnProperty() {
            return column;
        }

        /** The first values of that column, as the file has them. */
        public ReadOnlyStringProperty sampleProperty() {
            return sample.getReadOnlyProperty();
        }

        /** A required field without a column. */
        public ReadOnlyBooleanProperty missingProperty() {
            return missing.getReadOnlyProperty();
        }
    }

    /** A small number of the check: 数据行 12,345. */
    public record Stat(String id, String label, String value, boolean attention) {
    }

    /** A row of the problems table. */
    public record ProblemRow(String sheet, String row, String column, String code, String message, String severity,
            boolean error) {
    }

    /** A household of the difference. */
    public record DiffRow(String householdNo, String village, String head, String persons, String details) {
    }

    /** A lead a push list would record, or a person it names that the ledger does not hold. */
    public record PersonRow(String sheetRow, String name, String idNumber, String source, String reason,
            String pushedOn) {
    }

    /** A batch of the import history. */
    public record BatchRow(long id, String batch, String time, String operator, String file, String kind, String rows,
            String rejected, String added, String changed, String heldBack, String leads, String status,
            boolean revertible, ImportBatch source) {
    }

    private final LedgerServices services;
    private final Runner runner;
    private final Runnable ledgerChanged;

    // ---- step 1: file and options
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileLine = new ReadOnlyStringWrapper("");
    private final List<Option<ImportKind>> kinds = List.of(new Option<>(Messages.t("imp.opt.kind.auto"), null),
            new Option<>(ImportKind.ROSTER.label(), ImportKind.ROSTER),
            new Option<>(ImportKind.PUSH.label(), ImportKind.PUSH));
    private final ObjectProperty<Option<ImportKind>> kindChoice = new SimpleObjectProperty<>(kinds.getFirst());
    private final BooleanProperty ownTownOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty supplement = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper officeTown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper townOptionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper townOptionHint = new ReadOnlyStringWrapper("");
    private final StringProperty source = new SimpleStringProperty("");

    // ---- step 2: header and mapping
    private Inspection inspection;
    private Option<ImportKind> inspectedWith;
    private ImportKind kind;
    private List<String> headers = List.of();
    private ColumnMapping mapping;
    private boolean mappingEdited;
    private boolean syncing;
    private final ReadOnlyStringWrapper formatText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper push = new ReadOnlyBooleanWrapper();
    private final ObservableList<Option<String>> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<Option<String>> sheet = new SimpleObjectProperty<>();
    private final ObservableList<String> headerLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper townLine = new ReadOnlyStringWrapper("");
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unusedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sourceNeeded = new ReadOnlyBooleanWrapper();

    // ---- step 3: the check
    private ImportPlan plan;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ObservableList<Stat> stats = FXCollections.observableArrayList();
    private final ObservableList<String> skippedSheets = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> allProblems = FXCollections.observableArrayList();
    private final FilteredList<ProblemRow> problems = new FilteredList<>(allProblems);
    private final BooleanProperty onlyErrors = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problemsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canExportErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");

    // ---- step 4: the difference
    private final Map<DiffStatus, ObservableList<DiffRow>> diffs = new EnumMap<>(DiffStatus.class);
    private final Map<DiffStatus, ReadOnlyStringWrapper> diffTitles = new EnumMap<>(DiffStatus.class);
    private final ObservableList<PersonRow> leads = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> unmatched = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leadsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unmatchedTitle = new ReadOnlyStringWrapper("");

    // ---- step 5: confirm
    private final ObservableList<String> confirmLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper alreadyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper();

    // ---- state of the wizard
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();

    // ---- history
    private final ObservableList<BatchRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<BatchRow> selectedBatch = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper();
    private boolean historyBusy; // a revert is running
    private final ReadOnlyStringWrapper historyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyError = new ReadOnlyStringWrapper("");

    /** Runs every job in place (for tests and scripts). */
    public ImportViewModel(LedgerServices services) {
        this(services, Runner.IN_PLACE, () -> { });
    }

    /**
     * @param ledgerChanged called (on the FX thread) after an import or a revert changed the ledger
     */
    public ImportViewModel(LedgerServices services, Runner runner, Runnable ledgerChanged) {
        this.services = services;
        this.runner = runner;
        this.ledgerChanged = ledgerChanged;
        for (DiffStatus s : DiffStatus.values()) {
            diffs.put(s, FXCollections.observableArrayList());
            diffTitles.put(s, new ReadOnlyStringWrapper(Messages.t("imp.diff." + s.name())));
        }
        leadsTitle.set(Messages.t("imp.diff.leads"));
        unmatchedTitle.set(Messages.t("imp.diff.unmatched"));
        problemsTitle.set(Messages.t("imp.problems"));
        kindChoice.addListener((o, a, b) -> updateState());
        ownTownOnly.addListener((o, a, b) -> {
            updateTownLine();
            discardPlan();
        });
        source.addListener((o, a, b) -> discardPlan());
        supplement.addListener((o, a, b) -> discardPlan());
        onlyErrors.addListener((o, a, b) -> problems.setPredicate(b ? ProblemRow::error : null));
        sheet.addListener((o, a, b) -> {
            if (!syncing && inspection != null && b != null) {
                inspect(true);
            }
        });
        selectedBatch.addListener((o, a, b) -> {
            historyError.set("");
            updateState();
        });
        refresh();
    }

    // ================================================================ refresh

    /** Reads the office's town and the history again (when the page is shown); the wizard keeps its place. */
    public void refresh() {
        String town = services.settings().office().town();
        officeTown.set(town);
        if (town.isEmpty()) {
            townOptionText.set(Messages.t("imp.opt.noTown"));
            townOptionHint.set(Messages.t("imp.opt.noTownHint"));
        } else {
            townOptionText.set(Messages.t("imp.opt.ownTown", town));
            townOptionHint.set(Messages.t("imp.opt.ownTownHint"));
        }
        updateTownLine();
        refreshHistory();
        updateState();
    }

    // ================================================================ step 1: the file

    /** A file was chosen (file chooser or drop): its header is read and the wizard goes on to 识别表头. */
    public void onFileChosen(Path chosen) {
        if (chosen == null || busy.get()) {
            return;
        }
        file.set(chosen);
        fileLine.set(Messages.t("imp.drop.chosen", chosen.getFileName()));
        clearFrom(Step.MAPPING);
        applied.set(false);
        result.set("");
        inspect(false);
    }

    /** The options as they stand: kind as inspected (or chosen), sheet, town filter, push department. */
    ImportOptions options() {
        String town = ownTownOnly.get() && !officeTown.get().isEmpty() ? officeTown.get() : null;
        String dept = source.get() == null || source.get().isBlank() ? null : source.get().strip();
        return new ImportOptions(kind != null ? kind : kindChoice.get().value(),
                sheet.get() == null ? null : sheet.get().value(), town, mapping, dept, supplement.get());
    }

    private void inspect(boolean sheetChanged) {
        Path f = file.get();
        Option<ImportKind> with = kindChoice.get();
        String chosenSheet = sheetChanged && sheet.get() != null ? sheet.get().value() : null;
        ImportOptions o = new ImportOptions(with.value(), chosenSheet, null, null, null);
        List<String> before = headers;
        ColumnMapping edited = mapping;
        boolean wasEdited = mappingEdited;
        discardPlan();
        start("imp.busy.inspect", false, p -> services.importPlanning().inspect(f, o), ins -> {
            onInspected(ins, with, chosenSheet);
            if (sheetChanged && wasEdited && before.equals(headers)) {
                mapping = edited; // the same header on the other sheet: the clerk's edits stay
                mappingEdited = true;
                refreshMapping();
            }
            step.set(Step.MAPPING);
            updateState();
        }, e -> {
            error.set(message(e));
            if (!sheetChanged) {
                inspection = null;
                step.set(Step.FILE);
            }
            updateState();
        });
    }

    private void onInspected(Inspection ins, Option<ImportKind> with, String chosenSheet) {
        inspection = ins;
        inspectedWith = with;
        kind = ins.kind();
        push.set(kind == ImportKind.PUSH);
        headers = ins.firstHeader().map(SheetHeader::names).orElse(List.of());
        mapping = ins.mapping();
        mappingEdited = false;
        formatText.set(Messages.t("imp.format." + ins.format().name()));
        kindText.set(with.value() == null ? Messages.t("imp.kind.auto", kind.label()) : kind.label());

        syncing = true;
        try {
            List<Option<String>> choices = new ArrayList<>();
            choices.add(new Option<>(Messages.t("imp.sheet.all"), null));
            ins.sheets().forEach(s -> choices.add(new Option<>(s, s)));
            sheets.setAll(ins.sheets().size() > 1 ? choices : List.of(choices.getFirst()));
            sheet.set(sheets.stream().filter(c -> java.util.Objects.equals(c.value(), chosenSheet)).findFirst()
                    .orElse(sheets.getFirst()));
        } finally {
            syncing = false;
        }
        List<String> lines = new ArrayList<>();
        ins.headers().forEach((name, header) -> lines.add(headerLine(name, header.orElse(null))));
        headerLines.setAll(lines);

        syncing = true; // the old rows' drop-downs may react to the new choices: ignore them
        try {
            mappingRows.clear();
            columns.setAll(withNoColumn(headers));
        } finally {
            syncing = false;
        }
        List<MappingRow> rows = new ArrayList<>();
        List<RosterField> fields = kind.fields();
        fields.stream().filter(f -> kind.required().contains(f)).forEach(f -> rows.add(new MappingRow(f, true)));
        fields.stream().filter(f -> !kind.required().contains(f)).forEach(f -> rows.add(new MappingRow(f, false)));
        for (MappingRow r : rows) {
            r.column.addListener((o, a, b) -> {
                if (!syncing && mappingRows.contains(r)) {
                    onMap(r.field, b);
                }
            });
        }
        mappingRows.setAll(rows);
        refreshMapping();
    }

    private static List<String> withNoColumn(List<String> names) {
        List<String> out = new ArrayList<>(names.size() + 1);
        out.add(NO_COLUMN);
        out.addAll(names);
        return out;
    }

    static String headerLine(String sheetName, SheetHeader h) {
        if (h == null) {
            return Messages.t("imp.header.none", sheetName);
        }
        String count = Messages.count(h.names().size());
        boolean one = h.firstRow() == h.lastRow();
        if (sheetName == null || sheetName.isEmpty()) {
            return one ? Messages.t("imp.header.row", h.firstRow(), count)
                    : Messages.t("imp.header.rows", h.firstRow(), h.lastRow(), count);
        }
        return one ? Messages.t("imp.header.sheetRow", sheetName, h.firstRow(), count)
                : Messages.t("imp.header.sheetRows", sheetName, h.firstRow(), h.lastRow(), count);
    }

    // ================================================================ step 2: the mapping

    /** The clerk chose a column for a field (or {@link #NO_COLUMN}). */
    public void onMap(RosterField field, String header) {
        if (mapping == null) {
            return;
        }
        mapping = mapping.with(field, header == null || header.isEmpty() ? null : header);
        mappingEdited = true;
        discardPlan();
        refreshMapping();
    }

    private void refreshMapping() {
        syncing = true;
        try {
            for (MappingRow r : mappingRows) {
                String h = mapping.header(r.field).orElse(NO_COLUMN);
                if (!h.equals(r.column.get())) {
                    r.column.set(h);
                }
                r.sample.set(sample(h));
                r.missing.set(r.required && h.isEmpty());
            }
        } finally {
            syncing = false;
        }
        List<RosterField> missing = mapping.missing(kind);
        missingText.set(missing.isEmpty() ? ""
                : Messages.t("imp.map.missing", String.join("、", missing.stream().map(RosterField::label).toList())));
        if (mapping.savedName() != null) {
            mappingNote.set(Messages.t("imp.map.saved", mapping.savedName()));
        } else if (mappingEdited) {
            mappingNote.set(Messages.t("imp.map.edited"));
        } else {
            mappingNote.set(Messages.t("imp.map.suggested", mapping.columns().size()));
        }
        Set<String> used = new HashSet<>(mapping.columns().values());
        List<String> unused = headers.stream().filter(h -> !used.contains(h)).toList();
        unusedText.set(unused.isEmpty() ? "" : Messages.t("imp.map.unused", String.join("、", unused)));
        sourceNeeded.set(kind == ImportKind.PUSH && !mapping.maps(RosterField.PUSH_SOURCE));
        updateTownLine();
        updateState();
    }

    /** Up to three different values of a column from the first rows, as written in the file. */
    private String sample(String header) {
        int c = header.isEmpty() ? -1 : headers.indexOf(header);
        if (c < 0 || inspection == null) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        for (SheetRow r : inspection.sample()) {
            String v = r.cell(c).strip();
            if (!v.isEmpty()) {
                values.add(v.length() > 24 ? v.substring(0, 23) + "…" : v);
            }
            if (values.size() == 3) {
                break;
            }
        }
        return String.join("、", values);
    }

    private void updateTownLine() {
        if (inspection == null || mapping == null) {
            townLine.set("");
        } else if (!ownTownOnly.get() || officeTown.get().isEmpty()) {
            townLine.set(Messages.t("imp.town.all"));
        } else if (!mapping.maps(RosterField.TOWN)) {
            townLine.set(Messages.t("imp.town.noColumn"));
        } else {
            townLine.set(Messages.t("imp.town.filter", officeTown.get()));
        }
    }

    /** A name to offer when saving the mapping: the file's name without its extension. */
    public String suggestedMappingName() {
        if (mapping != null && mapping.savedName() != null) {
            return mapping.savedName();
        }
        String name = file.get() == null ? "" : file.get().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Saves the mapping under a name for this header shape. False (and the reason in the error) when refused. */
    public boolean onSaveMapping(String name) {
        if (mapping == null || kind == null) {
            return false;
        }
        try {
            mapping = services.savedMappings().saveMapping(name, kind, headers, mapping);
        } catch (LedgerException e) {
            error.set(e.getMessage());
            return false;
        }
        mappingEdited = false;
        error.set("");
        refreshMapping();
        notice.set(Messages.t("imp.map.savedAs", mapping.savedName()));
        return true;
    }

    // ================================================================ step 3: the check

    /** Reads the whole file, checks every row and compares it with the ledger (nothing is written). */
    public void onCheck() {
        if (!canCheck.get()) {
            return;
        }
        discardPlan();
        step.set(Step.CHECK);
        ImportOptions o = options().withMapping(mapping);
        Path f = file.get();
        start("imp.busy.check", true, p -> services.importPlanning().plan(f, o, p), this::onPlanned, e -> {
            if (e instanceof CancellationException) {
                verdict.set(Messages.t("imp.check.cancelled"));
            } else {
                error.set(message(e));
            }
            updateState();
        });
        updateState();
    }

    /** Asks the running check to stop (it stops at its next progress report). */
    public void onCancel() {
        if (busy.get() && cancellable.get()) {
            cancelled.set(true);
        }
    }

    private void onPlanned(ImportPlan p) {
        plan = p;
        var c = p.counts();
        List<RowProblem> errs = p.errors();
        long warnings = p.problems().size() - errs.size();
        List<Stat> s = new ArrayList<>();
        s.add(new Stat("rows", Messages.t("imp.stat.rows"), Messages.count(c.rows()), false));
        s.add(new Stat("skipped", Messages.t("imp.stat.skipped"), Messages.count(c.skippedRows()), false));
        if (c.otherTowns() > 0 || options().town() != null) {
            s.add(new Stat("other-towns", Messages.t("imp.stat.otherTowns"), Messages.count(c.otherTowns()), false));
        }
        s.add(new Stat("rejected", Messages.t("imp.stat.rejected"), Messages.count(c.rejectedRows()),
                c.rejectedRows() > 0));
        s.add(new Stat("warnings", Messages.t("imp.stat.warnings"), Messages.count(warnings), false));
        if (c.monitoringOpened() + c.eliminationsMarked() + c.categoriesChanged() > 0) {
            s.add(new Stat("monitoring-opened", Messages.t("imp.stat.monitoringOpened"),
                    Messages.count(c.monitoringOpened()), false));
            s.add(new Stat("eliminations", Messages.t("imp.stat.eliminations"), Messages.count(c.eliminationsMarked()),
                    false));
            s.add(new Stat("categories", Messages.t("imp.stat.categories"), Messages.count(c.categoriesChanged()), false));
        }
        stats.setAll(s);
        skippedSheets.setAll(p.skippedSheets().keySet().stream()
                .map(n -> Messages.t("imp.check.skippedSheet", n)).toList());
        if (p.options().supplement()) {
            skippedSheets.add(Messages.t("imp.check.supplement"));
        }
        if (p.kind() == ImportKind.PUSH) {
            verdict.set(Messages.t("imp.check.verdictPush", Messages.count(c.leadsAdded()),
                    Messages.count(c.unmatched()), Messages.count(c.rejectedRows())));
        } else if (c.householdsHeldBack() > 0) {
            verdict.set(Messages.t("imp.check.verdictRoster", Messages.count(c.householdsAdded()
                    + c.householdsChanged() + c.householdsUnchanged()), Messages.count(c.householdsHeldBack())));
        } else if (p.problems().isEmpty()) {
            verdict.set(Messages.t("imp.check.none"));
        } else {
            verdict.set(Messages.t("imp.check.verdictRosterOk", Messages.count(c.householdsAdded()
                    + c.householdsChanged() + c.householdsUnchanged())));
        }
        allProblems.setAll(p.problems().stream().map(ImportViewModel::problemRow).toList());
        problemsTitle.set(Messages.t("imp.problems.count", Messages.count(p.problems().size())));
        canExportErrors.set(p.hasRejectedRows());
        fillDiff(p);
        fillConfirm(p);
        updateState();
    }

    static ProblemRow problemRow(RowProblem p) {
        return new ProblemRow(p.sheet(), Messages.count(p.row()), p.column() == null ? "" : p.column(), p.label(),
                p.message(), Messages.t(p.error() ? "imp.severity.error" : "imp.severity.warning"), p.error());
    }

    /** The file name offered when saving the problem rows. */
    public String suggestedErrorsName() {
        return Messages.t("imp.problems.exportName", suggestedMappingNameOfFile());
    }

    private String suggestedMappingNameOfFile() {
        String name = file.get() == null ? "" : file.get().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes the rejected rows (their columns and problems) to an .xlsx the clerk can fix and import again. */
    public void onExportErrors(Path out) {
        if (out == null || plan == null || !plan.hasRejectedRows() || busy.get()) {
            return;
        }
        ImportPlan p = plan;
        exportMessage.set("");
        start("imp.busy.export", false, pr -> {
            services.importPlanning().writeErrors(p, out);
            return out;
        }, written -> {
            exportMessage.set(Messages.t("imp.problems.exported", Messages.count(p.counts().rejectedRows()), written));
            updateState();
        }, e -> {
            error.set(message(e));
            updateState();
        });
    }

    // ================================================================ step 4: the difference

    private void fillDiff(ImportPlan p) {
        Map<DiffStatus, List<DiffRow>> rows = new EnumMap<>(DiffStatus.class);
        for (DiffStatus s : DiffStatus.values()) {
            rows.put(s, new ArrayList<>());
        }
        for (HouseholdDiff d : p.households()) {
            rows.get(d.status()).add(diffRow(d));
        }
        for (HouseholdDiff d : p.missing()) {
            rows.get(DiffStatus.MISSING).add(diffRow(d));
        }
        for (DiffStatus s : DiffStatus.values()) {
            diffs.get(s).setAll(rows.get(s));
            diffTitles.get(s).set(Messages.t("imp.diff.tab", Messages.t("imp.diff." + s.name()),
                    Messages.count(rows.get(s).size())));
        }
        leads.setAll(p.leads().stream().map(l -> new PersonRow("", l.personName(), l.idNumber(), l.source(),
                l.reason(), l.pushedOn() == null ? "" : l.pushedOn().toString())).toList());
        unmatched.setAll(p.unmatched().stream().map(u -> new PersonRow(
                (u.sheet().isEmpty() ? "" : u.sheet() + " ") + Messages.count(u.row()), u.name(), u.idNumber(), "",
                u.reason(), "")).toList());
        leadsTitle.set(Messages.t("imp.diff.tab", Messages.t("imp.diff.leads"), Messages.count(leads.size())));
        unmatchedTitle.set(Messages.t("imp.diff.tab", Messages.t("imp.diff.unmatched"),
                Messages.count(unmatched.size())));
    }

    static DiffRow diffRow(HouseholdDiff d) {
        List<String> lines = new ArrayList<>();
        long persons = d.persons().stream().filter(x -> x.status() != DiffStatus.MISSING).count();
        switch (d.status()) {
            case ADDED -> {
                d.changes().stream().filter(c -> c.after() != null && !"行政村".equals(c.field()))
                        .forEach(c -> lines.add(c.field() + "：" + c.after()));
                lines.add(Messages.t("imp.diff.members",
                        String.join("、", d.persons().stream().map(PersonDiff::name).toList())));
            }
            case CHANGED -> {
                d.changes().forEach(c -> lines.add(change(c)));
                for (PersonDiff x : d.persons()) {
                    switch (x.status()) {
                        case ADDED -> lines.add(Messages.t("imp.diff.personAdded", x.name()));
                        case CHANGED -> lines.add(Messages.t("imp.diff.personChanged", x.name(),
                                String.join("；", x.changes().stream().map(ImportViewModel::change).toList())));
                        case MISSING -> lines.add(Messages.t("imp.diff.personMissing", x.name()));
                        default -> {
                        }
                    }
                }
            }
            case UNCHANGED -> lines.add(Messages.t("imp.diff.unchanged"));
            case MISSING -> lines.add(Messages.t("imp.diff.missingNote"));
            case HELD_BACK -> lines.add(d.heldBack() == null ? "" : d.heldBack());
        }
        return new DiffRow(d.householdNo(), orEmpty(d.village()), orEmpty(d.headName()),
                d.status() == DiffStatus.MISSING ? "" : Messages.count(persons), String.join("\n", lines));
    }

    static String change(FieldChange c) {
        if (c.isEvent()) {
            return c.field() + "：" + c.after();
        }
        return Messages.t("imp.diff.change", c.field(), blank(c.before()), blank(c.after()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? Messages.t("imp.diff.blank") : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ================================================================ step 5: confirm and apply

    private void fillConfirm(ImportPlan p) {
        var c = p.counts();
        List<String> lines = new ArrayList<>();
        if (p.kind() == ImportKind.ROSTER) {
            long addedPersons = p.households().stream().filter(d -> d.status() == DiffStatus.ADDED)
                    .mapToLong(d -> d.persons().size()).sum();
            lines.add(Messages.t("imp.confirm.roster", Messages.count(c.householdsAdded()), Messages.count(addedPersons),
                    Messages.count(c.householdsChanged()), Messages.count(c.personsAdded() - addedPersons),
                    Messages.count(c.personsChanged())));
            if (c.householdsHeldBack() > 0) {
                lines.add(Messages.t("imp.confirm.held", Messages.count(c.householdsHeldBack())));
            }
            if (c.householdsMissing() > 0) {
                lines.add(Messages.t("imp.confirm.missing", Messages.count(c.householdsMissing())));
            }
        } else {
            lines.add(Messages.t("imp.confirm.push", Messages.count(c.leadsAdded())));
            if (c.unmatched() > 0) {
                lines.add(Messages.t("imp.confirm.unmatched", Messages.count(c.unmatched())));
            }
        }
        confirmLines.setAll(lines);
        alreadyText.set(p.alreadyImported().map(b -> Messages.t("imp.confirm.already", Timestamps.local(b.importedAt()),
                b.operator(), String.valueOf(b.id()))).orElse(p.hasChanges() ? ""
                : Messages.t(p.kind() == ImportKind.PUSH ? "imp.confirm.nothingPush" : "imp.confirm.nothing")));
    }

    /** Writes the checked plan into the ledger (one transaction), then shows the result and the history. */
    public void onApply() {
        if (!canApply.get()) {
            return;
        }
        ImportPlan p = plan;
        start("imp.busy.apply", false, pr -> services.importApplying().apply(p, pr), (ImportResult r) -> {
            result.set(r.message());
            applied.set(r.applied());
            if (r.applied()) {
                plan = null;
                ledgerChanged.run();
            }
            refreshHistory();
            updateState();
        }, e -> {
            error.set(message(e));
            updateState();
        });
    }

    /** Starts over with another file (the options stay). */
    public void onRestart() {
        if (busy.get()) {
            return;
        }
        file.set(null);
        fileLine.set("");
        clearFrom(Step.MAPPING);
        applied.set(false);
        result.set("");
        step.set(Step.FILE);
        updateState();
    }

    // ================================================================ navigation

    public void onNext() {
        if (!canNext.get()) {
            return;
        }
        error.set("");
        notice.set("");
        switch (step.get()) {
            case FILE -> {
                if (inspection != null && kindChoice.get() == inspectedWith) {
                    step.set(Step.MAPPING);
                } else {
                    clearFrom(Step.MAPPING);
                    inspect(false);
                }
            }
            case MAPPING -> onCheck();
            case CHECK -> step.set(Step.PREVIEW);
            case PREVIEW -> step.set(Step.CONFIRM);
            case CONFIRM -> {
            }
        }
        updateState();
    }

    public void onBack() {
        if (!canBack.get()) {
            return;
        }
        error.set("");
        notice.set("");
        step.set(Step.values()[step.get().ordinal() - 1]);
        updateState();
    }

    private void clearFrom(Step from) {
        if (from.compareTo(Step.MAPPING) <= 0) {
            inspection = null;
            inspectedWith = null;
            kind = null;
            mapping = null;
            headers = List.of();
            syncing = true;
            mappingRows.clear();
            columns.clear();
            headerLines.clear();
            sheets.clear();
            sheet.set(null);
            syncing = false;
            formatText.set("");
            kindText.set("");
            mappingNote.set("");
            missingText.set("");
            unusedText.set("");
            townLine.set("");
            sourceNeeded.set(false);
            push.set(false);
        }
        discardPlan();
        error.set("");
        notice.set("");
    }

    /** Any change of file, options or mapping makes the check stale. */
    private void discardPlan() {
        plan = null;
        verdict.set("");
        stats.clear();
        skippedSheets.clear();
        allProblems.clear();
        problemsTitle.set(Messages.t("imp.problems"));
        canExportErrors.set(false);
        exportMessage.set("");
        for (DiffStatus s : DiffStatus.values()) {
            diffs.get(s).clear();
            diffTitles.get(s).set(Messages.t("imp.diff." + s.name()));
        }
        leads.clear();
        unmatched.clear();
        leadsTitle.set(Messages.t("imp.diff.leads"));
        unmatchedTitle.set(Messages.t("imp.diff.unmatched"));
        confirmLines.clear();
        alreadyText.set("");
        updateState();
    }

    private void updateState() {
        boolean idle = !busy.get();
        Step s = step.get();
        boolean missing = mapping == null || !mapping.missing(kind).isEmpty();
        canCheck.set(idle && inspection != null && !missing && !applied.get());
        canApply.set(idle && plan != null && plan.hasChanges() && !applied.get());
        checked.set(plan != null);
        canBack.set(idle && s != Step.FILE && !(s == Step.CONFIRM && applied.get()));
        canNext.set(idle && switch (s) {
            case FILE -> file.get() != null;
            case MAPPING -> canCheck.get();
            case CHECK, PREVIEW -> plan != null;
            case CONFIRM -> false;
        });
        BatchRow b = selectedBatch.get();
        canRevert.set(!historyBusy && b != null && b.revertible());
    }

    // ================================================================ history

    /** Reads the import history again (a short query). */
    public void refreshHistory() {
        List<ImportBatch> batches = services.importHistory().history();
        Set<Long> reverted = new HashSet<>();
        for (ImportBatch b : batches) {
            if (ImportBatch.REVERT.equals(b.kind()) && b.revertsBatchId() != null) {
                reverted.add(b.revertsBatchId());
            }
        }
        Long selected = selectedBatch.get() == null ? null : selectedBatch.get().id();
        List<BatchRow> rows = batches.stream().map(b -> batchRow(b, reverted.contains(b.id()))).toList();
        history.setAll(rows);
        selectedBatch.set(rows.stream().filter(r -> selected != null && r.id() == selected).findFirst().orElse(null));
        updateState();
    }

    static BatchRow batchRow(ImportBatch b, boolean reverted) {
        boolean isRevert = ImportBatch.REVERT.equals(b.kind());
        String kind = switch (b.kind()) {
            case ImportBatch.ROSTER -> ImportKind.ROSTER.label();
            case ImportBatch.PUSH -> ImportKind.PUSH.label();
            default -> Messages.t("imp.hist.kind.revert", String.valueOf(b.revertsBatchId()));
        };
        String none = Messages.t("imp.hist.none");
        java.util.function.LongFunction<String> n = v -> isRevert ? "" : Messages.count(v);
        return new BatchRow(b.id(), String.valueOf(b.id()), Timestamps.local(b.importedAt()), b.operator(), b.fileName(), kind,
                n.apply(b.rowsRead()), n.apply(b.rowsRejected()), n.apply(b.householdsAdded()),
                n.apply(b.householdsChanged()), n.apply(b.householdsHeldBack()), n.apply(b.leadsAdded()),
                reverted ? Messages.t("imp.hist.reverted") : none, !isRevert && !reverted, b);
    }

    /** What the confirmation of 撤销本批 says: which batch, and what will be undone. */
    public String revertHeader(BatchRow b) {
        return Messages.t("imp.hist.revertHeader", b.batch(), b.file());
    }

    public String revertBody(BatchRow b) {
        ImportBatch s = b.source();
        String what;
        if (ImportBatch.PUSH.equals(s.kind())) {
            what = Messages.t("imp.hist.revertPush", Messages.count(s.leadsAdded()));
        } else {
            List<String> parts = new ArrayList<>();
            if (s.householdsAdded() > 0) {
                parts.add(Messages.t("imp.hist.revertAdded", Messages.count(s.householdsAdded())));
            }
            if (s.householdsChanged() > 0) {
                parts.add(Messages.t("imp.hist.revertChanged", Messages.count(s.householdsChanged())));
            }
            what = parts.isEmpty() ? Messages.t("imp.hist.revertNothing")
                    : Messages.t("imp.hist.revertRoster", String.join("；", parts));
        }
        return Messages.t("imp.hist.revertBody", s.operator(), b.time()) + "\n\n" + what + "\n\n"
                + Messages.t("imp.hist.revertAudit");
    }

    /** Undoes a batch (after the clerk confirmed); a refusal is shown in the history's error line. */
    public void onRevert(BatchRow b) {
        if (b == null || !b.revertible() || historyBusy) {
            return;
        }
        historyBusy = true;
        historyMessage.set("");
        historyError.set("");
        updateState();
        runner.run(new Job<Long>() {
            @Override
            public Long call(ImportProgress progress) {
                return services.importHistory().revert(b.id());
            }

            @Override
            public String describe(String stage, long done, long total) {
                return Messages.t("imp.busy.revert");
            }

            @Override
            public void progress(String text, double fraction) {
            }

            @Override
            public void succeeded(Long revertId) {
                historyBusy = false;
                historyMessage.set(Messages.t("imp.hist.reverted.done", b.batch(), String.valueOf(revertId)));
                ledgerChanged.run();
                refreshHistory();
            }

            @Override
            public void failed(Throwable e) {
                historyBusy = false;
                historyError.set(message(e));
                updateState();
            }
        });
    }

    // ================================================================ running long work

    private interface Work<T> {
        T run(ImportProgress progress) throws Exception;
    }

    private <T> void start(String busyKey, boolean canCancel, Work<T> work, Consumer<T> ok,
            Consumer<Throwable> failed) {
        busy.set(true);
        cancellable.set(canCancel);
        cancelled.set(false);
        busyText.set(Messages.t(busyKey));
        progress.set(-1);
        error.set("");
        updateState();
        runner.run(new Job<T>() {
            @Override
            public T call(ImportProgress p) throws Exception {
                return work.run(new ImportProgress() {
                    @Override
                    public void update(String stage, long done, long total) {
                        p.update(stage, done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                });
            }

            @Override
            public String describe(String stage, long done, long total) {
                return ImportViewModel.describe(stage, done, total);
            }

            @Override
            public void progress(String text, double fraction) {
                if (busy.get()) {
                    if (text != null && !text.isEmpty()) {
                        busyText.set(text);
                    }
                    progress.set(fraction);
                }
            }

            @Override
            public void succeeded(T value) {
                busy.set(false);
                cancellable.set(false);
                ok.accept(value);
                updateState();
            }

            @Override
            public void failed(Throwable e) {
                busy.set(false);
                cancellable.set(false);
                if (!(e instanceof CancellationException) && !(e instanceof LedgerException)) {
                    LOG.error("Import step failed", e);
                }
                failed.accept(e);
                updateState();
            }
        });
    }

    static String describe(String stage, long done, long total) {
        if (total > 0) {
            return Messages.t("imp.progress.of", stage, Messages.count(done), Messages.count(total));
        }
        if (done > 0) {
            return Messages.t("imp.progress.counted", stage, Messages.count(done));
        }
        return Messages.t("imp.progress.stage", stage);
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof LedgerException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof LedgerException le && le.getMessage() != null) {
            return le.getMessage();
        }
        return Messages.t("imp.error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    // ================================================================ properties

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileLineProperty() {
        return fileLine.getReadOnlyProperty();
    }

    public List<Option<ImportKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Option<ImportKind>> kindChoiceProperty() {
        return kindChoice;
    }

    /** 补充名单: the file lists some households only; the ledger's others are not 账本有名册无. */
    public BooleanProperty supplementProperty() {
        return supplement;
    }

    public BooleanProperty ownTownOnlyProperty() {
        return ownTownOnly;
    }

    public ReadOnlyStringProperty officeTownProperty() {
        return officeTown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty townOptionTextProperty() {
        return townOptionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty townOptionHintProperty() {
        return townOptionHint.getReadOnlyProperty();
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty formatTextProperty() {
        return formatText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindTextProperty() {
        return kindText.getReadOnlyProperty();
    }

    /** The file is (recognised as) a push list. */
    public ReadOnlyBooleanProperty pushProperty() {
        return push.getReadOnlyProperty();
    }

    public ObservableList<Option<String>> sheets() {
        return sheets;
    }

    public ObjectProperty<Option<String>> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> headerLines() {
        return headerLines;
    }

    public ReadOnlyStringProperty townLineProperty() {
        return townLine.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    /** The choices of every mapping drop-down: {@link #NO_COLUMN}, then the file's headers. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ImportKind kind() {
        return kind;
    }

    public ReadOnlyStringProperty mappingNoteProperty() {
        return mappingNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unusedTextProperty() {
        return unusedText.getReadOnlyProperty();
    }

    /** A push list without a 推送部门 column: the department must be typed. */
    public ReadOnlyBooleanProperty sourceNeededProperty() {
        return sourceNeeded.getReadOnlyProperty();
    }

    public ImportPlan plan() {
        return plan;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ObservableList<Stat> stats() {
        return stats;
    }

    public ObservableList<String> skippedSheets() {
        return skippedSheets;
    }

    /** The problems, all or only the errors ({@link #onlyErrorsProperty()}). */
    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public BooleanProperty onlyErrorsProperty() {
        return onlyErrors;
    }

    public ReadOnlyStringProperty problemsTitleProperty() {
        return problemsTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportErrorsProperty() {
        return canExportErrors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public ObservableList<DiffRow> diff(DiffStatus status) {
        return diffs.get(status);
    }

    public ReadOnlyStringProperty diffTitleProperty(DiffStatus status) {
        return diffTitles.get(status).getReadOnlyProperty();
    }

    public ObservableList<PersonRow> leads() {
        return leads;
    }

    public ObservableList<PersonRow> unmatched() {
        return unmatched;
    }

    public ReadOnlyStringProperty leadsTitleProperty() {
        return leadsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unmatchedTitleProperty() {
        return unmatchedTitle.getReadOnlyProperty();
    }

    public ObservableList<String> confirmLines() {
        return confirmLines;
    }

    /** Why nothing will be written (already imported, or nothing to write); empty otherwise. */
    public ReadOnlyStringProperty alreadyTextProperty() {
        return alreadyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** 0 … 1, or -1 (indeterminate) while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    /** The file has been checked (and nothing changed since): its results and difference are shown. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ObservableList<BatchRow> history() {
        return history;
    }

    public ObjectProperty<BatchRow> selectedBatchProperty() {
        return selectedBatch;
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyMessageProperty() {
        return historyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyErrorProperty() {
        return historyError.getReadOnlyProperty();
    }

    /** The sheet names of the inspected file (for tests). */
    Optional<Inspection> inspection() {
        return Optional.ofNullable(inspection);
    }
}
