package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Header.Group;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.MeasureSpan;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 监测对象动态月报: by village × category, the 监测对象 at last month's end, newly identified, eliminated (帮扶消除 /
 * 自然消除), at this month's end, of which not eliminated and 整户无劳动能力; then the month-end households at risk by
 * risk and by measure family. Everything is the state at the month's end, computed from dated facts, so a past
 * month reads as it was.
 *
 * <p>A household counts once at a month's end, with the category of its latest episode identified by then; it is
 * 未消除风险 when that episode's risk was not eliminated by then. Persons are the members who had not left by that
 * day. Risks and 整户无劳动能力 are as recorded now (they are not dated).
 */
public final class MonitoringMonthlyForm extends BaseForm {

    public static final String ID = "monitoring-monthly";
    static final String HELP_METHOD = "帮扶消除";
    static final String NATURAL_METHOD = "自然消除";

    public MonitoringMonthlyForm(FormContext context) {
        super(ID, "监测对象动态月报", true, context);
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        MonthFacts f = MonthFacts.read(context, m);
        List<ReportTable> tables = List.of(byVillage(f, m, request.village()), byRisk(f, m, request.village()),
                byMeasure(f, m, request.village()));
        List<String> notes = List.of(
                "说明：监测对象按月末状态统计（含已消除风险的监测对象）；一户多次纳入监测的，按当月末最近一次的类别计一户。",
                "人数为当日仍在户的家庭成员；风险类型和整户无劳动能力按现有记录。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：户、人", tables, notes,
                context.signature(), false, true));
    }

    private static List<Header> pair(String caption) {
        return List.of(Group.of(caption, Column.summed(key(caption) + "_h", "户", COUNT, 6),
                Column.summed(key(caption) + "_p", "人", COUNT, 6)));
    }

    private static String key(String caption) {
        return switch (caption) {
            case "上月末监测对象" -> "start";
            case "本月新识别" -> "new";
            case "帮扶消除" -> "elim_help";
            case "自然消除" -> "elim_natural";
            case "本月末监测对象" -> "end";
            case "其中：未消除风险" -> "open";
            case "其中：整户无劳动能力" -> "no_labour";
            default -> throw new IllegalArgumentException(caption);
        };
    }

    private static boolean inVillage(EpisodeHistory e, String village) {
        return village == null || village.equals(e.village());
    }

    private ReportTable byVillage(MonthFacts f, YearMonth m, String onlyVillage) {
        List<Header> headers = new ArrayList<>();
        headers.add(Column.text("village", "村", 12));
        headers.add(Column.text("category", "监测对象类别", 14));
        headers.addAll(pair("上月末监测对象"));
        headers.addAll(pair("本月新识别"));
        headers.add(new Group("本月风险消除", List.of(pair("帮扶消除").get(0), pair("自然消除").get(0))));
        headers.addAll(pair("本月末监测对象"));
        headers.addAll(pair("其中：未消除风险"));
        headers.addAll(pair("其中：整户无劳动能力"));

        YearMonth previous = m.minusMonths(1);
        LocalDate end = m.atEndOfMonth();
        LocalDate previousEnd = previous.atEndOfMonth();
        Map<Long, EpisodeHistory> atStart = f.latestBy(previous);
        Map<Long, EpisodeHistory> atEnd = f.latestBy(m);

        List<Row> rows = new ArrayList<>();
        long[] total = new long[14];
        for (String village : villages(f, onlyVillage)) {
            long[] sub = new long[14];
            for (String category : f.categories()) {
                long[] c = new long[14];
                for (EpisodeHistory e : atStart.values()) {
                    if (e.village().equals(village) && e.category().equals(category)) {
                        add(c, 0, f.persons(e.householdId(), previousEnd));
                    }
                }
                Set<Long> counted = new HashSet<>();
                for (EpisodeHistory e : f.episodes()) {
                    if (!e.village().equals(village) || !e.category().equals(category)) {
                        continue;
                    }
                    if (e.identifiedMonth().equals(m) && counted.add(e.householdId())) {
                        add(c, 2, f.persons(e.householdId(), end));
                    }
                    e.eliminatedIn(m).ifPresent(el -> add(c, NATURAL_METHOD.equals(el.method()) ? 6 : 4,
                            f.persons(e.householdId(), end)));
                }
                for (EpisodeHistory e : atEnd.values()) {
                    if (e.village().equals(village) && e.category().equals(category)) {
                        int persons = f.persons(e.householdId(), end);
                        add(c, 8, persons);
                        if (e.openAt(m)) {
                            add(c, 10, persons);
                        }
                        if (e.noLabourCapacity()) {
                            add(c, 12, persons);
                        }
                    }
                }
                rows.add(Row.data(cells(village, category, c)));
                for (int i = 0; i < c.length; i++) {
                    sub[i] += c[i];
                    total[i] += c[i];
                }
            }
            rows.add(Row.subtotal(cells(village, "小计", sub)));
        }
        rows.add(Row.total(cells("合计", "", total)));
        return new ReportTable("动态月报", headers, rows);
    }

    private static void add(long[] c, int at, int persons) {
        c[at]++;
        c[at + 1] += persons;
    }

    private static List<Object> cells(String first, String second, long[] values) {
        List<Object> out = new ArrayList<>();
        out.add(first);
        out.add(second);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    /** The town's villages in order, and any other village an episode names; one village when asked for. */
    private static List<String> villages(MonthFacts f, String only) {
        Set<String> names = new java.util.LinkedHashSet<>();
        f.villages().forEach(v -> names.add(v.name()));
        f.episodes().forEach(e -> names.add(e.village()));
        if (only != null) {
            return names.contains(only) ? List.of(only) : List.of();
        }
        return new ArrayList<>(names);
    }

    private ReportTable byRisk(MonthFacts f, YearMonth m, String onlyVillage) {
        List<Header> headers = List.of(Column.text("risk", "致贫/返贫风险", 16),
                new Group("本月末未消除风险的监测对象", List.of(
                        Group.of("主要风险（风险1）", Column.summed("main_h", "户", COUNT, 8),
                                Column.summed("main_p", "人", COUNT, 8)),
                        Column.of("any_h", "涉及该风险的户（风险1–5）", COUNT, 14))));
        LocalDate end = m.atEndOfMonth();
        List<EpisodeHistory> open = f.latestBy(m).values().stream()
                .filter(e -> e.openAt(m) && inVillage(e, onlyVillage)).toList();
        List<String> risks = new ArrayList<>(f.risks());
        open.forEach(e -> e.risks().stream().filter(r -> !risks.contains(r)).forEach(risks::add));
        List<Row> rows = new ArrayList<>();
        long households = 0;
        long persons = 0;
        for (String risk : risks) {
            long mainH = 0;
            long mainP = 0;
            long any = 0;
            for (EpisodeHistory e : open) {
                if (!e.risks().isEmpty() && e.risks().get(0).equals(risk)) {
                    mainH++;
                    mainP += f.persons(e.householdId(), end);
                }
                if (e.risks().contains(risk)) {
                    any++;
                }
            }
            households += mainH;
            persons += mainP;
            rows.add(Row.data(risk, mainH, mainP, any));
        }
        long unrecorded = open.stream().filter(e -> e.risks().isEmpty()).count();
        if (unrecorded > 0) {
            long p = open.stream().filter(e -> e.risks().isEmpty()).mapToLong(e -> f.persons(e.householdId(), end))
                    .sum();
            rows.add(Row.data("未登记风险", unrecorded, p, null));
            households += unrecorded;
            persons += p;
        }
        rows.add(Row.total(Arrays.asList("合计", households, persons, null)));
        return new ReportTable("按风险类型", headers, rows);
    }

    private ReportTable byMeasure(MonthFacts f, YearMonth m, String onlyVillage) {
        List<Header> headers = List.of(Column.text("family", "帮扶措施", 16),
                Column.of("open_h", "本月末未消除风险户中已落实（户）", COUNT, 16),
                Column.of("new_h", "本月新落实（户）", COUNT, 12),
                Column.summed("active", "本月在实施措施（条）", COUNT, 14));
        List<EpisodeHistory> open = f.latestBy(m).values().stream()
                .filter(e -> e.openAt(m) && inVillage(e, onlyVillage)).toList();
        Set<Long> households = new HashSet<>();
        f.latestBy(m).values().stream().filter(e -> inVillage(e, onlyVillage))
                .forEach(e -> households.add(e.householdId()));
        List<String> families = new ArrayList<>(f.families());
        f.measures().values().forEach(list -> list.stream().map(MeasureSpan::family)
                .filter(x -> !families.contains(x)).forEach(families::add));
        List<Row> rows = new ArrayList<>();
        long active = 0;
        for (String family : families) {
            long openH = open.stream().filter(e -> f.measures().getOrDefault(e.householdId(), List.of()).stream()
                    .anyMatch(x -> x.family().equals(family) && x.activeIn(m))).count();
            long newH = households.stream().filter(h -> f.measures().getOrDefault(h, List.of()).stream()
                    .anyMatch(x -> x.family().equals(family) && x.startedIn(m))).count();
            long n = households.stream().mapToLong(h -> f.measures().getOrDefault(h, List.of()).stream()
                    .filter(x -> x.family().equals(family) && x.activeIn(m)).count()).sum();
            active += n;
            rows.add(Row.data(family, openH, newH, n));
        }
        rows.add(Row.total(Arrays.asList("合计", null, null, active)));
        return new ReportTable("按帮扶措施", headers, rows);
    }
}
