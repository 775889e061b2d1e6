package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.FLAG;
import static cn.bangfu.ledger.logic.reports.CellKind.HEALTH;
import static cn.bangfu.ledger.logic.reports.CellKind.ID_NUMBER;
import static cn.bangfu.ledger.logic.reports.CellKind.PHONE;
import static cn.bangfu.ledger.logic.reports.CellKind.TEXT;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.LazyRows;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeHistory.Elimination;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.MeasureSpan;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * 监测对象信息: the national system's person export ({@code （自定义）监测对象信息.xlsx}, docs NATIONAL-EXPORT.md), so the
 * clerk can set the ledger beside the county's download and run the county's checks on it first. One table (sheet
 * 监测对象信息), one row per member of every household that is a 监测对象 at the month's end (its latest episode
 * identified by then, whether its risk is eliminated or not), present in the household at the month's end, the
 * household's fields repeated on each member row. No 合计 row: a script reads every row under the header as a person.
 *
 * <p>Columns: named and ordered exactly as NATIONAL-EXPORT.md lists them, with 风险是否已消除 twice: the list names it
 * after 识别监测时间, and the real export shows one right before 识别监测时间 (its columns DE, DF), so a first copy stands
 * there and the second (read back as 风险是否已消除0) where the list has it; both say the same.
 *
 * <p>Values, in the system's words: 是/否 ({@link CellKind#FLAG}); 性别 {@code 1}/{@code 2}, months {@code YYYYMM} and
 * 出生日期 {@code YYYYMMDD} as preformatted text ({@link CellKind#CODE}, kept as text by Excel); IDs as text (the
 * normalised 18 characters, else what the source said); money in 元 ({@link CellKind#YUAN}), and every money column
 * is a number on every row — {@code 0}, never empty, for a zero or unrecorded amount (every household listed is
 * monitored, and a script converting the column must not meet an empty string), also in the 风险消除后 columns of a
 * household whose risk is not eliminated; its four 风险消除后 是/否 columns stay empty then. 家庭纯收入 = the four incomes
 * − 生产经营性支出, 人均纯收入 = that ÷ the snapshot's persons (rounded down to the fen), at identification and after.
 *
 * <p>Columns the ledger keeps no data for are left empty (text): 是否出列, 义务教育阶段未上学原因, 是否参加城镇职工基本医疗保险,
 * 是否参加城镇职工基本养老保险, 是否接受医疗救助 (a 医疗救助 measure shows in 健康帮扶), 公益性岗位帮扶其他备注,
 * 生产生活条件改善 and 基础设施建设 (unless the clerk adds measure families of those names). 整户无劳动能力兜底保障户 is the
 * household's 整户无劳动能力 flag. 公益性岗位(月数) is the member's months, 0 when none.
 *
 * <p>Measures: one text column per national family, the details joined by commas (a measure without a detail
 * writes the column's name, e.g. 搬迁). Which measures: for a household still at risk at the month's end, those in
 * force at the month's end (started by then, not ended before its last day); for one whose risk was eliminated by
 * then, those that ran during the episode (started by the end of the elimination month, not ended before the
 * identification month) — the measures its elimination rested on, which the county's check "帮扶消除 with all measure
 * columns empty" looks for. The ledger's families map to the national columns: 产业帮扶, 就业帮扶, 公益性岗位 →
 * 公益性岗位帮扶, 健康帮扶, 教育帮扶 (a detail naming 义务教育 → 义务教育保障), 住房安全保障, 饮水安全保障, 综合保障/兜底 → 综合保障,
 * 金融帮扶, 社会帮扶, 易地搬迁 → 搬迁; and the two without a national column of their own: 防贫保险 → 金融帮扶 (an insurance
 * product, which the policies count among the financial tools), 消费帮扶 → 产业帮扶 (buying the household's produce
 * supports its production, and both are developmental). A family named like a national column (综合保障, 搬迁,
 * 生产生活条件改善 …) goes to that column; any other family added to the code list has no national column and is not
 * exported (the household card and 帮扶措施落实台账 show it). 实施开发式帮扶措施情况 is 是 when a measure of a developmental
 * family ({@link AttentionChecks#DEVELOPMENTAL_FAMILIES}) started between the identification and the month's end (the
 * elimination month's end for an eliminated risk) — the rule of 识别满一月未落实开发式帮扶措施 — else 尚未实施.
 *
 * <p>Reads, in one read transaction: villages, households, members, every episode (for 监测联系人), and the month's
 * dated facts ({@link MonthFacts}: episodes with their eliminations, snapshots, measure spans). Rows are made as they
 * are written ({@link LazyRows}): 100,000 persons stay within an office PC's memory.
 */
public final class NationalPersonForm extends BaseForm {

    public static final String ID = "national-person";

    /** The sheet's name and the title, as the national system names its export. */
    public static final String NAME = "监测对象信息";

    static final String DEVELOPMENTAL_YES = "是";
    static final String DEVELOPMENTAL_NO = "尚未实施";

    /** The national measure columns, in order (the last, 实施开发式帮扶措施情况, is computed apart). */
    static final List<String> MEASURE_COLUMNS = List.of("产业帮扶", "就业帮扶", "公益性岗位帮扶", "公益性岗位帮扶其他备注",
            "健康帮扶", "教育帮扶", "义务教育保障", "住房安全保障", "饮水安全保障", "综合保障", "金融帮扶", "社会帮扶", "搬迁",
            "生产生活条件改善", "基础设施建设");

    /** The ledger's measure families (code list {@code measure_family}) and their national column. */
    static final Map<String, String> FAMILY_COLUMNS = new LinkedHashMap<>();

    static {
        FAMILY_COLUMNS.put("产业帮扶", "产业帮扶");
        FAMILY_COLUMNS.put("就业帮扶", "就业帮扶");
        FAMILY_COLUMNS.put("公益性岗位", "公益性岗位帮扶");
        FAMILY_COLUMNS.put("教育帮扶", "教育帮扶");
        FAMILY_COLUMNS.put("健康帮扶", "健康帮扶");
        FAMILY_COLUMNS.put("住房安全保障", "住房安全保障");
        FAMILY_COLUMNS.put("饮水安全保障", "饮水安全保障");
        FAMILY_COLUMNS.put("综合保障/兜底", "综合保障");
        FAMILY_COLUMNS.put("金融帮扶", "金融帮扶");
        FAMILY_COLUMNS.put("社会帮扶", "社会帮扶");
        FAMILY_COLUMNS.put("易地搬迁", "搬迁");
        FAMILY_COLUMNS.put("防贫保险", "金融帮扶");
        FAMILY_COLUMNS.put("消费帮扶", "产业帮扶");
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The columns the printed form shows (the file holds all of them, as the national export does). */
    static final List<String> PRINTED = List.of("village", "household_no", "name", "id_number", "gender",
            "birth_date", "relation", "household_type", "category", "risk1", "risk2", "identified_month",
            "risk_eliminated", "elimination_method", "eliminated_month", "health");

    public NationalPersonForm(FormContext context) {
        super(ID, NAME, false, context);
    }

    /** A monitored household at the month's end, as every one of its member rows repeats it. */
    private record Monitored(Household h, String village, EpisodeHistory episode, Episode contact,
            Elimination elimination, EpisodeSnapshot before, EpisodeSnapshot after, String[] measures,
            boolean developmental) {
    }

    /** One row's facts: a member and its household. */
    private record Person(Member m, Monitored hh) {
    }

    /** One column: its key, its national name, its kind, its width, and how a person's row fills it. */
    private record Field(String key, String title, CellKind kind, int chars, Function<Person, Object> value) {
    }

    /** The columns, in the export's order. */
    private List<Field> fields() {
        String county = context.office().county();
        String town = context.office().town();
        List<Field> f = new ArrayList<>();
        // place and identity
        f.add(new Field("county", "县", TEXT, 8, p -> county));
        f.add(new Field("town", "乡", TEXT, 8, p -> town));
        f.add(new Field("village", "村", TEXT, 10, p -> p.hh().village()));
        f.add(new Field("household_no", "户编号", CODE, 16, p -> p.hh().h().householdNo()));
        f.add(new Field("name", "姓名", TEXT, 8, p -> p.m().name()));
        f.add(new Field("id_type", "证件类型", TEXT, 10, p -> p.m().idType()));
        f.add(new Field("id_number", "证件号码", ID_NUMBER, 20,
                p -> p.m().idNumber() != null ? p.m().idNumber() : p.m().idNumberRaw()));
        f.add(new Field("gender", "性别", CODE, 4,
                p -> "1".equals(p.m().gender()) || "2".equals(p.m().gender()) ? p.m().gender() : null));
        f.add(new Field("birth_date", "出生日期", CODE, 10,
                p -> p.m().birthDate() == null ? null : p.m().birthDate().format(DAY)));
        f.add(new Field("ethnicity", "民族", TEXT, 6, p -> p.m().ethnicity()));
        f.add(new Field("relation", "与户主关系", TEXT, 8, p -> p.m().relation()));
        f.add(new Field("member_phone", "家庭成员联系电话", PHONE, 13, p -> p.m().phone()));
        f.add(new Field("household_phone", "户联系电话", PHONE, 13, p -> p.hh().h().phone()));
        f.add(new Field("household_type", "户类型", TEXT, 8, p -> p.hh().h().householdType()));
        f.add(new Field("category", "监测对象类别", TEXT, 12, p -> p.hh().episode().category()));
        f.add(new Field("village_exited", "是否出列", TEXT, 6, p -> null));
        f.add(new Field("no_labour_safety_net", "整户无劳动能力兜底保障户", FLAG, 8, p -> p.hh().h().noLabourCapacity()));
        // person
        f.add(new Field("education", "文化程度", TEXT, 8, p -> p.m().education()));
        f.add(new Field("school_status", "在校生状况", TEXT, 10, p -> p.m().schoolStatus()));
        f.add(new Field("not_at_school_reason", "义务教育阶段未上学原因", TEXT, 10, p -> null));
        f.add(new Field("health", "健康状况", HEALTH, 10, p -> p.m().health()));
        f.add(new Field("labour_skill", "劳动技能", TEXT, 10, p -> p.m().labourSkill()));
        f.add(new Field("medical_insurance", "是否参加城乡居民基本医疗保险", FLAG, 8, p -> p.m().medicalInsurance()));
        f.add(new Field("employee_medical_insurance", "是否参加城镇职工基本医疗保险", FLAG, 8, p -> null));
        f.add(new Field("serious_illness_insurance", "是否参加大病保险", FLAG, 8, p -> p.m().seriousIllnessInsurance()));
        f.add(new Field("pension_insurance", "是否参加城乡居民基本养老保险", FLAG, 8, p -> p.m().pensionInsurance()));
        f.add(new Field("employee_pension_insurance", "是否参加城镇职工基本养老保险", FLAG, 8, p -> null));
        f.add(new Field("medical_aid", "是否接受医疗救助", FLAG, 8, p -> null));
        f.add(new Field("dibao", "享受低保政策情况", TEXT, 10, p -> p.m().dibao()));
        f.add(new Field("tekun", "享受特困供养政策情况", TEXT, 10, p -> p.m().tekun()));
        f.add(new Field("public_post", "公益性岗位", TEXT, 10, p -> p.m().publicPost()));
        f.add(new Field("public_post_months", "公益性岗位(月数)", COUNT, 6,
                p -> p.m().publicPostMonths() == null ? 0L : p.m().publicPostMonths()));
        // risk
        for (int i = 0; i < 5; i++) {
            int at = i;
            f.add(new Field("risk" + (i + 1), "致贫/返贫风险" + (i + 1), TEXT, 10,
                    p -> p.hh().episode().risks().size() <= at ? null : p.hh().episode().risks().get(at)));
        }
        f.add(new Field("risk_eliminated", "风险是否已消除", FLAG, 7, p -> p.hh().elimination() != null));
        f.add(new Field("identified_month", "识别监测时间", CODE, 8,
                p -> p.hh().episode().identifiedMonth().format(MONTH)));
        f.add(new Field("risk_eliminated0", "风险是否已消除", FLAG, 7, p -> p.hh().elimination() != null));
        f.add(new Field("elimination_method", "风险消除方式", TEXT, 9,
                p -> p.hh().elimination() == null ? null : p.hh().elimination().method()));
        f.add(new Field("eliminated_month", "消除监测时间", CODE, 8,
                p -> p.hh().elimination() == null ? null : p.hh().elimination().month().format(MONTH)));
        f.add(new Field("contact", "监测联系人", TEXT, 8,
                p -> p.hh().contact() == null ? null : p.hh().contact().contactName()));
        f.add(new Field("contact_phone", "监测联系人电话", PHONE, 13,
                p -> p.hh().contact() == null ? null : p.hh().contact().contactPhone()));
        // 三保障 and water at identification
        f.add(new Field("school_dropout", "是否义务教育阶段适龄儿童少年失学辍学", FLAG, 8,
                p -> p.hh().before() == null ? null : p.hh().before().schoolDropout()));
        f.add(new Field("unsafe_housing", "是否危房户", FLAG, 8,
                p -> p.hh().before() == null ? null : !p.hh().before().housingSafe()));
        f.add(new Field("member_uninsured", "是否有家庭成员未参加城乡居民（职工）基本医疗保险", FLAG, 8,
                p -> p.hh().before() == null ? null : p.hh().before().memberUninsured()));
        f.add(new Field("water_safe", "是否解决安全饮用水", FLAG, 8,
                p -> p.hh().before() == null ? null : p.hh().before().waterSafe()));
        // income at identification
        money(f, "wage_income", "工资性收入", Monitored::before, EpisodeSnapshot::wageIncome);
        money(f, "business_income", "生产经营性收入", Monitored::before, EpisodeSnapshot::businessIncome);
        money(f, "property_income", "财产性收入", Monitored::before, EpisodeSnapshot::propertyIncome);
        money(f, "transfer_income", "转移性收入", Monitored::before, EpisodeSnapshot::transferIncome);
        money(f, "business_expense", "生产经营性支出", Monitored::before, EpisodeSnapshot::businessExpense);
        money(f, "net_income", "家庭纯收入", Monitored::before, EpisodeSnapshot::netIncome);
        money(f, "net_income_per_person", "人均纯收入（元）", Monitored::before, EpisodeSnapshot::netIncomePerPerson);
        money(f, "claims_income", "理赔收入", Monitored::before, EpisodeSnapshot::claimsIncome);
        money(f, "self_paid", "合规自付支出", Monitored::before, EpisodeSnapshot::compliantSelfPaid);
        // after elimination
        f.add(new Field("after_school_dropout", "风险消除后是否义务教育阶段适龄儿童少年失学辍学", FLAG, 8,
                p -> p.hh().after() == null ? null : p.hh().after().schoolDropout()));
        f.add(new Field("after_housing_damaged", "风险消除后是否住房损毁", FLAG, 8,
                p -> p.hh().after() == null ? null : !p.hh().after().housingSafe()));
        f.add(new Field("after_member_uninsured", "风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险", FLAG, 8,
                p -> p.hh().after() == null ? null : p.hh().after().memberUninsured()));
        f.add(new Field("after_water_damaged", "风险消除后是否饮水设施损毁", FLAG, 8,
                p -> p.hh().after() == null ? null : !p.hh().after().waterSafe()));
        money(f, "after_wage_income", "风险消除后工资性收入", Monitored::after, EpisodeSnapshot::wageIncome);
        money(f, "after_property_income", "风险消除后财产性收入", Monitored::after, EpisodeSnapshot::propertyIncome);
        money(f, "after_transfer_income", "风险消除后转移性收入", Monitored::after, EpisodeSnapshot::transferIncome);
        money(f, "after_business_income", "风险消除后生产经营性收入", Monitored::after, EpisodeSnapshot::businessIncome);
        money(f, "after_business_expense", "风险消除后生产经营性支出", Monitored::after, EpisodeSnapshot::businessExpense);
        money(f, "after_net_income", "风险消除后家庭纯收入", Monitored::after, EpisodeSnapshot::netIncome);
        money(f, "after_net_income_per_person", "风险消除后家庭人均纯收入", Monitored::after,
                EpisodeSnapshot::netIncomePerPerson);
        money(f, "after_claims_income", "风险消除后理赔收入", Monitored::after, EpisodeSnapshot::claimsIncome);
        money(f, "after_self_paid", "风险消除后合规自付支出", Monitored::after, EpisodeSnapshot::compliantSelfPaid);
        // measures
        for (int i = 0; i < MEASURE_COLUMNS.size(); i++) {
            int at = i;
            f.add(new Field("measure" + (i + 1), MEASURE_COLUMNS.get(i), TEXT, 14, p -> p.hh().measures()[at]));
        }
        f.add(new Field("developmental", "实施开发式帮扶措施情况", TEXT, 8,
                p -> p.hh().developmental() ? DEVELOPMENTAL_YES : DEVELOPMENTAL_NO));
        return f;
    }

    /** A money column: the snapshot's amount in fen, 0 when there is none (never an empty cell). */
    private static void money(List<Field> f, String key, String title, Function<Monitored, EpisodeSnapshot> snapshot,
            ToLongFunction<EpisodeSnapshot> amount) {
        f.add(new Field(key, title, YUAN, 11, p -> {
            EpisodeSnapshot s = snapshot.apply(p.hh());
            return s == null ? 0L : amount.applyAsLong(s);
        }));
    }

    /** What the one read yields. */
    private record Facts(List<Village> villages, List<Household> households, List<Member> members,
            Map<Long, Episode> episodes, MonthFacts month) {
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month() != null ? request.month() : YearMonth.from(context.today());
        LocalDate end = m.atEndOfMonth();
        String onlyVillage = request.village() == null || request.village().isBlank() ? null
                : request.village().strip();
        Facts facts = context.read(v -> {
            Map<Long, Episode> episodes = new HashMap<>();
            v.episodes().all().forEach(e -> episodes.put(e.id(), e));
            return new Facts(v.villages().list(), v.households().all(), v.members().all(), episodes,
                    MonthFacts.read(v, context, m));
        });
        Map<Long, Village> villages = new HashMap<>();
        facts.villages().forEach(x -> villages.put(x.id(), x));
        if (onlyVillage != null && facts.villages().stream().noneMatch(x -> x.name().equals(onlyVillage))) {
            throw new LedgerException("账本中没有名为“" + onlyVillage + "”的村。");
        }
        Map<Long, EpisodeHistory> latest = facts.month().latestBy(m);
        Map<Long, Monitored> monitored = new HashMap<>();
        for (Household h : facts.households()) {
            EpisodeHistory e = latest.get(h.id());
            Village village = villages.get(h.villageId());
            if (e == null || (onlyVillage != null && (village == null || !onlyVillage.equals(village.name())))) {
                continue;
            }
            monitored.put(h.id(), monitored(h, village == null ? null : village.name(), e,
                    facts.episodes().get(e.episodeId()), facts.month(), m));
        }
        List<Member> members = new ArrayList<>();
        for (Member x : facts.members()) {
            if (monitored.containsKey(x.householdId()) && (x.leftOn() == null || x.leftOn().isAfter(end))) {
                members.add(x);
            }
        }
        members.sort(Comparator.<Member>comparingLong(x -> {
            Village v = villages.get(monitored.get(x.householdId()).h().villageId());
            return v == null ? Long.MAX_VALUE : v.sortOrder();
        }).thenComparing(x -> monitored.get(x.householdId()).h().householdNo())
                .thenComparing(x -> Member.HEAD.equals(x.relation()) ? 0 : 1).thenComparingLong(Member::id));

        List<Field> fields = fields();
        List<Header> headers = new ArrayList<>();
        for (Field f : fields) {
            headers.add(Column.of(f.key(), f.title(), f.kind(), f.chars()));
        }
        LazyRows rows = new LazyRows(members.size(), i -> {
            Member x = members.get(i);
            Person p = new Person(x, monitored.get(x.householdId()));
            List<Object> cells = new ArrayList<>(fields.size());
            for (Field f : fields) {
                cells.add(f.value().apply(p));
            }
            return Row.data(cells);
        });
        String notes = "导出时间：" + LocalDateTime.now(context.clock()).format(EXPORTED_AT) + " 导出单位："
                + context.office().officeName();
        return List.of(new ReportModel(ID, NAME, "截至" + end.getYear() + "年" + end.getMonthValue() + "月"
                + end.getDayOfMonth() + "日", "金额单位：元", List.of(new ReportTable(NAME, headers, rows, PRINTED)),
                List.of(notes), context.signature(), false, true));
    }

    private static Monitored monitored(Household h, String village, EpisodeHistory e, Episode contact, MonthFacts f,
            YearMonth m) {
        Elimination elimination = e.eliminationAt(m).orElse(null);
        EpisodeSnapshot before = f.snapshot(e.episodeId(), EpisodeSnapshot.IDENTIFIED).orElse(null);
        EpisodeSnapshot after = elimination == null ? null
                : f.snapshot(e.episodeId(), EpisodeSnapshot.ELIMINATED).orElse(null);
        LocalDate identifiedOn = e.identifiedMonth().atDay(1);
        LocalDate until = elimination != null ? elimination.month().atEndOfMonth() : m.atEndOfMonth();
        List<MeasureSpan> spans = f.measures().getOrDefault(h.id(), List.of());
        List<Set<String>> details = new ArrayList<>();
        MEASURE_COLUMNS.forEach(c -> details.add(new LinkedHashSet<>()));
        boolean developmental = false;
        for (MeasureSpan s : spans) {
            boolean counted = elimination != null
                    ? !s.startOn().isAfter(until) && (s.endOn() == null || !s.endOn().isBefore(identifiedOn))
                    : !s.startOn().isAfter(until) && (s.endOn() == null || !s.endOn().isBefore(until));
            if (counted) {
                String column = column(s);
                if (column != null) {
                    String detail = s.detail() == null || s.detail().isBlank() ? column : s.detail().strip();
                    details.get(MEASURE_COLUMNS.indexOf(column)).add(detail);
                }
            }
            if (AttentionChecks.DEVELOPMENTAL_FAMILIES.contains(s.family()) && !s.startOn().isBefore(identifiedOn)
                    && !s.startOn().isAfter(until)) {
                developmental = true;
            }
        }
        String[] measures = new String[MEASURE_COLUMNS.size()];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = details.get(i).isEmpty() ? null : String.join(",", details.get(i));
        }
        return new Monitored(h, village, e, contact, elimination, before, after, measures, developmental);
    }

    /** The national column of a measure, or null when its family has none. */
    static String column(MeasureSpan s) {
        String family = s.family();
        if ("教育帮扶".equals(family) && s.detail() != null && s.detail().contains("义务教育")) {
            return "义务教育保障";
        }
        String column = FAMILY_COLUMNS.get(family);
        if (column != null) {
            return column;
        }
        return MEASURE_COLUMNS.contains(family) && !"公益性岗位帮扶其他备注".equals(family) ? family : null;
    }
}
