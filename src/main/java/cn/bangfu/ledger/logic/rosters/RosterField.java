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
    NO_LABOUR_CAPACITY(Scope.HOUSEHOLD, Type.BOOL, "是否整户无劳动能力", "整户无劳动能力", "无劳动能力户",
            "整户无劳动能力兜底保障户"),
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
    PUBLIC_POST_MONTHS(Scope.MEMBER, Type.MONTHS, "公益性岗位（月）", "公益性岗位(月)", "公益性岗位时间", "公益性岗位月数",
            "公益性岗位(月数)", "公益性岗位（月数）"),
    PHONE(Scope.MEMBER, Type.TEXT, "联系电话", "手机号", "手机号码", "电话", "本人联系电话", "家庭成员联系电话"),
    PERSON_NO(Scope.MEMBER, Type.TEXT, "人编号", "人员编号", "成员编号", "人码"),

    // monitoring (防返贫监测), household fields repeated on each member row: the roster is the system of record
    CATEGORY(Scope.MONITORING, Type.CODE, "监测对象类别", "监测类别", "监测对象类型"),
    RISK_1(Scope.MONITORING, Type.CODE, "致贫/返贫风险1", "致贫返贫风险1", "返贫致贫风险1", "风险类型1", "主要风险1"),
    RISK_2(Scope.MONITORING, Type.CODE, "致贫/返贫风险2", "致贫返贫风险2", "返贫致贫风险2", "风险类型2", "主要风险2"),
    RISK_3(Scope.MONITORING, Type.CODE, "致贫/返贫风险3", "致贫返贫风险3", "返贫致贫风险3", "风险类型3", "主要风险3"),
    RISK_4(Scope.MONITORING, Type.CODE, "致贫/返贫风险4", "致贫返贫风险4", "返贫致贫风险4", "风险类型4", "主要风险4"),
    RISK_5(Scope.MONITORING, Type.CODE, "致贫/返贫风险5", "致贫返贫风险5", "返贫致贫风险5", "风险类型5", "主要风险5"),
    /** One column with all risks, in order ("因病、因学"). */
    MAIN_RISK(Scope.MONITORING, Type.TEXT, "主要风险", "致贫/返贫风险", "致贫返贫风险", "返贫致贫风险", "主要致贫返贫风险"),
    IDENTIFIED_MONTH(Scope.MONITORING, Type.MONTH, "识别监测时间", "识别时间", "纳入监测时间", "识别监测月份"),
    RISK_ELIMINATED(Scope.MONITORING, Type.BOOL, "风险是否已消除", "是否消除风险", "风险是否消除"),
    ELIMINATION_METHOD(Scope.MONITORING, Type.CODE, "风险消除方式", "消除方式"),
    ELIMINATED_MONTH(Scope.MONITORING, Type.MONTH, "消除监测时间", "风险消除时间", "消除时间"),
    WAGE_INCOME(Scope.MONITORING, Type.MONEY, "工资性收入"),
    BUSINESS_INCOME(Scope.MONITORING, Type.MONEY, "生产经营性收入"),
    PROPERTY_INCOME(Scope.MONITORING, Type.MONEY, "财产性收入"),
    TRANSFER_INCOME(Scope.MONITORING, Type.MONEY, "转移性收入"),
    BUSINESS_EXPENSE(Scope.MONITORING, Type.MONEY, "生产经营性支出"),
    CLAIMS_INCOME(Scope.MONITORING, Type.MONEY, "理赔收入"),
    SELF_PAID(Scope.MONITORING, Type.MONEY, "合规自付支出"),
    SCHOOL_DROPOUT(Scope.MONITORING, Type.BOOL, "是否义务教育阶段适龄儿童少年失学辍学", "失学辍学"),
    UNSAFE_HOUSING(Scope.MONITORING, Type.BOOL, "是否危房户", "危房户"),
    MEMBER_UNINSURED(Scope.MONITORING, Type.BOOL, "是否有家庭成员未参加城乡居民（职工）基本医疗保险",
            "是否有家庭成员未参加城乡居民(职工)基本医疗保险", "是否有家庭成员未参加基本医疗保险"),
    WATER_SAFE(Scope.MONITORING, Type.BOOL, "是否解决安全饮用水", "饮水安全"),
    AFTER_WAGE_INCOME(Scope.MONITORING, Type.MONEY, "风险消除后工资性收入"),
    AFTER_BUSINESS_INCOME(Scope.MONITORING, Type.MONEY, "风险消除后生产经营性收入"),
    AFTER_PROPERTY_INCOME(Scope.MONITORING, Type.MONEY, "风险消除后财产性收入"),
    AFTER_TRANSFER_INCOME(Scope.MONITORING, Type.MONEY, "风险消除后转移性收入"),
    AFTER_BUSINESS_EXPENSE(Scope.MONITORING, Type.MONEY, "风险消除后生产经营性支出"),
    AFTER_CLAIMS_INCOME(Scope.MONITORING, Type.MONEY, "风险消除后理赔收入"),
    AFTER_SELF_PAID(Scope.MONITORING, Type.MONEY, "风险消除后合规自付支出"),
    AFTER_SCHOOL_DROPOUT(Scope.MONITORING, Type.BOOL, "风险消除后是否义务教育阶段适龄儿童少年失学辍学"),
    AFTER_HOUSING_DAMAGED(Scope.MONITORING, Type.BOOL, "风险消除后是否住房损毁"),
    AFTER_MEMBER_UNINSURED(Scope.MONITORING, Type.BOOL, "风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险",
            "风险消除后是否有家庭成员未参加城乡居民(职工)基本医疗保险"),
    AFTER_WATER_DAMAGED(Scope.MONITORING, Type.BOOL, "风险消除后是否饮水设施损毁"),

    // push lists (部门比对推送名单)
    PUSH_SOURCE(Scope.PUSH, Type.TEXT, "推送部门", "推送单位", "数据来源", "部门", "来源部门", "预警部门"),
    PUSH_REASON(Scope.PUSH, Type.TEXT, "推送原因", "预警原因", "风险类型", "预警类型", "推送事由", "原因"),
    PUSH_DATE(Scope.PUSH, Type.DATE, "推送日期", "推送时间", "预警日期", "预警时间");

    /** What a field belongs to. */
    public enum Scope { AREA, HOUSEHOLD, MEMBER, MONITORING, PUSH }

    /** How a cell is read. */
    public enum Type { TEXT, ID, CODE, DATE, BOOL, GENDER, MONTHS, MONTH, MONEY }

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
            case CATEGORY -> "monitor_category";
            case RISK_1, RISK_2, RISK_3, RISK_4, RISK_5 -> "risk";
            case ELIMINATION_METHOD -> "elimination_method";
            default -> null;
        };
    }

    /** The risk columns 1–5, in order. */
    public static final List<RosterField> RISKS = List.of(RISK_1, RISK_2, RISK_3, RISK_4, RISK_5);

    /** The fields a roster (花名册) needs columns for. */
    public static final List<RosterField> ROSTER_REQUIRED = List.of(HOUSEHOLD_NO, NAME, ID_NUMBER, RELATION);

    /** The fields a push list needs columns for. */
    public static final List<RosterField> PUSH_REQUIRED = List.of(NAME, ID_NUMBER);
}
