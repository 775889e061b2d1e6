package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.DATE;
import static cn.bangfu.ledger.logic.reports.CellKind.FLAG;
import static cn.bangfu.ledger.logic.reports.CellKind.MONTH;
import static cn.bangfu.ledger.logic.reports.CellKind.TEXT;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;
import static cn.bangfu.ledger.logic.rosters.RosterField.*;

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
import cn.bangfu.ledger.logic.rosters.RosterField;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 监测对象及脱贫人口花名册 (一乡一册): one row per person at the month's end, the household's fields and its
 * monitoring repeated on every member row, with the column names the roster import reads (RosterField's standard
 * names). Exporting it and importing it into an empty ledger gives back the same households and people. Rows are
 * made as they are written (a town of 100,000 persons stays within the memory of an office PC).
 */
public final class MonitoringRosterForm extends BaseForm {

    public static final String ID = "monitoring-roster";

    /** The columns the printed roster shows (the file holds all 77; a page holds these). */
    static final List<String> PRINTED = List.of("village", "group", "household_no", "household_type", "name",
            "id_number", "gender", "birth_date", "relation", "health", "labour_skill", "phone", "category", "risk_1",
            "risk_2", "identified_month", "risk_eliminated", "elimination_method", "eliminated_month");

    public MonitoringRosterForm(FormContext context) {
        super(ID, "监测对象及脱贫人口花名册", false, context);
    }

    /** One person's row: the field, its kind and how to read it from the person's facts. */
    private record Field(RosterField field, CellKind kind, int width, Function<Person, Object> value) {
    }

    /** A member with the household, its place and its monitoring at the month's end. */
    private record Person(Member m, Household h, String village, String group, EpisodeHistory episode,
            EpisodeSnapshot before, EpisodeSnapshot after, YearMonth month) {

        boolean eliminated() {
            return episode != null && episode.eliminationAt(month).isPresent();
        }

        EpisodeSnapshot afterIfEliminated() {
            return eliminated() ? after : null;
        }
    }

