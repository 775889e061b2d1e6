package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.FLAG;
import static cn.bangfu.ledger.logic.reports.CellKind.MONTH;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Header.Group;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.MeasureSpan;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 帮扶措施落实台账: one row per household at risk at the month's end (or whose risk was eliminated in the month):
 * category, risks 1–5, the measures of each family in force in the month, months since identification, and the
 * flag 识别满一月未落实开发式帮扶措施 (the same rule as the work queue: a household with labour capacity, identified a
 * month or more before the month's end, with no 产业/就业/公益性岗位/金融/消费 measure started since).
 */
public final class MeasuresForm extends BaseForm {

    public static final String ID = "measures";

    public MeasuresForm(FormContext context) {
        super(ID, "帮扶措施落实台账", true, context);
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        MonthFacts f = MonthFacts.read(context, m);
        List<String> families = new ArrayList<>(f.families());
        f.measures().values().forEach(list -> list.stream().map(MeasureSpan::family)
                .filter(x -> !families.contains(x)).forEach(families::add));

        List<Header> headers = new ArrayList<>();
        headers.add(Column.text("village", "村", 10));
        headers.add(Column.of("household_no", "户编号", CODE, 16));
        headers.add(Column.text("head", "户主", 8));
        headers.add(Column.summed("persons", "人数", COUNT, 5));
        headers.add(Column.text("category", "监测对象类别", 12));
        headers.add(Column.of("identified", "识别监测时间", MONTH, 9));
        List<Header> risks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            risks.add(Column.text("risk" + i, "风险" + i, 8));
        }
        headers.add(new Group("致贫/返贫风险", risks));
        List<Header> measureColumns = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            measureColumns.add(Column.text("family" + (i + 1), families.get(i), 10));
        }
        headers.add(new Group("帮扶措施（本月在实施）", measureColumns));
        headers.add(Column.summed("months", "识别以来月数", COUNT, 7));
        headers.add(Column.of("no_development", "识别满一月未落实开发式帮扶措施", FLAG, 10));

        LocalDate end = m.atEndOfMonth();
        List<Row> rows = new ArrayList<>();
        long persons = 0;
        long flagged = 0;
        for (EpisodeHistory e : f.latestBy(m).values()) {
            if (request.village() != null && !request.village().equals(e.village())) {
                continue;
            }
            if (!e.openAt(m) && e.eliminatedIn(m).isEmpty()) {
                continue;
            }
            List<MeasureSpan> measures = f.measures().getOrDefault(e.householdId(), List.of());
            List<Object> cells = new ArrayList<>();
            int n = f.persons(e.householdId(), end);
            persons += n;
            cells.add(e.village());
            cells.add(e.householdNo());
            cells.add(e.headName());
            cells.add((long) n);
            cells.add(e.category());
            cells.add(e.identifiedMonth());
            for (int i = 0; i < 5; i++) {
                cells.add(i < e.risks().size() ? e.risks().get(i) : null);
            }
            for (String family : families) {
                String details = measures.stream().filter(x -> x.family().equals(family) && x.activeIn(m))
                        .map(x -> x.detail() == null || x.detail().isBlank() ? "有" : x.detail().strip())
                        .distinct().collect(Collectors.joining("，"));
                cells.add(details.isEmpty() ? null : details);
            }
            cells.add(ChronoUnit.MONTHS.between(e.identifiedMonth(), m));
            boolean flag = noDevelopmentMeasure(e, measures, m);
            flagged += flag ? 1 : 0;
            cells.add(flag);
            rows.add(Row.data(cells));
        }
        int monthsColumn = 11 + families.size();
        rows.add(Row.totalAt(Header.width(headers), Map.of(0, "合计（" + rows.size() + "户）", 3, persons,
                monthsColumn, rows.stream().mapToLong(r -> (Long) r.cell(monthsColumn)).sum())));
        List<String> notes = List.of("本月识别满一月未落实开发式帮扶措施：" + flagged + " 户。",
                "开发式帮扶措施指产业帮扶、就业帮扶、公益性岗位、金融帮扶、消费帮扶；整户无劳动能力的户不计。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：户、人、月",
                List.of(new ReportTable("措施落实", headers, rows)), notes, context.signature(), false, true));
    }

    /** 识别满一月未落实开发式帮扶措施 at the month's end (AttentionChecks' rule, on the month's end). */
    static boolean noDevelopmentMeasure(EpisodeHistory e, List<MeasureSpan> measures, YearMonth m) {
        if (!e.openAt(m) || e.noLabourCapacity()) {
            return false;
        }
        LocalDate identifiedOn = e.identifiedMonth().atDay(1);
        LocalDate end = m.atEndOfMonth();
        if (end.isBefore(identifiedOn.plusMonths(1))) {
            return false;
        }
        return measures.stream().noneMatch(x -> AttentionChecks.DEVELOPMENTAL_FAMILIES.contains(x.family())
                && !x.startOn().isBefore(identifiedOn) && !x.startOn().isAfter(end));
    }
}
