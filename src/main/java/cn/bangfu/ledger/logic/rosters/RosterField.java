package cn.bangfu.ledger.logic.rosters;

import java.util.List;

/**
 * The fields an imported file can fill, with the header names counties use for them. A column maps to at
 * most one field; columns mapped to no field are ignored (and never overwrite anything in the ledger).
 */
public enum RosterField {
    // where: used to filter by town and to place the household
    COUNTY(Scope.AREA, Type.TEXT, "县", "县(市、区、旗)", "县（市、区）", "县区", "区县", "县名称"),
    TOWN(Scope.AREA, Type.TEXT, "乡镇", "乡(镇)", "乡（镇）", "乡", "镇", "乡镇(街道)", "乡镇（街道）", "乡镇名称", "所属乡镇"),
    VILLAGE(Scope.HOUSEHOLD, Type.TEXT, "行政村", "村", "村(社区)", "村（社区）", "行政村(社区)", "村名", "所属村", "村名称"),
    GROUP(Scope.HOUSEHOLD, Type.TEXT, "村民小组", "组", "自然村", "自然村/组", "小组"),
    HOUSEHOLD_NO(Scope.HOUSEHOLD, Type.TEXT, "户编号", "户码", "户号", "家庭编号", "户编码"),
    HOUSEHOLD_TYPE(Scope.HOUSEHOLD, Type.CODE, "户类型", "农户类型", "户类别", "农户属性", "户属性"),
    NO_LABOUR_CAPACITY(Scope.HOUSEHOLD, Type.BOOL, "是否整户无劳动能力", "整户无劳动能力", "无劳动能力户"),
    HOUSEHOLD_PHONE(Scope.HOUSEHOLD, Type.TEXT, "户联系电话", "家庭联系电话", "户主联系电话"),
    ADDRESS(Scope.HOUSEHOLD, Type.TEXT, "家庭住址", "住址", "地址", "详细地址"),

    NAME(Scope.MEMBER, Type.TEXT, "姓名", "成员姓名", "人员姓名", "家庭成员姓名"),
    ID_TYPE(Scope.MEMBER, Type.CODE, "证件类型", "证件种类"),
    ID_NUMBER(Scope.MEMBER, Type.ID, "证件号码", "身份证号", "身份证号码", "公民身份号码", "身份证件号码", "证件号",
            "残疾证号", "残疾人证号"),
    GENDER(Scope.MEMBER, Type.GENDER, "性别"),
    BIRTH_DATE(Scope.MEMBER, Type.DATE, "出生日期", "出生年月", "出生年月日", "生日"),
    ETHNICITY(Scope.MEMBER, Type.CODE, "民族"),
    RELATION(Scope.MEMBER, Type.CODE, "与户主关系", "与户主的关系", "家庭关系", "关系"),
    EDUCATION(Scope.MEMBER, Type.CODE, "文化程度", "学历"),
    SCHOOL_STATUS(Scope.MEMBER, Type.CODE, "在校生状况", "在校生情况", "在校情况"),
    HEALTH(Scope.MEMBER, Type.CODE, "健康状况", "健康状态"),
    LABOUR_SKILL(Scope.MEMBER, Type.CODE, "劳动技能", "劳动能力"),
    WORK_STATUS(Scope.MEMBER, Type.CODE, "务工状况", "务工情况"),
    WORK_MONTHS(Scope.MEMBER, Type.MONTHS, "务工时间（月）", "务工时间(月)", "务工时间", "务工月数"),
    MEDICAL_INSURANCE(Scope.MEMBER, Type.BOOL, "是否参加城乡居民基本医疗保险", "是否参加基本医疗保险", "基本医疗保险", "参加城乡居民基本医疗保险"),
    SERIOUS_ILLNESS_INSURANCE(Scope.MEMBER, Type.BOOL, "是否参加大病保险", "大病保险", "参加大病保险"),
    PENSION_INSURANCE(Scope.MEMBER, Type.BOOL, "是否参加城乡居民基本养老保险", "是否参加养老保险", "养老保险", "参加城乡居民基本养老保险"),
    DIBAO(Scope.MEMBER, Type.CODE, "享受低保政策情况", "是否享受低保", "低保"),
    TEKUN(Scope.MEMBER, Type.CODE, "享受特困供养政策情况", "是否特困供养", "特困供养", "特困"),
    PUBLIC_POST(Scope.MEMBER, Type.TEXT, "公益性岗位", "是否公益性岗位"),
    PUBLIC_POST_MONTHS(Scope.MEMBER, Type.MONTHS, "公益性岗位（月）", "公益性岗位(月)", "公益性岗位时间", "公益性岗位月数"),
    PHONE(Scope.MEMBER, Type.TEXT, "联系电话", "手机号", "手机号码", "电话", "本人联系电话"),
    PERSON_NO(Scope.MEMBER, Type.TEXT, "人编号", "人员编号", "成员编号", "人码"),

    // push lists (部门比对推送名单)
    PUSH_SOURCE(Scope.PUSH, Type.TEXT, "推送部门", "推送单位", "数据来源", "部门", "来源部门", "预警部门"),
    PUSH_REASON(Scope.PUSH, Type.TEXT, "推送原因", "预警原因", "风险类型", "预警类型", "推送事由", "原因"),
    PUSH_DATE(Scope.PUSH, Type.DATE, "推送日期", "推送时间", "预警日期", "预警时间");

    /** What a field belongs to. */
    public enum Scope { AREA, HOUSEHOLD, MEMBER, PUSH }

    /** How a cell is read. */
    public enum Type { TEXT, ID, CODE, DATE, BOOL, GENDER, MONTHS }

    private final Scope scope;
    private final Type type;
    private final List<String> names;

    RosterField(Scope scope, Type type, String... names) {
        this.scope = scope;
        this.type = type;
        this.names = List.of(names);
    }

    public Scope scope() {
        return scope;
    }

    public Type type() {
        return type;
    }

    /** The field's name as shown to the clerk (the first, standard header name). */
    public String label() {
        return names.getFirst();
    }

    /** Header names counties use for this field, standard first. */
    public List<String> names() {
        return names;
    }

    /** The code list a CODE field's values come from. */
    public String codeList() {
        return switch (this) {
            case HOUSEHOLD_TYPE -> "household_type";
            case ID_TYPE -> "id_type";
            case ETHNICITY -> "ethnicity";
            case RELATION -> "relation";
            case EDUCATION -> "education";
            case SCHOOL_STATUS -> "school_status";
            case HEALTH -> "health";
            case LABOUR_SKILL -> "labour_skill";
            case WORK_STATUS -> "work_status";
            case DIBAO -> "dibao";
            case TEKUN -> "tekun";
            default -> null;
        };
    }

    /** The fields a roster (花名册) needs columns for. */
    public static final List<RosterField> ROSTER_REQUIRED = List.of(HOUSEHOLD_NO, NAME, ID_NUMBER, RELATION);

    /** The fields a push list needs columns for. */
    public static final List<RosterField> PUSH_REQUIRED = List.of(NAME, ID_NUMBER);
}