    private List<Field> fields() {
        String county = context.office().county();
        String town = context.office().town();
        List<Field> f = new ArrayList<>();
        f.add(new Field(COUNTY, TEXT, 8, p -> county));
        f.add(new Field(TOWN, TEXT, 8, p -> town));
        f.add(new Field(VILLAGE, TEXT, 10, Person::village));
        f.add(new Field(GROUP, TEXT, 8, Person::group));
        f.add(new Field(HOUSEHOLD_NO, CODE, 16, p -> p.h().householdNo()));
        f.add(new Field(HOUSEHOLD_TYPE, TEXT, 8, p -> p.h().householdType()));
        f.add(new Field(NO_LABOUR_CAPACITY, FLAG, 8, p -> p.h().noLabourCapacity()));
        f.add(new Field(HOUSEHOLD_PHONE, CellKind.PHONE, 13, p -> p.h().phone()));
        f.add(new Field(ADDRESS, TEXT, 16, p -> p.h().address()));
        f.add(new Field(NAME, TEXT, 8, p -> p.m().name()));
        f.add(new Field(ID_TYPE, TEXT, 10, p -> p.m().idType()));
        f.add(new Field(ID_NUMBER, CellKind.ID_NUMBER, 20,
                p -> p.m().idNumber() != null ? p.m().idNumber() : p.m().idNumberRaw()));
        f.add(new Field(GENDER, TEXT, 5, p -> "1".equals(p.m().gender()) ? "男" : "2".equals(p.m().gender()) ? "女" : null));
        f.add(new Field(BIRTH_DATE, DATE, 11, p -> p.m().birthDate()));
        f.add(new Field(ETHNICITY, TEXT, 6, p -> p.m().ethnicity()));
        f.add(new Field(RELATION, TEXT, 8, p -> p.m().relation()));
        f.add(new Field(EDUCATION, TEXT, 8, p -> p.m().education()));
        f.add(new Field(SCHOOL_STATUS, TEXT, 10, p -> p.m().schoolStatus()));
        f.add(new Field(RosterField.HEALTH, CellKind.HEALTH, 12, p -> p.m().health()));
        f.add(new Field(LABOUR_SKILL, TEXT, 10, p -> p.m().labourSkill()));
        f.add(new Field(WORK_STATUS, TEXT, 10, p -> p.m().workStatus()));
        f.add(new Field(WORK_MONTHS, COUNT, 8, p -> p.m().workMonths()));
        f.add(new Field(MEDICAL_INSURANCE, FLAG, 8, p -> p.m().medicalInsurance()));
        f.add(new Field(SERIOUS_ILLNESS_INSURANCE, FLAG, 8, p -> p.m().seriousIllnessInsurance()));
        f.add(new Field(PENSION_INSURANCE, FLAG, 8, p -> p.m().pensionInsurance()));
        f.add(new Field(DIBAO, TEXT, 10, p -> p.m().dibao()));
        f.add(new Field(TEKUN, TEXT, 10, p -> p.m().tekun()));
        f.add(new Field(PUBLIC_POST, TEXT, 10, p -> p.m().publicPost()));
        f.add(new Field(PUBLIC_POST_MONTHS, COUNT, 8, p -> p.m().publicPostMonths()));
        f.add(new Field(RosterField.PHONE, CellKind.PHONE, 13, p -> p.m().phone()));
        f.add(new Field(PERSON_NO, CODE, 16, p -> p.m().personNo()));
        f.add(new Field(CATEGORY, TEXT, 12, p -> p.episode() == null ? null : p.episode().category()));
        for (int i = 0; i < 5; i++) {
            int at = i;
            f.add(new Field(RosterField.RISKS.get(i), TEXT, 10, p -> p.episode() == null
                    || p.episode().risks().size() <= at ? null : p.episode().risks().get(at)));
        }
        f.add(new Field(IDENTIFIED_MONTH, MONTH, 9, p -> p.episode() == null ? null : p.episode().identifiedMonth()));
        f.add(new Field(RISK_ELIMINATED, FLAG, 8, p -> p.episode() == null ? null : p.eliminated()));
        f.add(new Field(ELIMINATION_METHOD, TEXT, 9, p -> p.eliminated()
                ? p.episode().eliminationAt(p.month()).orElseThrow().method() : null));
        f.add(new Field(ELIMINATED_MONTH, MONTH, 9, p -> p.eliminated()
                ? p.episode().eliminationAt(p.month()).orElseThrow().month() : null));
        income(f, WAGE_INCOME, AFTER_WAGE_INCOME, EpisodeSnapshot::wageIncome);
        income(f, BUSINESS_INCOME, AFTER_BUSINESS_INCOME, EpisodeSnapshot::businessIncome);
        income(f, PROPERTY_INCOME, AFTER_PROPERTY_INCOME, EpisodeSnapshot::propertyIncome);
        income(f, TRANSFER_INCOME, AFTER_TRANSFER_INCOME, EpisodeSnapshot::transferIncome);
        income(f, BUSINESS_EXPENSE, AFTER_BUSINESS_EXPENSE, EpisodeSnapshot::businessExpense);
        income(f, CLAIMS_INCOME, AFTER_CLAIMS_INCOME, EpisodeSnapshot::claimsIncome);
        income(f, SELF_PAID, AFTER_SELF_PAID, EpisodeSnapshot::compliantSelfPaid);
        f.add(new Field(SCHOOL_DROPOUT, FLAG, 8, p -> p.before() == null ? null : p.before().schoolDropout()));
        f.add(new Field(UNSAFE_HOUSING, FLAG, 8, p -> p.before() == null ? null : !p.before().housingSafe()));
        f.add(new Field(MEMBER_UNINSURED, FLAG, 8, p -> p.before() == null ? null : p.before().memberUninsured()));
        f.add(new Field(WATER_SAFE, FLAG, 8, p -> p.before() == null ? null : p.before().waterSafe()));
        f.add(new Field(AFTER_SCHOOL_DROPOUT, FLAG, 8,
                p -> p.afterIfEliminated() == null ? null : p.afterIfEliminated().schoolDropout()));
        f.add(new Field(AFTER_HOUSING_DAMAGED, FLAG, 8,
                p -> p.afterIfEliminated() == null ? null : !p.afterIfEliminated().housingSafe()));
        f.add(new Field(AFTER_MEMBER_UNINSURED, FLAG, 8,
                p -> p.afterIfEliminated() == null ? null : p.afterIfEliminated().memberUninsured()));
        f.add(new Field(AFTER_WATER_DAMAGED, FLAG, 8,
                p -> p.afterIfEliminated() == null ? null : !p.afterIfEliminated().waterSafe()));
        return f;
    }

