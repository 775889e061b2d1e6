package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.Member;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a file would do, worked out against the ledger without writing anything: the rows read,
 * their problems, and the difference household by household. The clerk reviews it; applying it writes
 * exactly this (or refuses when the ledger changed in between).
 */
public final class ImportPlan {

    /** A person of a push list whose ID is not held by any current member of the ledger. */
    public record Unmatched(String sheet, int row, String name, String idNumber, String reason) {
    }

    /** The counts of a plan, as the CLI prints them. */
    public record Counts(long rows, long skippedRows, long otherTowns, long householdsAdded, long householdsChanged,
            long householdsUnchanged, long householdsMissing, long householdsHeldBack, long personsAdded,
            long personsChanged, long personsUnchanged, long personsMissing, long leadsAdded, long leadsUnchanged,
            long unmatched, long rejectedRows, long monitoringOpened, long eliminationsMarked,
            long categoriesChanged) {
    }

    /**
     * A row for the problem-rows workbook: where it is, the header of its sheet, and whether it is faulty itself
     * (else it is a sound row of a held-back household: the workbook carries the whole household).
     */
    record RejectedCells(String sheet, int row, List<String> headers, boolean faulty) {
    }

    /** A household to add, with its members. */
    record NewHousehold(Household household, String villageName, String groupName, List<Member> members) {
    }

    /** An existing household's changed fields and new/changed members. */
    record Update(Household changed, String villageName, String groupName, List<Member> newMembers,
            List<Member> changedMembers) {
    }

    final Path file;
    final String sha256;
    final ImportKind kind;
    final ImportOptions options;
    final ColumnMapping mapping;
    final List<SheetHeader> headers;
    final Counts counts;
    final List<RowProblem> problems;
    final List<HouseholdDiff> households;
    final List<HouseholdDiff> missing;
    final List<Lead> leads;
    final List<Unmatched> unmatched;
    final Optional<ImportBatch> alreadyImported;
    final long auditMark;
    final List<RejectedCells> rejected;
    final List<NewHousehold> newHouseholds;
    final List<Update> updates;
    final Map<String, Integer> skippedSheets;
    final List<RosterMonitoring.Change> monitoring;

    ImportPlan(Path file, String sha256, ImportKind kind, ImportOptions options, ColumnMapping mapping,
            List<SheetHeader> headers, Counts counts, List<RowProblem> problems, List<HouseholdDiff> households,
            List<HouseholdDiff> missing, List<Lead> leads, List<Unmatched> unmatched,
            Optional<ImportBatch> alreadyImported, long auditMark, List<RejectedCells> rejected,
            List<NewHousehold> newHouseholds, List<Update> updates, Map<String, Integer> skippedSheets,
            List<RosterMonitoring.Change> monitoring) {
        this.file = file;
        this.sha256 = sha256;
        this.kind = kind;
        this.options = options;
        this.mapping = mapping;
        this.headers = headers;
        this.counts = counts;
        this.problems = problems;
        this.households = households;
        this.missing = missing;
        this.leads = leads;
        this.unmatched = unmatched;
        this.alreadyImported = alreadyImported;
        this.auditMark = auditMark;
        this.rejected = rejected;
        this.newHouseholds = newHouseholds;
        this.updates = updates;
        this.skippedSheets = skippedSheets;
        this.monitoring = monitoring;
    }

    public Path file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    public ImportKind kind() {
        return kind;
    }

    /** The options as applied (the town filter actually used, the mapping actually used). */
    public ImportOptions options() {
        return options;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The header found on each sheet that was read. */
    public List<SheetHeader> headers() {
        return headers;
    }

    /** Sheets that were skipped because no header was found on them (name → rows they hold, as far as read). */
    public Map<String, Integer> skippedSheets() {
        return skippedSheets;
    }

    public Counts counts() {
        return counts;
    }

    /** Every problem, errors (rejecting their row) and warnings, in file order. */
    public List<RowProblem> problems() {
        return problems;
    }

    public List<RowProblem> errors() {
        return problems.stream().filter(RowProblem::error).toList();
    }

    public List<RowProblem> warnings() {
        return problems.stream().filter(p -> !p.error()).toList();
    }

    /** The households of the file: added, changed, unchanged or held back. */
    public List<HouseholdDiff> households() {
        return households;
    }

    /** Households of the ledger (in the villages the file covers) that the file does not list. */
    public List<HouseholdDiff> missing() {
        return missing;
    }

    /** For a push list: the leads that would be recorded. */
    public List<Lead> leads() {
        return leads;
    }

    /** For a push list: the persons no household of the ledger holds. */
    public List<Unmatched> unmatched() {
        return unmatched;
    }

    /** When this very file (same SHA-256) was already imported and not reverted: that batch. Applying does nothing. */
    public Optional<ImportBatch> alreadyImported() {
        return alreadyImported;
    }

    /** Whether applying would write anything. */
    public boolean hasChanges() {
        return alreadyImported.isEmpty()
                && (!newHouseholds.isEmpty() || !updates.isEmpty() || !leads.isEmpty() || !monitoring.isEmpty());
    }

    public boolean hasRejectedRows() {
        return counts.rejectedRows() > 0;
    }
}
