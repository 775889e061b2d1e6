-- Bangfu Ledger, migration 1: the foundation.
-- Conventions (docs/ARCHITECTURE.md, "Data"):
--   * money is INTEGER fen, never REAL;
--   * dates are ISO TEXT in columns named *_on or *_date, months are 'YYYY-MM' TEXT in columns named *_month;
--     timestamps are UTC ISO-8601 TEXT in columns named *_at;
--   * flags are BOOLEAN (0/1) with a CHECK;
--   * coded values hold the code of a code_list entry (for most lists the Chinese label itself,
--     as the county rosters and the national system write it);
--   * ledger rows are never deleted: people leave with a date and reason, episodes end with a date.

-- Office settings: county, town, operator, units ... (typed access lives in the settings service).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Editable dictionaries (code lists), seeded below.
CREATE TABLE code_list (
    list       TEXT    NOT NULL,
    code       TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    sort_order INTEGER NOT NULL,
    active     BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (list, code)
);

-- Places: 行政村/社区 and 自然村/村民小组 of this office's town.
CREATE TABLE village (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    code       TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE village_group (
    id         INTEGER PRIMARY KEY,
    village_id INTEGER NOT NULL REFERENCES village (id),
    name       TEXT    NOT NULL,
    UNIQUE (village_id, name)
);

-- 户: one row per household. Persons (人数) is derived from member rows.
CREATE TABLE household (
    id                  INTEGER PRIMARY KEY,
    household_no        TEXT    NOT NULL UNIQUE,            -- 户编号, county-issued, leading zeros kept
    village_id          INTEGER NOT NULL REFERENCES village (id),
    group_id            INTEGER REFERENCES village_group (id),
    household_type      TEXT    NOT NULL,                   -- code_list household_type: 脱贫户 / 一般农户
    no_labour_capacity  BOOLEAN NOT NULL DEFAULT 0 CHECK (no_labour_capacity IN (0, 1)), -- 是否整户无劳动能力
    phone               TEXT,                               -- 户联系电话
    address             TEXT,
    note                TEXT
);
CREATE INDEX household_village ON household (village_id);

-- 人: a member of a household. Nobody is deleted: left_on/left_reason record 死亡/迁出/婚出/其他.
CREATE TABLE member (
    id                       INTEGER PRIMARY KEY,
    household_id             INTEGER NOT NULL REFERENCES household (id),
    name                     TEXT    NOT NULL,
    id_type                  TEXT    NOT NULL DEFAULT '居民身份证',
    id_number                TEXT,                          -- normalised 18-character form when valid
    id_number_raw            TEXT,                          -- what the source contained, for display
    id_flag                  TEXT,                          -- null when valid; else why not (ID_CHECKSUM, ID_TRUNCATED, ...)
    gender                   TEXT CHECK (gender IN ('1', '2')),
    birth_date               TEXT,
    ethnicity                TEXT,
    relation                 TEXT    NOT NULL,              -- 与户主关系
    education                TEXT,                          -- 文化程度 (exclusive with school_status)
    school_status            TEXT,                          -- 在校生状况
    health                   TEXT,                          -- 健康状况
    labour_skill             TEXT,                          -- 劳动技能
    work_status              TEXT,                          -- 务工状况
    work_months              INTEGER CHECK (work_months BETWEEN 0 AND 12),
    medical_insurance        BOOLEAN CHECK (medical_insurance IN (0, 1)),         -- 城乡居民基本医疗保险
    serious_illness_insurance BOOLEAN CHECK (serious_illness_insurance IN (0, 1)), -- 大病保险
    pension_insurance        BOOLEAN CHECK (pension_insurance IN (0, 1)),         -- 养老保险
    dibao                    TEXT,                          -- 享受低保政策情况
    tekun                    TEXT,                          -- 享受特困供养政策情况
    public_post              TEXT,                          -- 公益性岗位
    public_post_months       INTEGER CHECK (public_post_months BETWEEN 0 AND 12),
    phone                    TEXT,
    person_no                TEXT,                          -- 人编号
    left_on                  TEXT,
    left_reason              TEXT,                          -- code_list left_reason
    CHECK ((left_on IS NULL) = (left_reason IS NULL)),
    CHECK (id_number IS NOT NULL OR id_flag IS NOT NULL)
);
CREATE INDEX member_household ON member (household_id);
-- One person, one current household: the same ID in two households is an error to resolve.
CREATE UNIQUE INDEX member_current_id ON member (id_number) WHERE id_number IS NOT NULL AND left_on IS NULL;

-- 收入: one row per household and year, in fen. Derived totals are computed, not stored.
CREATE TABLE income_year (
    household_id          INTEGER NOT NULL REFERENCES household (id),
    year                  INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    wage_income           INTEGER NOT NULL DEFAULT 0,  -- 工资性收入
    business_income       INTEGER NOT NULL DEFAULT 0,  -- 生产经营性收入
    property_income       INTEGER NOT NULL DEFAULT 0,  -- 财产性收入
    transfer_income       INTEGER NOT NULL DEFAULT 0,  -- 转移性收入
    business_expense      INTEGER NOT NULL DEFAULT 0,  -- 生产经营性支出
    claims_income         INTEGER NOT NULL DEFAULT 0,  -- 理赔收入
    compliant_self_paid   INTEGER NOT NULL DEFAULT 0,  -- 合规自付支出
    PRIMARY KEY (household_id, year)
);

-- 三保障 + 饮水: dated checks of a household.
CREATE TABLE guarantee_check (
    id                INTEGER PRIMARY KEY,
    household_id      INTEGER NOT NULL REFERENCES household (id),
    checked_on        TEXT    NOT NULL,
    school_dropout    BOOLEAN NOT NULL CHECK (school_dropout IN (0, 1)),    -- 义务教育阶段适龄儿童少年失学辍学
    housing_safe      BOOLEAN NOT NULL CHECK (housing_safe IN (0, 1)),      -- 住房安全
    housing_grade     TEXT CHECK (housing_grade IN ('A', 'B', 'C', 'D')),
    member_uninsured  BOOLEAN NOT NULL CHECK (member_uninsured IN (0, 1)),  -- 有家庭成员未参加基本医疗保险
    water_safe        BOOLEAN NOT NULL CHECK (water_safe IN (0, 1)),        -- 饮水安全
    note              TEXT
);
CREATE INDEX guarantee_check_household ON guarantee_check (household_id, checked_on);

-- 防返贫动态监测: one row per monitoring episode of a household.
CREATE TABLE episode (
    id                   INTEGER PRIMARY KEY,
    household_id         INTEGER NOT NULL REFERENCES household (id),
    category             TEXT    NOT NULL,        -- code_list monitor_category
    channel              TEXT    NOT NULL,        -- code_list discovery_channel
    identified_month     TEXT    NOT NULL,        -- 识别监测时间
    contact_name         TEXT,                    -- 监测联系人
    contact_phone        TEXT,
    eliminated           BOOLEAN NOT NULL DEFAULT 0 CHECK (eliminated IN (0, 1)), -- 风险是否已消除
    elimination_method   TEXT,                    -- code_list elimination_method: 帮扶消除 / 自然消除
    eliminated_month     TEXT,                    -- 消除监测时间
    override_reason      TEXT,                    -- why a warned rule was overridden at elimination
    previous_episode_id  INTEGER REFERENCES episode (id), -- 风险再标注: the episode this one follows
    CHECK ((eliminated = 1) = (eliminated_month IS NOT NULL)),
    CHECK ((eliminated = 1) = (elimination_method IS NOT NULL))
);
CREATE INDEX episode_household ON episode (household_id);
-- At most one open episode per household.
CREATE UNIQUE INDEX episode_one_open ON episode (household_id) WHERE eliminated = 0;

-- 致贫/返贫风险 1..5, ordered.
CREATE TABLE episode_risk (
    episode_id INTEGER NOT NULL REFERENCES episode (id),
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    risk       TEXT    NOT NULL,                  -- code_list risk
    PRIMARY KEY (episode_id, position),
    UNIQUE (episode_id, risk)
);

-- Income and 三保障 at identification ('identified') and after elimination ('eliminated').
CREATE TABLE episode_snapshot (
    episode_id          INTEGER NOT NULL REFERENCES episode (id),
    phase               TEXT    NOT NULL CHECK (phase IN ('identified', 'eliminated')),
    persons             INTEGER NOT NULL CHECK (persons > 0),
    wage_income         INTEGER NOT NULL DEFAULT 0,
    business_income     INTEGER NOT NULL DEFAULT 0,
    property_income     INTEGER NOT NULL DEFAULT 0,
    transfer_income     INTEGER NOT NULL DEFAULT 0,
    business_expense    INTEGER NOT NULL DEFAULT 0,
    claims_income       INTEGER NOT NULL DEFAULT 0,
    compliant_self_paid INTEGER NOT NULL DEFAULT 0,
    school_dropout      BOOLEAN NOT NULL CHECK (school_dropout IN (0, 1)),
    housing_safe        BOOLEAN NOT NULL CHECK (housing_safe IN (0, 1)),
    member_uninsured    BOOLEAN NOT NULL CHECK (member_uninsured IN (0, 1)),
    water_safe          BOOLEAN NOT NULL CHECK (water_safe IN (0, 1)),
    PRIMARY KEY (episode_id, phase)
);

-- Workflow steps with their dates (code_list episode_step), including 回退 and 再标注 events.
CREATE TABLE episode_step (
    id          INTEGER PRIMARY KEY,
    episode_id  INTEGER NOT NULL REFERENCES episode (id),
    kind        TEXT    NOT NULL,
    step_on     TEXT    NOT NULL,
    end_on      TEXT,                             -- for 公示: the last day
    note        TEXT,
    CHECK (end_on IS NULL OR end_on >= step_on)
);
CREATE INDEX episode_step_episode ON episode_step (episode_id, step_on);

-- 一户一策: assistance measures of a household (member when personal).
CREATE TABLE measure (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES household (id),
    member_id     INTEGER REFERENCES member (id),
    family        TEXT    NOT NULL,               -- code_list measure_family
    detail        TEXT,
    start_on      TEXT    NOT NULL,
    end_on        TEXT,
    amount        INTEGER CHECK (amount >= 0),    -- fen
    fund_text     TEXT,                           -- paying fund, free text until funds exist
    cadre         TEXT,                           -- responsible cadre
    note          TEXT,
    CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX measure_household ON measure (household_id);

-- Monitoring threshold per year and area (yuan per person per year, stored in fen).
CREATE TABLE threshold (
    year    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    area    TEXT    NOT NULL,
    amount  INTEGER NOT NULL CHECK (amount > 0),
    doc_no  TEXT,
    PRIMARY KEY (year, area)
);

-- 低保 grades (档次) and their monthly amounts per year, in fen.
CREATE TABLE dibao_grade (
    year    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    grade   TEXT    NOT NULL,
    amount  INTEGER NOT NULL CHECK (amount > 0),
    doc_no  TEXT,
    PRIMARY KEY (year, grade)
);

-- The audit log: one row per changed record, written in the same transaction as the change.
CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT    NOT NULL,               -- UTC ISO-8601
    operator      TEXT    NOT NULL,
    entity        TEXT    NOT NULL,               -- table name
    entity_key    TEXT    NOT NULL,               -- primary key, '/'-joined when composite
    action        TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json   TEXT,                           -- changed fields before (null for insert)
    after_json    TEXT,                           -- changed fields after (null for delete)
    reason        TEXT,
    batch_id      INTEGER,                        -- import batch, when the change came from an import
    household_id  INTEGER                         -- the household the change belongs to, for its history
);
CREATE INDEX audit_entity ON audit (entity, entity_key);
CREATE INDEX audit_household ON audit (household_id) WHERE household_id IS NOT NULL;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only: update refused');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only: delete refused');
END;

