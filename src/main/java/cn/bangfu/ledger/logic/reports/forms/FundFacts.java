package cn.bangfu.ledger.logic.reports.forms;

import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Project;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the funds forms name their figures by, read in one read transaction: the funds (in the ledger's order), the
 * projects, the villages' names, each project's planned investment by fund and its linked beneficiary households,
 * and each household's 户类型.
 */
record FundFacts(Map<Long, Fund> funds, Map<Long, Project> projects, Map<Long, String> villages,
        Map<Long, Map<Long, Long>> plans, Map<Long, List<Long>> beneficiaries, Map<Long, String> householdTypes) {

    /** The key of the funds facts shared by the forms of one pack. */
    private record Key(YearMonth month) {
    }

    static FundFacts read(FormContext context, YearMonth month) {
        return context.shared(new Key(month), () -> context.read(v -> {
            Map<Long, Fund> funds = new LinkedHashMap<>();
            v.funds().funds().forEach(f -> funds.put(f.id(), f));
            Map<Long, Project> projects = new LinkedHashMap<>();
            v.funds().projects().forEach(p -> projects.put(p.id(), p));
            Map<Long, String> villages = new HashMap<>();
            v.villages().list().forEach(x -> villages.put(x.id(), x.name()));
            Map<Long, String> types = new HashMap<>();
            v.households().all().forEach(h -> types.put(h.id(), h.householdType()));
            return new FundFacts(funds, projects, villages, v.funds().plans(), v.funds().beneficiaries(), types);
        }));
    }

    /** The fund's name, or its number when it is not known. */
    String fund(long id) {
        Fund f = funds.get(id);
        return f == null ? "资金" + id : f.name();
    }

    /** The project's name; null for money paid with no project. */
    String project(Long id) {
        if (id == null) {
            return null;
        }
        Project p = projects.get(id);
        return p == null ? "项目" + id : p.name();
    }

    /** Where the project is carried out: its village, or 全镇. */
    String place(Project p) {
        return p.villageId() == null ? "全镇" : villages.getOrDefault(p.villageId(), "");
    }
}
