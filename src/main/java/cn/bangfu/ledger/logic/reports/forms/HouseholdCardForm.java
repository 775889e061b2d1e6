package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.BANK_ACCOUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.DATE;
import static cn.bangfu.ledger.logic.reports.CellKind.FLAG;
import static cn.bangfu.ledger.logic.reports.CellKind.HEALTH;
import static cn.bangfu.ledger.logic.reports.CellKind.ID_NUMBER;
import static cn.bangfu.ledger.logic.reports.CellKind.MONTH;
import static cn.bangfu.ledger.logic.reports.CellKind.PHONE;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;

import cn.bangfu.ledger.logic.history.ChangeText;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Header.Group;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.LedgerView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 一户一档: one household's file, a document per household with the tables 基本信息, 家庭成员, 收入, 三保障和饮水,
 * 监测记录, 帮扶措施, 资金到户 and 变更记录 — what the household card shows, in the same words and the same order (the newest
 * income year, check, episode, measure, payment and change first; an episode's steps in date order).
 *
 * <p>The request names one household ({@link ReportRequest#householdNo()}, 户编号) or a village
 * ({@link ReportRequest#village()}: every household of it, one document each, in 户编号 order). The state shown is
 * the ledger's current state (a note says so); the request's month is printed only as the period.
 *
 * <p>Masking: 基本信息 is a four-column key/value table whose right-hand value column is a {@link
 * cn.bangfu.ledger.logic.reports.CellKind#PHONE} column, so that the 公示 variant masks the household's phone as a
 * phone (a landline too, which the scrubbing of a text column would not catch); the right-hand items are chosen to
 * hold fewer than 7 digits otherwise (人数, 整户无劳动能力, 监测状态, counts), which the phone masking leaves as they are.
 * In 变更记录 the changes of ID numbers, phones and health conditions go in a column of their own ({@code HEALTH}),
 * left out of the 公示 variant with the 健康状况 column of 家庭成员.
 *
 * <p>Reads, in one read transaction: the household (by 户编号) or the village's households, the villages and groups,
 * and the funds, and per household its members, income years, 三保障 checks, episodes with risks, snapshots and steps,
 * measures, the payments of the funds journal (with their entries and projects), and
 * the newest {@value #HISTORY_LIMIT} rows of its audit history with their count.
 */
public final class HouseholdCardForm extends BaseForm {

    public static final String ID = "household-card";

    /** The most change-history rows one file lists (newest first); a note says how many there are in all. */
    static final int HISTORY_LIMIT = 200;

    /** The audited columns (of any table) whose changes 变更记录 keeps apart from the 公示 variant. */
    static final java.util.Set<String> PRIVATE_COLUMNS = java.util.Set.of("id_number", "id_number_raw", "phone",
            "contact_phone", "health");

    public HouseholdCardForm(FormContext context) {
        super(ID, "一户一档", false, context);
    }

    /** Everything one household's file shows, read in the form's one read transaction. */
    private record Facts(Household household, String village, String group, List<Member> members,
            List<IncomeYear> incomes, List<GuaranteeCheck> checks, List<EpisodeFacts> episodes, List<Measure> measures,
            List<HouseholdCard.Payment> payments, Map<Long, Fund> funds, List<AuditEntry> history,
            long historyCount) {
    }

    /** What the one read yields: each household's facts, and the villages (to name a village in the history). */
    private record Read(List<Facts> households, List<Village> villages) {
    }

    private record EpisodeFacts(Episode episode, List<String> risks, List<EpisodeSnapshot> snapshots,
            List<EpisodeStep> steps) {

        Optional<EpisodeSnapshot> snapshot(String phase) {
            return snapshots.stream().filter(s -> s.phase().equals(phase)).findFirst();
        }
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        String householdNo = blankToNull(request.householdNo());
        String village = blankToNull(request.village());
        if (householdNo == null && village == null) {
            throw new LedgerException("一户一档要指定农户或村：请用 --household 给出户编号（一户），"
                    + "或用 --village 给出村名（全村每户一份）。");
        }
        Read read = context.read(v -> {
            List<Village> villages = v.villages().list();
            Map<Long, String> villageNames = new HashMap<>();
            villages.forEach(x -> villageNames.put(x.id(), x.name()));
            Map<Long, String> groups = new HashMap<>();
            v.villages().allGroups().forEach(g -> groups.put(g.id(), g.name()));
            List<Household> households;
            if (householdNo != null) {
                Household h = v.households().byNumber(householdNo).orElseThrow(() -> new LedgerException(
                        "账本中没有户编号为“" + householdNo + "”的农户。请核对户编号（注意前面的 0）。"));
                if (village != null && !village.equals(villageNames.get(h.villageId()))) {
                    throw new LedgerException("户编号为“" + householdNo + "”的农户在“" + villageNames.get(h.villageId())
                            + "”，不在“" + village + "”。请核对，或只给出 --household。");
                }
                households = List.of(h);
            } else {
                Village x = v.villages().byName(village).orElseThrow(() -> new LedgerException("账本中没有名为“"
                        + village + "”的村。账本中的村："
                        + villages.stream().map(Village::name).collect(Collectors.joining("、")) + "。"));
                households = v.households().ofVillage(x.id());
                if (households.isEmpty()) {
                    throw new LedgerException("“" + village + "”还没有农户，没有可生成的一户一档。");
                }
            }
            Map<Long, Fund> funds = new HashMap<>();
            v.funds().funds().forEach(x -> funds.put(x.id(), x));
            List<Facts> out = new ArrayList<>();
            for (Household h : households) {
                out.add(read(v, h, villageNames.get(h.villageId()),
                        h.groupId() == null ? null : groups.get(h.groupId()), funds));
            }
            return new Read(out, villages);
        });
        YearMonth month = request.month() != null ? request.month() : YearMonth.from(context.today());
        Signature signature = context.signature(); // the settings read once, not once per household
        return read.households().stream().map(f -> model(f, read.villages(), month, signature)).toList();
    }

    private static Facts read(LedgerView v, Household h, String village, String group, Map<Long, Fund> funds) {
        List<EpisodeFacts> episodes = new ArrayList<>();
        for (Episode e : v.episodes().ofHousehold(h.id())) {
            episodes.add(new EpisodeFacts(e, v.episodes().risks(e.id()), v.episodes().snapshots(e.id()),
                    v.episodes().steps(e.id())));
        }
        return new Facts(h, village, group, v.members().ofHousehold(h.id()), v.households().incomes(h.id()),
                v.households().guaranteeChecks(h.id()), episodes, v.measures().ofHousehold(h.id()),
                HouseholdService.payments(v, h.id(), funds), funds, v.audit().ofHousehold(h.id(), HISTORY_LIMIT), v.audit().countOfHousehold(h.id()));
    }

    private ReportModel model(Facts f, List<Village> villages, YearMonth month, Signature signature) {
        LocalDate today = context.today();
        List<Member> current = f.members().stream().filter(Member::isCurrent)
                .sorted(Comparator.comparing((Member m) -> !Member.HEAD.equals(m.relation())).thenComparing(Member::id))
                .toList();
        String head = current.stream().filter(m -> Member.HEAD.equals(m.relation())).map(Member::name).findFirst()
                .orElse("无户主");
        List<ReportTable> tables = List.of(basics(f, current, today), members(f), incomes(f, current.size()),
                checks(f), episodes(f), measures(f, today), payments(f), history(f, villages));
        List<String> notes = new ArrayList<>();
        notes.add("本档所列为 " + today + " 账本中的现状（成员、收入、监测、措施均为当前记录），所选月份只作为期间打印。");
        notes.add("收入表的人均纯收入按现有 " + current.size() + " 人计算；监测记录中识别时、消除后的人均纯收入按当时登记的人数计算。");
        notes.add("变更记录按时间倒序，最多列出最近 " + HISTORY_LIMIT + " 条；本户共 " + f.historyCount() + " 条"
                + (f.historyCount() > HISTORY_LIMIT ? "，更早的 " + (f.historyCount() - HISTORY_LIMIT)
                        + " 条未列出，可在账本的农户档案「变更记录」中查看。" : "。"));
        return new ReportModel(ID, title() + "（" + head + " " + f.household().householdNo() + "）", Months.text(month),
                "单位：人、元", tables, notes, signature, false, true);
    }

    // ---------------------------------------------------------------- 基本信息

    private ReportTable basics(Facts f, List<Member> current, LocalDate today) {
        Household h = f.household();
        String head = current.stream().filter(m -> Member.HEAD.equals(m.relation())).map(Member::name).findFirst()
                .orElse("（无户主）");
        String place = f.village() == null ? "" : f.village() + (f.group() == null ? "" : " / " + f.group());
        long active = f.measures().stream().filter(m -> m.endOn() == null || !m.endOn().isBefore(today)).count();
        List<Header> headers = List.of(Column.text("item1", "项目", 10), Column.text("value1", "内容", 28),
                Column.text("item2", "项目", 12), Column.of("value2", "内容", PHONE, 28));
        List<Row> rows = new ArrayList<>();
        rows.add(Row.data("户编号", h.householdNo(), "人数", current.size() + " 人"));
        rows.add(Row.data("所在乡镇", context.office().officeName(), "联系电话", h.phone()));
        rows.add(Row.data("村 / 组", place, "整户无劳动能力", h.noLabourCapacity() ? "是" : "否"));
        rows.add(Row.data("户类型", h.householdType(), "监测状态", status(f)));
        rows.add(Row.data("户主", head, "监测次数", f.episodes().size() + " 次"));
        rows.add(Row.data("地址", h.address(), "在实施帮扶措施", active + " 项"));
        rows.add(Row.data("备注", h.note(), null, null));
        return new ReportTable("基本信息", headers, rows);
    }

    /** 监测中（边缘易致贫户，2026年5月识别）, 已消除（帮扶消除，2026年9月）, 未纳入监测: never 7 digits or more. */
    private static String status(Facts f) {
        if (f.episodes().isEmpty()) {
            return "未纳入监测";
        }
        Episode open = f.episodes().stream().map(EpisodeFacts::episode).filter(e -> !e.eliminated()).findFirst()
                .orElse(null);
        if (open != null) {
            return "监测中（" + open.category() + "，" + Months.text(open.identifiedMonth()) + "识别）";
        }
        Episode last = f.episodes().getLast().episode();
        return "风险已消除（" + last.category() + "，" + last.eliminationMethod() + "，"
                + Months.text(last.eliminatedMonth()) + "）";
    }

    // ---------------------------------------------------------------- 家庭成员

    private static ReportTable members(Facts f) {
        List<Header> headers = List.of(
                Column.of("no", "序号", COUNT, 5),
                Column.text("name", "姓名", 8),
                Column.text("relation", "与户主关系", 8),
                Column.text("id_type", "证件类型", 10),
                Column.of("id_number", "证件号码", ID_NUMBER, 20),
                Column.text("gender", "性别", 5),
                Column.of("birth_date", "出生日期", DATE, 11),
                Column.text("ethnicity", "民族", 6),
                Column.text("schooling", "文化程度/在校生状况", 12),
                Column.of("health", "健康状况", HEALTH, 10),
                Column.text("labour", "劳动技能", 10),
                Column.text("work", "务工状况", 12),
                Group.of("参加保险",
                        Column.of("medical", "基本医疗", FLAG, 6),
                        Column.of("serious", "大病保险", FLAG, 6),
                        Column.of("pension", "养老保险", FLAG, 6)),
                Column.text("dibao", "享受低保", 9),
                Column.text("tekun", "特困供养", 9),
                Column.text("public_post", "公益性岗位", 10),
                Column.of("phone", "联系电话", PHONE, 13),
                Group.of("离开本户",
                        Column.of("left_on", "日期", DATE, 11),
                        Column.text("left_reason", "原因", 6)));
        List<Member> ordered = f.members().stream()
                .sorted(Comparator.comparing((Member m) -> !m.isCurrent())
                        .thenComparing(m -> !Member.HEAD.equals(m.relation()))
                        .thenComparing(m -> m.leftOn() == null ? LocalDate.MIN : m.leftOn())
                        .thenComparing(Member::id))
                .toList();
        List<Row> rows = new ArrayList<>();
        long n = 0;
        for (Member m : ordered) {
            String schooling = m.schoolStatus() != null && !m.schoolStatus().isBlank() ? "在校：" + m.schoolStatus()
                    : m.education();
            String work = m.workStatus();
            if (m.workMonths() != null && m.workMonths() > 0) {
                work = (work == null ? "" : work) + "，" + m.workMonths() + " 个月";
            }
            String post = m.publicPost();
            if (post != null && m.publicPostMonths() != null && m.publicPostMonths() > 0) {
                post += "，" + m.publicPostMonths() + " 个月";
            }
            rows.add(Row.data(++n, m.name(), m.relation(), m.idType(),
                    m.idNumber() != null ? m.idNumber() : m.idNumberRaw(), gender(m.gender()), m.birthDate(),
                    m.ethnicity(), schooling, m.health(), m.labourSkill(), work, m.medicalInsurance(),
                    m.seriousIllnessInsurance(), m.pensionInsurance(), m.dibao(), m.tekun(), post, m.phone(),
                    m.leftOn(), m.leftReason()));
        }
        return new ReportTable("家庭成员", headers, rows);
    }

    private static String gender(String code) {
        return "1".equals(code) ? "男" : "2".equals(code) ? "女" : null;
    }

    // ---------------------------------------------------------------- 收入

    private static ReportTable incomes(Facts f, int persons) {
        List<Header> headers = List.of(
                Column.text("year", "年度", 6),
                Column.of("wage", "工资性收入", YUAN, 11),
                Column.of("business", "生产经营性收入", YUAN, 11),
                Column.of("property", "财产性收入", YUAN, 11),
                Column.of("transfer", "转移性收入", YUAN, 11),
                Column.of("expense", "生产经营性支出", YUAN, 11),
                Column.of("net", "家庭纯收入", YUAN, 11),
                Column.of("per_person", "人均纯收入", YUAN, 11),
                Column.of("claims", "理赔收入", YUAN, 11),
                Column.of("self_paid", "合规自付支出", YUAN, 11));
        List<Row> rows = f.incomes().stream().sorted(Comparator.comparing(IncomeYear::year).reversed())
                .map(i -> Row.data(i.year() + "年", i.wageIncome(), i.businessIncome(), i.propertyIncome(),
                        i.transferIncome(), i.businessExpense(), i.netIncome(),
                        persons <= 0 ? null : i.netIncomePerPerson(persons), i.claimsIncome(), i.compliantSelfPaid()))
                .toList();
        return new ReportTable("收入", headers, rows);
    }

    // ---------------------------------------------------------------- 三保障和饮水

    private static ReportTable checks(Facts f) {
        List<Header> headers = List.of(
                Column.of("checked_on", "核查日期", DATE, 11),
                Column.of("dropout", "义务教育阶段适龄儿童少年失学辍学", FLAG, 12),
                Column.of("housing_safe", "住房安全", FLAG, 8),
                Column.text("housing_grade", "鉴定等级", 6),
                Column.of("uninsured", "有家庭成员未参加基本医疗保险", FLAG, 12),
                Column.of("water_safe", "饮水安全", FLAG, 8),
                Column.text("note", "备注", 24));
        List<Row> rows = f.checks().stream().sorted(Comparator.comparing(GuaranteeCheck::checkedOn).reversed())
                .map(g -> Row.data(g.checkedOn(), g.schoolDropout(), g.housingSafe(), g.housingGrade(),
                        g.memberUninsured(), g.waterSafe(), g.note()))
                .toList();
        return new ReportTable("三保障和饮水", headers, rows);
    }

    // ---------------------------------------------------------------- 监测记录

    /**
     * One row per step of each episode (newest episode first, numbered from the oldest): the episode's own cells on
     * its first row, the steps in date order beside them; an episode without steps has one row.
     */
    private static ReportTable episodes(Facts f) {
        List<Header> headers = List.of(
                Column.text("episode", "次序", 6),
                Column.text("category", "监测对象类别", 12),
                Column.text("channel", "发现方式", 10),
                Column.of("identified", "识别监测时间", MONTH, 9),
                Column.text("risks", "致贫/返贫风险", 14),
                Column.of("eliminated", "风险是否已消除", FLAG, 7),
                Column.text("method", "风险消除方式", 9),
                Column.of("eliminated_month", "消除监测时间", MONTH, 9),
                Group.of("人均纯收入",
                        Column.of("income_identified", "识别时", YUAN, 11),
                        Column.of("income_eliminated", "消除后", YUAN, 11)),
                Column.text("contact", "监测联系人", 8),
                Column.of("contact_phone", "联系人电话", PHONE, 13),
                Group.of("流程步骤",
                        Column.text("step", "步骤", 14),
                        Column.of("step_on", "日期", DATE, 11),
                        Column.of("step_end", "公示截止", DATE, 11),
                        Column.text("step_note", "备注", 16)));
        List<Row> rows = new ArrayList<>();
        for (int i = f.episodes().size() - 1; i >= 0; i--) {
            EpisodeFacts x = f.episodes().get(i);
            Episode e = x.episode();
            List<EpisodeStep> steps = x.steps().stream().sorted(Comparator.comparing(EpisodeStep::stepOn)
                    .thenComparing(EpisodeStep::id, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            Object[] episode = {"第" + (i + 1) + "次", e.category(), e.channel(), e.identifiedMonth(),
                String.join("、", x.risks()), e.eliminated(), e.eliminationMethod(), e.eliminatedMonth(),
                x.snapshot(EpisodeSnapshot.IDENTIFIED).map(EpisodeSnapshot::netIncomePerPerson).orElse(null),
                x.snapshot(EpisodeSnapshot.ELIMINATED).map(EpisodeSnapshot::netIncomePerPerson).orElse(null),
                e.contactName(), e.contactPhone()};
            int n = Math.max(1, steps.size());
            for (int s = 0; s < n; s++) {
                List<Object> cells = new ArrayList<>(s == 0 ? Arrays.asList(episode)
                        : Arrays.asList(new Object[episode.length]));
                EpisodeStep st = s < steps.size() ? steps.get(s) : null;
                cells.add(st == null ? null : Workflow.label(st.kind()));
                cells.add(st == null ? null : st.stepOn());
                cells.add(st == null ? null : st.endOn());
                cells.add(st == null ? null : st.note());
                rows.add(Row.data(cells));
            }
        }
        return new ReportTable("监测记录", headers, rows);
    }

    // ---------------------------------------------------------------- 帮扶措施

    private static ReportTable measures(Facts f, LocalDate today) {
        Map<Long, String> names = new HashMap<>();
        f.members().forEach(m -> names.put(m.id(), m.name()));
        List<Header> headers = List.of(
                Column.text("family", "措施类别", 12),
                Column.text("detail", "措施内容", 18),
                Column.text("member", "成员", 8),
                Column.of("start_on", "开始日期", DATE, 11),
                Column.of("end_on", "结束日期", DATE, 11),
                Column.summed("amount", "金额（元）", YUAN, 12),
                Column.text("fund", "支付资金", 16),
                Column.text("cadre", "责任人", 8),
                Column.text("state", "状态", 7),
                Column.text("note", "备注", 16));
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (Measure m : f.measures().stream()
                .sorted(Comparator.comparing(Measure::startOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Measure::id, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList()) {
            boolean active = m.endOn() == null || !m.endOn().isBefore(today);
            total += m.amount() == null ? 0 : m.amount();
            rows.add(Row.data(m.family(), m.detail(), m.memberId() == null ? "全户" : names.get(m.memberId()),
                    m.startOn(), m.endOn(), m.amount(), fundOf(m, f.funds()), m.cadre(), active ? "进行中" : "已结束",
                    m.note()));
        }
        if (!rows.isEmpty()) {
            rows.add(Row.total(Arrays.asList("合计（" + rows.size() + "项）", null, null, null, null, total, null,
                    null, null, null)));
        }
        return new ReportTable("帮扶措施", headers, rows);
    }

    /** The fund a measure names (2026 · name), else the text typed before funds were kept. */
    private static String fundOf(Measure m, Map<Long, Fund> funds) {
        Fund fund = m.fundId() == null ? null : funds.get(m.fundId());
        return fund != null ? HouseholdCard.fundLabel(fund) : m.fundText();
    }

    // ---------------------------------------------------------------- 资金到户

    /**
     * What the funds journal paid the household, newest first, with a 合计 row: a 冲销 is a negative line. The
     * 一卡通 account is masked to its last 4 characters even in the full file (the full account is for the bank's
     * roster only), and its column ({@code BANK_ACCOUNT}) is left out of the 公示 variant.
     */
    private static ReportTable payments(Facts f) {
        Map<Long, String> names = new HashMap<>();
        f.members().forEach(m -> names.put(m.id(), m.name()));
        List<Header> headers = List.of(
                Column.of("entry_on", "日期", DATE, 11),
                Column.text("kind", "类型", 8),
                Column.text("voucher_no", "凭证号", 10),
                Column.text("fund", "资金", 22),
                Column.text("project", "项目", 18),
                Column.text("member", "领款人", 8),
                Column.summed("amount", "金额（元）", YUAN, 12),
                Column.of("account", "一卡通账号", BANK_ACCOUNT, 12));
        List<Row> rows = new ArrayList<>();
        for (HouseholdCard.Payment p : f.payments()) {
            rows.add(Row.data(p.on(), p.kind(), p.voucherNo(), p.fund() == null ? null : HouseholdCard.fundLabel(p.fund()),
                    p.project(), p.memberId() == null ? "全户" : names.get(p.memberId()), p.amountFen(),
                    p.maskedAccount()));
        }
        if (!rows.isEmpty()) {
            long total = f.payments().stream().mapToLong(HouseholdCard.Payment::amountFen).sum();
            rows.add(Row.total(Arrays.asList("合计（" + rows.size() + "笔）", null, null, null, null, null, total,
                    null)));
        }
        return new ReportTable("资金到户", headers, rows);
    }

    // ---------------------------------------------------------------- 变更记录

    /**
     * The history as the card's 变更记录 tab words it, the changes of ID numbers, phones and health conditions in a
     * column of their own, left out of 公示 (kind {@code HEALTH}): scrubbing a text column masks 18-digit IDs and
     * mobiles, but not a landline, a 20-character 残疾人证号 or a health condition.
     */
    private ReportTable history(Facts f, List<Village> villages) {
        ChangeText text = new ChangeText(f.members(), villages, context.clock().getZone()).withFunds(
                f.funds().values());
        List<Header> headers = List.of(
                Column.text("at", "时间", 16),
                Column.text("operator", "操作人", 8),
                Column.text("what", "变更项", 16),
                Column.text("changes", "变更内容", 40),
                Column.of("private_changes", "证件、电话、健康变更", HEALTH, 24),
                Column.text("reason", "原因", 20));
        List<Row> rows = new ArrayList<>();
        for (AuditEntry e : f.history()) {
            ChangeText.Line line = text.line(e, (table, column) -> !PRIVATE_COLUMNS.contains(column));
            String kept = text.line(e, (table, column) -> PRIVATE_COLUMNS.contains(column)).changes();
            rows.add(Row.data(line.at(), line.operator(), line.what(), line.changes(), kept.isEmpty() ? null : kept,
                    line.reason()));
        }
        return new ReportTable("变更记录", headers, rows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