-- Seed values of the code lists (DOMAIN.md §2-4; ethnicity per GB/T 3304). Editable afterwards.
INSERT INTO code_list (list, code, label, sort_order) VALUES
    ('gender', '1', '男', 1),
    ('gender', '2', '女', 2),
    ('id_type', '居民身份证', '居民身份证', 1),
    ('id_type', '残疾人证', '残疾人证', 2),
    ('id_type', '户口簿', '户口簿', 3),
    ('id_type', '其他', '其他', 4),
    ('household_type', '脱贫户', '脱贫户', 1),
    ('household_type', '一般农户', '一般农户', 2),
    ('monitor_category', '脱贫不稳定户', '脱贫不稳定户', 1),
    ('monitor_category', '边缘易致贫户', '边缘易致贫户', 2),
    ('monitor_category', '突发严重困难户', '突发严重困难户', 3),
    ('relation', '户主', '户主', 1),
    ('relation', '配偶', '配偶', 2),
    ('relation', '之子', '之子', 3),
    ('relation', '之女', '之女', 4),
    ('relation', '之父', '之父', 5),
    ('relation', '之母', '之母', 6),
    ('relation', '之儿媳', '之儿媳', 7),
    ('relation', '之女婿', '之女婿', 8),
    ('relation', '之孙子', '之孙子', 9),
    ('relation', '之孙女', '之孙女', 10),
    ('relation', '之祖父', '之祖父', 11),
    ('relation', '之祖母', '之祖母', 12),
    ('relation', '之兄弟姐妹', '之兄弟姐妹', 13),
    ('relation', '其他', '其他', 14),
    ('health', '健康', '健康', 1),
    ('health', '长期慢性病', '长期慢性病', 2),
    ('health', '患有大病', '患有大病', 3),
    ('health', '残疾', '残疾', 4),
    ('labour_skill', '普通劳动力', '普通劳动力', 1),
    ('labour_skill', '技能劳动力', '技能劳动力', 2),
    ('labour_skill', '弱劳动力或半劳动力', '弱劳动力或半劳动力', 3),
    ('labour_skill', '丧失劳动力', '丧失劳动力', 4),
    ('labour_skill', '无劳动力', '无劳动力', 5),
    ('education', '文盲或半文盲', '文盲或半文盲', 1),
    ('education', '小学', '小学', 2),
    ('education', '初中', '初中', 3),
    ('education', '高中', '高中', 4),
    ('education', '大专', '大专', 5),
    ('education', '本科及以上', '本科及以上', 6),
    ('school_status', '学龄前儿童', '学龄前儿童', 1),
    ('school_status', '学前教育', '学前教育', 2),
    ('school_status', '小学', '小学', 3),
    ('school_status', '七至九年级', '七至九年级', 4),
    ('school_status', '普通高中', '普通高中', 5),
    ('school_status', '中职', '中职', 6),
    ('school_status', '高职高专', '高职高专', 7),
    ('school_status', '本科', '本科', 8),
    ('school_status', '硕士生及以上', '硕士生及以上', 9),
    ('dibao', '农村低保', '农村低保', 1),
    ('dibao', '城市低保', '城市低保', 2),
    ('dibao', '未享受', '未享受', 3),
    ('tekun', '农村特困', '农村特困', 1),
    ('tekun', '城市特困', '城市特困', 2),
    ('tekun', '不享受', '不享受', 3),
    ('work_status', '省外务工', '省外务工', 1),
    ('work_status', '省内县外务工', '省内县外务工', 2),
    ('work_status', '县内务工', '县内务工', 3),
    ('work_status', '未务工', '未务工', 4),
    ('discovery_channel', '农户自主申报', '农户自主申报', 1),
    ('discovery_channel', '干部排查', '干部排查', 2),
    ('discovery_channel', '部门筛查预警', '部门筛查预警', 3),
    ('risk', '因病', '因病', 1),
    ('risk', '因残', '因残', 2),
    ('risk', '因学', '因学', 3),
    ('risk', '因灾', '因灾', 4),
    ('risk', '因意外事故', '因意外事故', 5),
    ('risk', '因务工就业不稳', '因务工就业不稳', 6),
    ('risk', '缺劳动力', '缺劳动力', 7),
    ('risk', '因安全住房', '因安全住房', 8),
    ('risk', '因安全饮水', '因安全饮水', 9),
    ('risk', '产业项目失败', '产业项目失败', 10),
    ('risk', '其他', '其他', 11),
    ('elimination_method', '帮扶消除', '帮扶消除', 1),
    ('elimination_method', '自然消除', '自然消除', 2),
    ('episode_step', 'apply', '农户申请及承诺授权', 1),
    ('episode_step', 'home_check', '入户核查', 2),
    ('episode_step', 'data_compare', '数据比对', 3),
    ('episode_step', 'review', '民主评议', 4),
    ('episode_step', 'publicity', '村内公示', 5),
    ('episode_step', 'town_review', '乡镇审核', 6),
    ('episode_step', 'county_approval', '县级审定公告', 7),
    ('episode_step', 'system_mark', '录入系统标注', 8),
    ('episode_step', 'elim_home_check', '入户核实', 9),
    ('episode_step', 'elim_review', '民主评议公示', 10),
    ('episode_step', 'elim_town_review', '乡镇审核（消除）', 11),
    ('episode_step', 'elim_county_approval', '县级审定（消除）', 12),
    ('episode_step', 'elim_mark', '标注消除', 13),
    ('episode_step', 'rollback', '风险消除回退', 14),
    ('episode_step', 'remark', '风险再标注', 15),
    ('measure_family', '产业帮扶', '产业帮扶', 1),
    ('measure_family', '就业帮扶', '就业帮扶', 2),
    ('measure_family', '公益性岗位', '公益性岗位', 3),
    ('measure_family', '教育帮扶', '教育帮扶', 4),
    ('measure_family', '健康帮扶', '健康帮扶', 5),
    ('measure_family', '住房安全保障', '住房安全保障', 6),
    ('measure_family', '饮水安全保障', '饮水安全保障', 7),
    ('measure_family', '综合保障/兜底', '综合保障/兜底', 8),
    ('measure_family', '金融帮扶', '金融帮扶', 9),
    ('measure_family', '社会帮扶', '社会帮扶', 10),
    ('measure_family', '易地搬迁', '易地搬迁', 11),
    ('measure_family', '防贫保险', '防贫保险', 12),
    ('measure_family', '消费帮扶', '消费帮扶', 13),
    ('left_reason', '死亡', '死亡', 1),
    ('left_reason', '迁出', '迁出', 2),
    ('left_reason', '婚出', '婚出', 3),
    ('left_reason', '其他', '其他', 4),
    ('ethnicity', '01', '汉族', 1),
    ('ethnicity', '02', '蒙古族', 2),
    ('ethnicity', '03', '回族', 3),
    ('ethnicity', '04', '藏族', 4),
    ('ethnicity', '05', '维吾尔族', 5),
    ('ethnicity', '06', '苗族', 6),
    ('ethnicity', '07', '彝族', 7),
    ('ethnicity', '08', '壮族', 8),
    ('ethnicity', '09', '布依族', 9),
    ('ethnicity', '10', '朝鲜族', 10),
    ('ethnicity', '11', '满族', 11),
    ('ethnicity', '12', '侗族', 12),
    ('ethnicity', '13', '瑶族', 13),
    ('ethnicity', '14', '白族', 14),
    ('ethnicity', '15', '土家族', 15),
    ('ethnicity', '16', '哈尼族', 16),
    ('ethnicity', '17', '哈萨克族', 17),
    ('ethnicity', '18', '傣族', 18),
    ('ethnicity', '19', '黎族', 19),
    ('ethnicity', '20', '傈僳族', 20),
    ('ethnicity', '21', '佤族', 21),
    ('ethnicity', '22', '畲族', 22),
    ('ethnicity', '23', '高山族', 23),
    ('ethnicity', '24', '拉祜族', 24),
    ('ethnicity', '25', '水族', 25),
    ('ethnicity', '26', '东乡族', 26),
    ('ethnicity', '27', '纳西族', 27),
    ('ethnicity', '28', '景颇族', 28),
    ('ethnicity', '29', '柯尔克孜族', 29),
    ('ethnicity', '30', '土族', 30),
    ('ethnicity', '31', '达斡尔族', 31),
    ('ethnicity', '32', '仫佬族', 32),
    ('ethnicity', '33', '羌族', 33),
    ('ethnicity', '34', '布朗族', 34),
    ('ethnicity', '35', '撒拉族', 35),
    ('ethnicity', '36', '毛南族', 36),
    ('ethnicity', '37', '仡佬族', 37),
    ('ethnicity', '38', '锡伯族', 38),
    ('ethnicity', '39', '阿昌族', 39),
    ('ethnicity', '40', '普米族', 40),
    ('ethnicity', '41', '塔吉克族', 41),
    ('ethnicity', '42', '怒族', 42),
    ('ethnicity', '43', '乌孜别克族', 43),
    ('ethnicity', '44', '俄罗斯族', 44),
    ('ethnicity', '45', '鄂温克族', 45),
    ('ethnicity', '46', '德昂族', 46),
    ('ethnicity', '47', '保安族', 47),
    ('ethnicity', '48', '裕固族', 48),
    ('ethnicity', '49', '京族', 49),
    ('ethnicity', '50', '塔塔尔族', 50),
    ('ethnicity', '51', '独龙族', 51),
    ('ethnicity', '52', '鄂伦春族', 52),
    ('ethnicity', '53', '赫哲族', 53),
    ('ethnicity', '54', '门巴族', 54),
    ('ethnicity', '55', '珞巴族', 55),
    ('ethnicity', '56', '基诺族', 56);
