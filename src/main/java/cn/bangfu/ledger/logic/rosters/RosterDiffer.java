package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.ADDRESS;
import static cn.bangfu.ledger.logic.rosters.RosterField.GROUP;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_NO;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_PHONE;
import static cn.bangfu.ledger.logic.rosters.RosterField.HOUSEHOLD_TYPE;
import static cn.bangfu.ledger.logic.rosters.RosterField.ID_NUMBER;
import static cn.bangfu.ledger.logic.rosters.RosterField.NO_LABOUR_CAPACITY;
import static cn.bangfu.ledger.logic.rosters.RosterField.VILLAGE;
import static cn.bangfu.ledger.logic.rosters.RosterRow.firstValue;

import cn.bangfu.ledger.logic.rosters.ImportPlan.NewHousehold;
import cn.bangfu.ledger.logic.rosters.ImportPlan.Update;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the parsed rows of a roster with the ledger: which households and persons would be added, which
 * changed (field by field), which are unchanged, which the ledger has and the file does not (never deleted),
 * and which households are held back whole because a row of theirs was rejected. Cells left blank in the
 * file never erase what the ledger holds.
 */
final class RosterDiffer {

    /** The outcome of the comparison. */
    record Outcome(List<HouseholdDiff> households, List<HouseholdDiff> missing, List<NewHousehold> added,
            List<Update> updates, List<RosterMonitoring.Change> monitoring, long[] counts) {
    }

    // counts indexes
    static final int H_ADDED = 0;
    static final int H_CHANGED = 1;
    static final int H_UNCHANGED = 2;
    static final int H_MISSING = 3;
    static final int H_HELD = 4;
    static final int P_ADDED = 5;
    static final int P_CHANGED = 6;
    static final int P_UNCHANGED = 7;
    static final int P_MISSING = 8;
    static final int M_OPENED = 9;
    static final int M_ELIMINATED = 10;
    static final int M_CATEGORY = 11;

    private final RosterSnapshot ledger;
    private final RosterHouseholdChecks checks;
    private final ColumnMapping mapping;
    private final ImportProgress progress;
    /** A partial roster: the ledger's households it does not list are not "missing". */
    private final boolean supplement;
    private final RosterMonitoring monitoring;

    RosterDiffer(LocalDate today, RosterSnapshot ledger, ColumnMapping mapping, boolean supplement,
            ImportProgress progress) {
        this.checks = new RosterHouseholdChecks(today, ledger);
        this.supplement = supplement;
        this.monitoring = new RosterMonitoring(ledger.monitoring(), YearMonth.from(today));
        this.ledger = ledger;
        this.mapping = mapping;
        this.progress = progress;
    }

    /** Marks the rows whose ID is in two households of the file, or held by another household of the ledger. */
    void checkIds(List<RosterRow> rows) {
        for (var e : RosterRow.byId(rows).entrySet()) {
            List<RosterRow> holders = e.getValue();
            Set<String> households = new LinkedHashSet<>();
            holders.forEach(r -> households.add(Objects.toString(r.text(HOUSEHOLD_NO), "")));
            if (holders.size() > 1) {
                String where = String.join("、", holders.stream().map(RosterRow::where).toList());
                String msg = households.size() > 1
                        ? "证件号码 " + e.getKey() + " 在文件中出现在 " + households.size() + " 个不同的户（户编号 "
                                + String.join("、", households) + "；" + where + "），无法判断此人属于哪一户：请核实后只保留一处。"
                        : "证件号码 " + e.getKey() + " 在同一户中重复出现（" + where + "）：请删去重复的行。";
                for (RosterRow r : holders) {
                    r.problem(ID_NUMBER, RowProblem.ID_DUPLICATE, msg, true);
                }
                continue;
            }
            RosterRow r = holders.getFirst();
            Long holder = ledger.idHolders().get(e.getKey());
            if (holder != null) {
                String ledgerNo = ledger.householdNos().get(holder);
                if (!ledgerNo.equals(r.text(HOUSEHOLD_NO))) {
                    r.problem(ID_NUMBER, RowProblem.ID_CONFLICT, "证件号码 " + e.getKey() + " 在账本中属于另一户（户编号 " + ledgerNo
                            + "，户主 " + Objects.toString(ledger.headNames().get(holder), "—")
                            + "）：一人只能在一户。如确已迁户，请先在原户登记迁出，再导入。", true);
                }
            }
        }
    }

