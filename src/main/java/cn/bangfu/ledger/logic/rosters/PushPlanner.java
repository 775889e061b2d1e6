package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.rosters.ImportPlan.RejectedCells;
import cn.bangfu.ledger.logic.rosters.RosterRow.ParsedId;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.store.Ledger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan of a department push list (部门比对推送名单): a lead for each listed person the ledger holds, unless
 * the same lead (ID, department, reason, date) is already registered; the others are listed as unmatched.
 */
final class PushPlanner {

    private PushPlanner() {
    }

    private record Holder(long memberId, long householdId) {
    }

    static ImportPlan plan(Ledger ledger, Path file, String sha, ImportOptions used, RosterPlanner.Result read,
            Optional<ImportBatch> already, long mark) {
        Map<String, Holder> holders = new HashMap<>();
        Set<String> existingLeads = new HashSet<>();
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
        Set<String> inFile = new HashSet<>();
        for (RosterRow r : read.rows()) {
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
                ImportPlanning.problems(read.rows()), List.of(), List.of(), leads, unmatched, already, mark, rejected,
                List.of(), List.of(), read.skippedSheets(), List.of());
    }

    private static String leadKey(String id, String source, String reason, LocalDate pushed) {
        return id + "|" + source + "|" + reason + "|" + pushed;
    }

    private static List<RejectedCells> rejected(List<RosterRow> rows) {
        List<RejectedCells> out = new ArrayList<>();
        for (RosterRow r : rows) {
            if (r.rejected) {
                out.add(new RejectedCells(r.sheet, r.rowNumber, r.header.names(), true));
            }
        }
        return out;
    }
}