    private static void income(List<Field> f, RosterField at, RosterField after,
            java.util.function.ToLongFunction<EpisodeSnapshot> amount) {
        f.add(new Field(at, YUAN, 11, p -> p.before() == null ? null : amount.applyAsLong(p.before())));
        f.add(new Field(after, YUAN, 11,
                p -> p.afterIfEliminated() == null ? null : amount.applyAsLong(p.afterIfEliminated())));
    }

    /** The facts of the roster: households, members, places and each household's monitoring. */
    private record Facts(List<Household> households, List<Member> members, Map<Long, Village> villages,
            Map<Long, String> groups, MonthFacts month) {
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        LocalDate end = m.atEndOfMonth();
        Facts facts = context.read(v -> {
            Map<Long, Village> villages = new HashMap<>();
            v.villages().list().forEach(x -> villages.put(x.id(), x));
            Map<Long, String> groups = new HashMap<>();
            v.villages().allGroups().forEach(g -> groups.put(g.id(), g.name()));
            return new Facts(v.households().all(), v.members().all(), villages, groups, MonthFacts.read(v, context, m));
        });
        Map<Long, EpisodeHistory> episodes = facts.month().latestBy(m);
        Map<Long, Household> byId = new HashMap<>();
        facts.households().forEach(h -> byId.put(h.id(), h));
        List<Member> members = new ArrayList<>();
        for (Member x : facts.members()) {
            Household h = byId.get(x.householdId());
            if (h == null || (x.leftOn() != null && !x.leftOn().isAfter(end))) {
                continue;
            }
            Village village = facts.villages().get(h.villageId());
            if (request.village() != null && (village == null || !request.village().equals(village.name()))) {
                continue;
            }
            members.add(x);
        }
        Comparator<Member> order = Comparator.<Member>comparingLong(x -> {
            Village v = facts.villages().get(byId.get(x.householdId()).villageId());
            return v == null ? Long.MAX_VALUE : v.sortOrder();
        }).thenComparing(x -> byId.get(x.householdId()).householdNo())
                .thenComparing(x -> Member.HEAD.equals(x.relation()) ? 0 : 1).thenComparingLong(Member::id);
        members.sort(order);

        List<Field> fields = fields();
        List<Header> headers = new ArrayList<>();
        for (Field f : fields) {
            headers.add(Column.of(f.field().name().toLowerCase(), f.field().label(), f.kind(), f.width()));
        }
        LazyRows rows = new LazyRows(members.size(), i -> {
            Member x = members.get(i);
            Household h = byId.get(x.householdId());
            Village v = facts.villages().get(h.villageId());
            EpisodeHistory e = episodes.get(h.id());
            Person p = new Person(x, h, v == null ? null : v.name(),
                    h.groupId() == null ? null : facts.groups().get(h.groupId()), e,
                    e == null ? null : facts.month().snapshot(e.episodeId(), EpisodeSnapshot.IDENTIFIED).orElse(null),
                    e == null ? null : facts.month().snapshot(e.episodeId(), EpisodeSnapshot.ELIMINATED).orElse(null), m);
            List<Object> cells = new ArrayList<>(fields.size());
            for (Field f : fields) {
                cells.add(f.value().apply(p));
            }
            return Row.data(cells);
        });
        long households = members.stream().map(Member::householdId).distinct().count();
        List<String> notes = List.of("说明：共 " + households + " 户 " + members.size() + " 人（" + Months.text(m)
                + "末在户的家庭成员）；金额单位：元/年。");
        return List.of(new ReportModel(ID, context.office().town() + title(), "截至" + end.getYear() + "年"
                + end.getMonthValue() + "月" + end.getDayOfMonth() + "日", "单位：户、人、元",
                List.of(new ReportTable("花名册", headers, rows, PRINTED)), notes, context.signature(), false, true));
    }
}