    Outcome compare(List<RosterRow> rows) {
        Map<String, List<RosterRow>> byNo = RosterRow.byHousehold(rows);
        List<HouseholdDiff> diffs = new ArrayList<>();
        List<NewHousehold> added = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        List<RosterMonitoring.Change> monitored = new ArrayList<>();
        long[] counts = new long[12];
        Set<Long> villagesInFile = new HashSet<>();
        Set<String> villageNamesInFile = new HashSet<>();
        int done = 0;
        for (var e : byNo.entrySet()) {
            if (++done % 1000 == 0) {
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                progress.update("比对账本", done, byNo.size());
            }
            String no = e.getKey();
            List<RosterRow> hhRows = e.getValue();
            Household existing = ledger.householdsByNo().get(no);
            String villageName = firstValue(hhRows, VILLAGE);
            if (villageName != null) {
                villageNamesInFile.add(villageName);
            } else if (existing != null) {
                villagesInFile.add(existing.villageId());
            }
            List<Member> members = new ArrayList<>(hhRows.size());
            for (RosterRow r : hhRows) {
                members.add(r.member());
            }
            if (existing == null) {
                checks.requireForNew(hhRows);
            }
            checks.warnPlausibility(hhRows, members);
            checks.checkConsistency(hhRows);
            RosterMonitoring.Change mon = null;
            if (!no.isEmpty() && hhRows.stream().noneMatch(r -> r.rejected)) {
                // (a household already held back for a faulty row is checked again when its corrected rows come back)
                int persons = checks.checkRules(existing, hhRows, members);
                if (hhRows.stream().noneMatch(r -> r.rejected)) {
                    mon = monitoring.plan(no, existing, proposed(no, existing, hhRows),
                            villageName != null || existing == null ? villageName
                                    : ledger.villages().get(existing.villageId()).name(),
                            hhRows, persons, RosterRow.headRow(hhRows));
                }
            }
            String headName = headName(hhRows, members);
            if (no.isEmpty() || hhRows.stream().anyMatch(r -> r.rejected)) {
                List<RosterRow> bad = hhRows.stream().filter(r -> r.rejected).toList();
                String why = bad.isEmpty() ? "缺少户编号"
                        : bad.size() + " 行有错误（" + String.join("、", bad.stream().limit(3).map(RosterRow::where).toList())
                                + (bad.size() > 3 ? " 等" : "") + "），整户暂缓导入";
                counts[H_HELD]++;
                diffs.add(new HouseholdDiff(DiffStatus.HELD_BACK, no, villageName, headName, List.of(),
                        persons(hhRows, members, DiffStatus.HELD_BACK), why));
                continue;
            }
            if (existing == null) {
                String type = firstValue(hhRows, HOUSEHOLD_TYPE);
                Boolean noLabour = firstValue(hhRows, NO_LABOUR_CAPACITY);
                Household h = new Household(null, no, 0, null, type, Boolean.TRUE.equals(noLabour),
                        firstValue(hhRows, HOUSEHOLD_PHONE), firstValue(hhRows, ADDRESS), null);
                added.add(new NewHousehold(h, villageName, firstValue(hhRows, GROUP), members));
                counts[H_ADDED]++;
                counts[P_ADDED] += members.size();
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange("行政村", null, villageName));
                changes.add(new FieldChange("户类型", null, type));
                monitored(mon, changes, monitored, counts);
                diffs.add(new HouseholdDiff(DiffStatus.ADDED, no, villageName, headName, changes,
                        persons(hhRows, members, DiffStatus.ADDED), null));
                continue;
            }
            diffs.add(compareExisting(existing, hhRows, members, villageName, headName, updates, counts, mon, monitored));
        }
        List<HouseholdDiff> missing = supplement ? List.of()
                : missing(byNo.keySet(), villagesInFile, villageNamesInFile, counts);
        return new Outcome(diffs, missing, added, updates, monitored, counts);
    }

    private HouseholdDiff compareExisting(Household h, List<RosterRow> hhRows, List<Member> members, String villageName,
            String headName, List<Update> updates, long[] counts, RosterMonitoring.Change mon,
            List<RosterMonitoring.Change> monitored) {
        List<FieldChange> changes = new ArrayList<>();
        Long villageId = h.villageId();
        String currentVillage = ledger.villages().get(h.villageId()).name();
        if (villageName != null && !villageName.equals(currentVillage)) {
            changes.add(new FieldChange("行政村", currentVillage, villageName));
            Village v = ledger.villageNamed(villageName);
            villageId = v == null ? null : v.id();
        }
        String groupName = firstValue(hhRows, GROUP);
        String currentGroup = h.groupId() == null ? null : groupName(h.villageId(), h.groupId());
        Long groupId = h.groupId();
        if (groupName != null && !groupName.equals(currentGroup)) {
            changes.add(new FieldChange("村民小组", currentGroup, groupName));
            groupId = null; // resolved (or created) when applied
        }
        String type = pick(firstValue(hhRows, HOUSEHOLD_TYPE), h.householdType(), "户类型", changes, Function.identity());
        Boolean noLabour = pick(firstValue(hhRows, NO_LABOUR_CAPACITY), h.noLabourCapacity(), "是否整户无劳动能力", changes,
                b -> b ? "是" : "否");
        String phone = pick(firstValue(hhRows, HOUSEHOLD_PHONE), h.phone(), "户联系电话", changes, Function.identity());
        String address = pick(firstValue(hhRows, ADDRESS), h.address(), "家庭住址", changes, Function.identity());
        Household changed = changes.isEmpty() ? null
                : new Household(h.id(), h.householdNo(), villageId == null ? 0 : villageId, groupId, type, noLabour,
                        phone, address, h.note());

        List<Member> current = ledger.currentMembers().getOrDefault(h.id(), List.of());
        CurrentMembers byKey = new CurrentMembers(current);
        List<PersonDiff> persons = new ArrayList<>();
        List<Member> newMembers = new ArrayList<>();
        List<Member> changedMembers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < hhRows.size(); i++) {
            Member m = members.get(i);
            RosterRow row = hhRows.get(i);
            Member old = byKey.matchOf(m);
            if (old == null) {
                newMembers.add(m.inHousehold(h.id()));
                counts[P_ADDED]++;
                persons.add(new PersonDiff(DiffStatus.ADDED, m.name(), shownId(m), row.rowNumber, List.of()));
                continue;
            }
            seen.add(old.id());
            List<FieldChange> mc = new ArrayList<>();
            Member merged = merge(old, m, row, mc);
            if (mc.isEmpty()) {
                counts[P_UNCHANGED]++;
                persons.add(new PersonDiff(DiffStatus.UNCHANGED, m.name(), shownId(m), row.rowNumber, List.of()));
            } else {
                counts[P_CHANGED]++;
                changedMembers.add(merged);
                persons.add(new PersonDiff(DiffStatus.CHANGED, m.name(), shownId(m), row.rowNumber, mc));
            }
        }
        for (Member m : current) {
            if (!seen.contains(m.id())) {
                counts[P_MISSING]++;
                persons.add(new PersonDiff(DiffStatus.MISSING, m.name(), shownId(m), 0, List.of()));
            }
        }
        monitored(mon, changes, monitored, counts);
        boolean householdChanged = changed != null || !newMembers.isEmpty() || !changedMembers.isEmpty() || mon != null;
        if (householdChanged) {
            updates.add(new Update(changed, villageId == null ? villageName : null,
                    groupId == null && groupName != null ? groupName : null, newMembers, changedMembers));
            counts[H_CHANGED]++;
        } else {
            counts[H_UNCHANGED]++;
        }
        return new HouseholdDiff(householdChanged ? DiffStatus.CHANGED : DiffStatus.UNCHANGED, h.householdNo(),
                villageName != null ? villageName : currentVillage, headName != null ? headName
                        : ledger.headNames().get(h.id()), changes, persons, null);
    }

    /** Lists a household's monitoring changes in its difference and among the plan's changes, and counts them. */
    private static void monitored(RosterMonitoring.Change mon, List<FieldChange> changes,
            List<RosterMonitoring.Change> monitored, long[] counts) {
        if (mon == null) {
            return;
        }
        changes.addAll(mon.lines());
        monitored.add(mon);
        counts[M_OPENED] += mon.open() != null ? 1 : 0;
        counts[M_ELIMINATED] += mon.elimination() != null ? 1 : 0;
        counts[M_CATEGORY] += mon.category() != null ? 1 : 0;
    }

    /** The household as the rules would see it after the import (its 整户无劳动能力 as the file says). */
    private static Household proposed(String no, Household existing, List<RosterRow> hhRows) {
        Boolean noLabour = firstValue(hhRows, NO_LABOUR_CAPACITY);
        if (existing == null) {
            return new Household(null, no, 0, null, firstValue(hhRows, HOUSEHOLD_TYPE), Boolean.TRUE.equals(noLabour),
                    null, null, null);
        }
        return new Household(existing.id(), existing.householdNo(), existing.villageId(), existing.groupId(),
                existing.householdType(), noLabour != null ? noLabour : existing.noLabourCapacity(), existing.phone(),
                existing.address(), existing.note());
    }

    private String groupName(long villageId, long groupId) {
        return ledger.groups().getOrDefault(villageId, List.of()).stream().filter(g -> g.id() == groupId)
                .map(VillageGroup::name).findFirst().orElse(null);
    }

    private static <T> T pick(T fromFile, T inLedger, String label, List<FieldChange> changes, Function<T, String> show) {
        if (fromFile == null || fromFile.equals(inLedger)) {
            return inLedger;
        }
        changes.add(new FieldChange(label, inLedger == null ? null : show.apply(inLedger), show.apply(fromFile)));
        return fromFile;
    }

    /** The ledger's member with the file's non-blank mapped values; the changes listed for the review. */
    private Member merge(Member old, Member file, RosterRow row, List<FieldChange> out) {
        return new Member(old.id(), old.householdId(),
                pick(file.name(), old.name(), "姓名", out, Function.identity()),
                mapped(RosterField.ID_TYPE) ? pick(file.idType(), old.idType(), "证件类型", out, Function.identity()) : old.idType(),
                old.idNumber(), old.idNumberRaw(), old.idFlag(),
                pick(file.gender(), old.gender(), "性别", out, g -> "1".equals(g) ? "男" : "女"),
                pick(file.birthDate(), old.birthDate(), "出生日期", out, Object::toString),
                pick(file.ethnicity(), old.ethnicity(), "民族", out, Function.identity()),
                pick(file.relation(), old.relation(), "与户主关系", out, Function.identity()),
                pick(file.education(), old.education(), "文化程度", out, Function.identity()),
                pick(file.schoolStatus(), old.schoolStatus(), "在校生状况", out, Function.identity()),
                pick(file.health(), old.health(), "健康状况", out, Function.identity()),
                pick(file.labourSkill(), old.labourSkill(), "劳动技能", out, Function.identity()),
                pick(file.workStatus(), old.workStatus(), "务工状况", out, Function.identity()),
                pick(file.workMonths(), old.workMonths(), "务工时间（月）", out, Object::toString),
                pick(file.medicalInsurance(), old.medicalInsurance(), "基本医疗保险", out, RosterDiffer::yesNo),
                pick(file.seriousIllnessInsurance(), old.seriousIllnessInsurance(), "大病保险", out, RosterDiffer::yesNo),
                pick(file.pensionInsurance(), old.pensionInsurance(), "养老保险", out, RosterDiffer::yesNo),
                pick(file.dibao(), old.dibao(), "享受低保政策情况", out, Function.identity()),
                pick(file.tekun(), old.tekun(), "享受特困供养政策情况", out, Function.identity()),
                pick(file.publicPost(), old.publicPost(), "公益性岗位", out, Function.identity()),
                pick(file.publicPostMonths(), old.publicPostMonths(), "公益性岗位（月）", out, Object::toString),
                pick(file.phone(), old.phone(), "联系电话", out, Function.identity()),
                pick(file.personNo(), old.personNo(), "人编号", out, Function.identity()),
                old.leftOn(), old.leftReason());
    }

    private boolean mapped(RosterField f) {
        return mapping.maps(f);
    }

    private static String yesNo(Boolean b) {
        return b ? "是" : "否";
    }

    private static String shownId(Member m) {
        return m.idNumber() != null ? m.idNumber() : m.idNumberRaw();
    }

    private List<HouseholdDiff> missing(Set<String> inFile, Set<Long> villageIds, Set<String> villageNames, long[] counts) {
        Set<Long> villages = new HashSet<>(villageIds);
        for (String n : villageNames) {
            Village v = ledger.villageNamed(n);
            if (v != null) {
                villages.add(v.id());
            }
        }
        List<HouseholdDiff> out = new ArrayList<>();
        for (Household h : ledger.householdsByNo().values()) {
            if (!inFile.contains(h.householdNo()) && villages.contains(h.villageId())) {
                counts[H_MISSING]++;
                out.add(new HouseholdDiff(DiffStatus.MISSING, h.householdNo(), ledger.villages().get(h.villageId()).name(),
                        ledger.headNames().get(h.id()), List.of(), List.of(), null));
            }
        }
        out.sort(java.util.Comparator.comparing(HouseholdDiff::village).thenComparing(HouseholdDiff::householdNo));
        return out;
    }

    private static List<PersonDiff> persons(List<RosterRow> rows, List<Member> members, DiffStatus status) {
        List<PersonDiff> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RosterRow r = rows.get(i);
            out.add(new PersonDiff(status, members.get(i).name(), shownId(members.get(i)), r.rowNumber, List.of()));
        }
        return out;
    }

    private static String headName(List<RosterRow> rows, List<Member> members) {
        for (Member m : members) {
            if (Member.HEAD.equals(m.relation())) {
                return m.name();
            }
        }
        return members.isEmpty() ? null : members.getFirst().name();
    }
}
