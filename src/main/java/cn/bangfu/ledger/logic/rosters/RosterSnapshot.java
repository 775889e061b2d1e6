package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the comparison of a roster with the ledger ({@link RosterDiffer}) needs of the ledger, read in one go. */
record RosterSnapshot(Map<String, Household> householdsByNo, Map<Long, Village> villages,
        Map<Long, List<VillageGroup>> groups, Map<Long, List<Member>> currentMembers, Map<String, Long> idHolders,
        Map<Long, String> householdNos, Map<Long, String> headNames, RosterMonitoring.Ledger monitoring) {

    Village villageNamed(String name) {
        return villages.values().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Reads every household, village and group, the current members of the households the file lists
     * ({@code numbers}), who holds each ID, and the episodes; measures and thresholds are read when the monitoring
     * plan asks for them.
     */
    static RosterSnapshot read(Ledger ledger, LedgerView v, Set<String> numbers) {
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
        List<Long> inFile = numbers.stream().map(byNo::get).filter(Objects::nonNull).map(Household::id).toList();
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
        return new RosterSnapshot(byNo, villages, groups, members, idHolders, nos, v.households().headNames(),
                monitoring);
    }
}
