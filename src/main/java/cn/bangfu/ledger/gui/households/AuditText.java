package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.model.Village;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit rows of a household in the clerk's words: which record (农户, 成员 张三, 收入 2025年 …), which
 * fields changed from what to what, by whom, when and why.
 */
public final class AuditText {

    /** One line of the 变更记录 tab. */
    public record Line(String at, String operator, String what, String changes, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("household", "农户"),
            Map.entry("member", "成员"),
            Map.entry("income_year", "收入"),
            Map.entry("guarantee_check", "三保障"),
            Map.entry("episode", "监测记录"),
            Map.entry("episode_risk", "风险"),
            Map.entry("episode_snapshot", "监测收入与三保障"),
            Map.entry("episode_step", "流程步骤"),
            Map.entry("measure", "帮扶措施"),
            Map.entry("village", "村"),
            Map.entry("setting", "设置"));

    private static final Map<String, String> ACTIONS = Map.of("insert", "新增", "update", "修改", "delete", "删除");

    /** Column labels; a column missing here is shown by its name. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            // household
            Map.entry("household_no", "户编号"),
            Map.entry("village_id", "村"),
            Map.entry("group_id", "村民小组"),
            Map.entry("household_type", "户类型"),
            Map.entry("no_labour_capacity", "整户无劳动能力"),
            Map.entry("address", "地址"),
            Map.entry("note", "备注"),
            // member
            Map.entry("name", "姓名"),
            Map.entry("id_type", "证件类型"),
            Map.entry("id_number", "证件号码"),
            Map.entry("id_number_raw", "证件号码（原文）"),
            Map.entry("id_flag", "证件号码问题"),
            Map.entry("gender", "性别"),
            Map.entry("birth_date", "出生日期"),
            Map.entry("ethnicity", "民族"),
            Map.entry("relation", "与户主关系"),
            Map.entry("education", "文化程度"),
            Map.entry("school_status", "在校生状况"),
            Map.entry("health", "健康状况"),
            Map.entry("labour_skill", "劳动技能"),
            Map.entry("work_status", "务工状况"),
            Map.entry("work_months", "务工时间（月）"),
            Map.entry("medical_insurance", "基本医疗保险"),
            Map.entry("serious_illness_insurance", "大病保险"),
            Map.entry("pension_insurance", "养老保险"),
            Map.entry("dibao", "低保"),
            Map.entry("tekun", "特困供养"),
            Map.entry("public_post", "公益性岗位"),
            Map.entry("public_post_months", "公益性岗位（月）"),
            Map.entry("phone", "联系电话"),
            Map.entry("person_no", "人编号"),
            Map.entry("left_on", "离开日期"),
            Map.entry("left_reason", "离开原因"),
            // income
            Map.entry("year", "年度"),
            Map.entry("wage_income", "工资性收入"),
            Map.entry("business_income", "生产经营性收入"),
            Map.entry("property_income", "财产性收入"),
            Map.entry("transfer_income", "转移性收入"),
            Map.entry("business_expense", "生产经营性支出"),
            Map.entry("claims_income", "理赔收入"),
            Map.entry("compliant_self_paid", "合规自付支出"),
            // 三保障
            Map.entry("checked_on", "核查日期"),
            Map.entry("school_dropout", "有失学辍学"),
            Map.entry("housing_safe", "住房安全"),
            Map.entry("housing_grade", "住房鉴定等级"),
            Map.entry("member_uninsured", "有成员未参加医保"),
            Map.entry("water_safe", "饮水安全"),
            // episodes
            Map.entry("category", "监测对象类别"),
            Map.entry("channel", "发现方式"),
            Map.entry("identified_month", "识别监测时间"),
            Map.entry("contact_name", "监测联系人"),
            Map.entry("contact_phone", "联系人电话"),
            Map.entry("eliminated", "风险已消除"),
            Map.entry("elimination_method", "风险消除方式"),
            Map.entry("eliminated_month", "消除监测时间"),
            Map.entry("override_reason", "未满足条件的说明"),
            Map.entry("previous_episode_id", "前一次监测"),
            Map.entry("position", "顺序"),
            Map.entry("risk", "风险"),
            Map.entry("phase", "阶段"),
            Map.entry("persons", "家庭人口"),
            Map.entry("kind", "步骤"),
            Map.entry("step_on", "日期"),
            Map.entry("end_on", "结束日期"),
            // measures
            Map.entry("member_id", "成员"),
            Map.entry("family", "措施类别"),
            Map.entry("detail", "措施内容"),
            Map.entry("start_on", "开始日期"),
            Map.entry("amount", "金额（元）"),
            Map.entry("fund_text", "资金来源"),
            Map.entry("cadre", "责任人"));

    /** Columns that are bookkeeping or derived (the search initials follow the name), not news for the clerk. */
    private static final Set<String> HIDDEN = Set.of("id", "household_id", "episode_id", "changed_at", "name_initials");

