package cn.bangfu.ledger.logic.history;

import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.model.Village;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit rows of a household in the clerk's words: which record (农户, 成员 张三, 收入 2025年 …), which fields
 * changed from what to what, by whom, when and why. Tables and columns are named by {@link ChangeLabels} (the
 * bundle keyed {@code table.column}); the columns it does not show (keys, derived values) are left out. The
 * household card's 变更记录 tab and the 一户一档 form both read the history through this class, so they say the
 * same thing.
 */
public final class ChangeText {

    /** One line of a change history. */
    public record Line(String at, String operator, String what, String changes, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> ACTIONS = Map.of("insert", "新增", "update", "修改", "delete", "删除");

    /** Money columns (fen in the ledger, yuan on screen). */
    private static final Set<String> MONEY = Set.of("wage_income", "business_income", "property_income",
            "transfer_income", "business_expense", "claims_income", "compliant_self_paid", "amount", "planned_fen");

    private final Map<Long, String> memberNames = new LinkedHashMap<>();
    private final Map<Long, String> villageNames = new LinkedHashMap<>();
    private final Map<Long, String> fundNames = new LinkedHashMap<>();
    private final ZoneId zone;

    /**
     * @param members  the household's members (to name a member whose row's change does not carry the name)
     * @param villages the villages (to name a village by its id)
     * @param zone     the zone the times are shown in
     */
    public ChangeText(List<Member> members, List<Village> villages, ZoneId zone) {
        members.forEach(m -> memberNames.put(m.id(), m.name()));
        villages.forEach(v -> villageNames.put(v.id(), v.name()));
        this.zone = zone;
    }

    /** Names the funds a measure's fund_id may point to ("2026年 衔接推进乡村振兴补助资金"); returns this. */
    public ChangeText withFunds(java.util.Collection<Fund> funds) {
        funds.forEach(f -> fundNames.put(f.id(), f.year() + "年 " + f.name()));
        return this;
    }

    public List<Line> lines(List<AuditEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    public Line line(AuditEntry e) {
        return line(e, (table, column) -> true);
    }

    /**
     * The line with only the changes of the columns {@code columns} accepts (table, column) in its
     * {@link Line#changes()}: a form can put the changes of a health condition in a column of their own.
     */
    public Line line(AuditEntry e, BiPredicate<String, String> columns) {
        Map<String, String> before = values(e.beforeJson());
        Map<String, String> after = values(e.afterJson());
        String entity = ChangeLabels.table(e.entity());
        String what = ACTIONS.getOrDefault(e.action(), e.action()) + entity + subject(e, before, after);
        List<String> parts = new ArrayList<>();
        if ("update".equals(e.action())) {
            after.forEach((col, now) -> {
                if (ChangeLabels.shown(e.entity(), col) && columns.test(e.entity(), col)) {
                    parts.add(ChangeLabels.column(e.entity(), col) + "：" + shown(col, before.get(col)) + " → "
                            + shown(col, now));
                }
            });
        } else {
            Map<String, String> values = "delete".equals(e.action()) ? before : after;
            values.forEach((col, v) -> {
                if (ChangeLabels.shown(e.entity(), col) && columns.test(e.entity(), col) && v != null) {
                    parts.add(ChangeLabels.column(e.entity(), col) + "：" + shown(col, v));
                }
            });
        }
        return new Line(Timestamps.local(e.at(), zone), e.operator(), what, String.join("；", parts),
                e.reason() == null ? "" : e.reason());
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
            return fen == null ? v : new Fen(fen).toYuanString();
        }
        if (column.endsWith("_month")) {
            try {
                return Months.text(YearMonth.parse(v));
            } catch (DateTimeParseException e) {
                return v;
            }
        }
        return switch (column) {
            case "gender" -> "1".equals(v) ? "男" : "2".equals(v) ? "女" : v;
            case "village_id" -> villageNames.getOrDefault(parseLong(v), v);
            case "member_id" -> memberNames.getOrDefault(parseLong(v), v);
            case "fund_id" -> fundNames.getOrDefault(parseLong(v), v);
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
