package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 公示名单: per village, the households whose 村内公示 (拟纳入监测对象) or 民主评议公示 (拟消除风险) began in the month —
 * 户主, 人数, category, the risks or the elimination method, and the 公示 period — with where to object and the
 * village committee's seal line. One document per village (each its own page in the PDF, to post in the village);
 * always masked.
 */
public final class PublicityListForm extends BaseForm {

    public static final String ID = "publicity-list";

    public PublicityListForm(FormContext context) {
        super(ID, "公示名单", true, context);
    }

    @Override
    public boolean alwaysMasked() {
        return true;
    }

    private record Entry(String village, String head, long persons, String category, String matter, String detail,
            EpisodeStep step) {
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        MonthFacts f = MonthFacts.read(context, m);
        LocalDate end = m.atEndOfMonth();
        Map<String, List<Entry>> byVillage = new LinkedHashMap<>();
        f.villages().forEach(v -> byVillage.put(v.name(), new ArrayList<>()));
        for (EpisodeHistory e : f.episodes()) {
            for (EpisodeStep st : f.stepsBy(e.episodeId(), end)) {
                if (!YearMonth.from(st.stepOn()).equals(m) || !Workflow.PUBLICITY_STEPS.contains(st.kind())) {
                    continue;
                }
                boolean identification = Workflow.PUBLICITY.equals(st.kind());
                String detail = identification ? String.join("、", e.risks())
                        : e.eliminationAt(m).map(EpisodeHistory.Elimination::method).orElse("");
                byVillage.computeIfAbsent(e.village(), k -> new ArrayList<>()).add(new Entry(e.village(),
                        e.headName(), f.persons(e.householdId(), end), e.category(),
                        identification ? "拟纳入监测对象" : "拟消除风险", detail, st));
            }
        }
        List<ReportModel> out = new ArrayList<>();
        String town = context.office().town();
        for (var village : byVillage.entrySet()) {
            if (request.village() != null && !request.village().equals(village.getKey())) {
                continue;
            }
            List<Entry> entries = village.getValue();
            if (entries.isEmpty() && request.village() == null) {
                continue; // a village with nobody to publicise posts nothing
            }
            out.add(model(village.getKey(), entries, m, town));
        }
        if (out.isEmpty()) { // nothing anywhere this month: still a valid form that says so
            out.add(model(request.village() == null ? town : request.village(), List.of(), m, town));
        }
        return out;
    }

    private ReportModel model(String place, List<Entry> entries, YearMonth m, String town) {
        List<Header> headers = List.of(Column.of("no", "序号", COUNT, 5), Column.text("head", "户主", 8),
                Column.summed("persons", "人数", COUNT, 5), Column.text("category", "监测对象类别", 12),
                Column.text("matter", "公示事项", 12), Column.text("detail", "风险类型或消除方式", 18),
                Column.text("period", "公示期", 24));
        List<Row> rows = new ArrayList<>();
        long persons = 0;
        for (Entry e : entries) {
            persons += e.persons();
            rows.add(Row.data((long) rows.size() + 1, e.head(), e.persons(), e.category(), e.matter(), e.detail(),
                    e.step().stepOn() + (e.step().endOn() == null ? " 起" : " 至 " + e.step().endOn())));
        }
        rows.add(Row.total(java.util.Arrays.asList(null, "合计（" + entries.size() + "户）", persons, null, null, null, null)));
        List<String> notes = new ArrayList<>();
        if (entries.isEmpty()) {
            notes.add("本月没有需要公示的农户。");
        }
        String phone = context.office().phone();
        notes.add("公示期不少于5天。对公示对象如有异议，请在公示期内向村民委员会或" + town
                + "人民政府（乡村振兴办" + (phone.isEmpty() ? "" : "，电话 " + phone) + "）实名反映，我们将依规核实处理。");
        String unit = place.equals(town) ? town + "人民政府" : place + "村民委员会";
        Signature s = new Signature(unit, context.office().operator(), context.office().reviewer(),
                context.office().head(), context.today());
        String title = (place.equals(town) ? town : place) + "防止返贫监测对象公示名单（" + Months.text(m) + "）";
        return new ReportModel(ID, title, Months.text(m), "单位：户、人", List.of(new ReportTable("公示名单", headers,
                rows)), notes, s, false, false);
    }
}