    /** Money columns (fen in the ledger, yuan on screen). */
    private static final Set<String> MONEY = Set.of("wage_income", "business_income", "property_income",
            "transfer_income", "business_expense", "claims_income", "compliant_self_paid", "amount");

    private final Map<Long, String> memberNames = new LinkedHashMap<>();
    private final Map<Long, String> villageNames = new LinkedHashMap<>();

    AuditText(List<Member> members, List<Village> villages) {
        members.forEach(m -> memberNames.put(m.id(), m.name()));
        villages.forEach(v -> villageNames.put(v.id(), v.name()));
    }

    List<Line> lines(List<AuditEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    Line line(AuditEntry e) {
        Map<String, String> before = values(e.beforeJson());
        Map<String, String> after = values(e.afterJson());
        String entity = ENTITIES.getOrDefault(e.entity(), e.entity());
        String what = ACTIONS.getOrDefault(e.action(), e.action()) + entity + subject(e, before, after);
        List<String> parts = new ArrayList<>();
        if ("update".equals(e.action())) {
            after.forEach((col, now) -> {
                if (!HIDDEN.contains(col)) {
                    parts.add(label(col) + "：" + shown(col, before.get(col)) + " → " + shown(col, now));
                }
            });
        } else {
            Map<String, String> values = "delete".equals(e.action()) ? before : after;
            values.forEach((col, v) -> {
                if (!HIDDEN.contains(col) && v != null) {
                    parts.add(label(col) + "：" + shown(col, v));
                }
            });
        }
        return new Line(Timestamps.local(e.at()), e.operator(), what, String.join("；", parts),
                Formats.orEmpty(e.reason()));
    }

    /** " 张三" for a member, " 2025年" for an income year, "" otherwise. */
    private String subject(AuditEntry e, Map<String, String> before, Map<String, String> after) {
        switch (e.entity()) {
            case "member" -> {
                String name = after.getOrDefault("name", before.get("name"));
                if (name == null) {
                    name = parseLong(e.entityKey()) == null ? null : memberNames.get(parseLong(e.entityKey()));
                }
                return name == null ? "" : " " + name;
            }
            case "income_year" -> {
                String[] key = e.entityKey().split("/");
                return key.length == 2 ? " " + key[1] + "年" : "";
            }
            default -> {
                return "";
            }
        }
    }

    private static String label(String column) {
        return COLUMNS.getOrDefault(column, column);
    }

    /** A stored value as the clerk reads it. */
    private String shown(String column, String v) {
        if (v == null || v.isEmpty()) {
            return "（空）";
        }
        if (MONEY.contains(column)) {
            Long fen = parseLong(v);
            return fen == null ? v : Formats.yuan(fen);
        }
        if (column.endsWith("_month")) {
            try {
                return Formats.month(YearMonth.parse(v));
            } catch (DateTimeParseException e) {
                return v;
            }
        }
        return switch (column) {
            case "gender" -> Formats.gender(v).isEmpty() ? v : Formats.gender(v);
            case "village_id" -> villageNames.getOrDefault(parseLong(v), v);
            case "member_id" -> memberNames.getOrDefault(parseLong(v), v);
            case "kind" -> Workflow.label(v);
            case "phase" -> "identified".equals(v) ? "识别时" : "eliminated".equals(v) ? "消除后" : v;
            default -> switch (v) {
                case "true" -> "是";
                case "false" -> "否";
                default -> v;
            };
        };
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The flat JSON object of an audit row as column → text (null values kept as null). */
    private static Map<String, String> values(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode node = JSON.readTree(json);
        for (var entry : node.properties()) {
            JsonNode v = entry.getValue();
            out.put(entry.getKey(), v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
        }
        return out;
    }
}
