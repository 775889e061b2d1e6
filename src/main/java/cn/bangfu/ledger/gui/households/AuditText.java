package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.history.ChangeLabels;
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
 * fields changed from what to what, by whom, when and why. Tables and columns are named by {@link ChangeLabels}
 * (the bundle keyed {@code table.column}); the columns it does not show (keys, derived values) are left out.
 */
public final class AuditText {

    /** One line of the 变更记录 tab. */
    public record Line(String at, String operator, String what, String changes, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> ACTIONS = Map.of("insert", "新增", "update", "修改", "delete", "删除");

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
        String entity = ChangeLabels.table(e.entity());
        String what = ACTIONS.getOrDefault(e.action(), e.action()) + entity + subject(e, before, after);
        List<String> parts = new ArrayList<>();
        if ("update".equals(e.action())) {
            after.forEach((col, now) -> {
                if (ChangeLabels.shown(e.entity(), col)) {
                    parts.add(ChangeLabels.column(e.entity(), col) + "：" + shown(col, before.get(col)) + " → " + shown(col, now));
                }
            });
        } else {
            Map<String, String> values = "delete".equals(e.action()) ? before : after;
            values.forEach((col, v) -> {
                if (ChangeLabels.shown(e.entity(), col) && v != null) {
                    parts.add(ChangeLabels.column(e.entity(), col) + "：" + shown(col, v));
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
