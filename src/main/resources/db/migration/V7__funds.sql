-- Bangfu Ledger, migration 7: 帮扶资金 and 项目库 (issue 11) — funds, projects, a double-entry journal, month close.
--
-- The journal: every movement of money is a journal_entry whose postings sum to zero for each fund. The accounts
-- a posting moves money between (posting.account):
--   来源   the money's source above the town: a receipt (资金到位) takes from it, a return (收回) gives back to it;
--   未分配 the fund's money not yet allocated;
--   项目   the money allocated to a project and not yet paid (posting.project_id);
--   收款方 money paid out to a payee (posting.payee), for a project or straight from the fund;
--   农户   money paid to a household (posting.household_id, and the receiving member and 一卡通 account).
-- So for every fund: received = −Σ 来源; unallocated = Σ 未分配; unpaid = Σ 项目; paid = Σ 收款方 + Σ 农户;
-- allocated = unpaid + paid; and received = allocated + unallocated follows from every entry balancing.
--
-- What the database itself guarantees (a row written behind the program's back is refused or caught by `check`):
--   * an entry is written whole: its postings go in first (their entry key is checked at commit), then the
--     entry, which names how many postings it has; inserting the entry checks that they are all there and that
--     they balance for each fund; a posting cannot be added to an entry that exists;
--   * entries and postings are never updated or deleted: a correction is a reversing entry (reverses_id);
--   * no entry is written dated in a closed month.

CREATE TABLE fund (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    source_kind TEXT    NOT NULL,                 -- 衔接资金（中央） … (code list fund_source, or the clerk's own)
    level       TEXT    NOT NULL,                 -- 中央 / 省 / 市 / 县 / 镇 / 村 / 其他
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    doc_no      TEXT,                             -- 文号
    note        TEXT,
    UNIQUE (name, year)
);

CREATE TABLE project (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    category     TEXT    NOT NULL,                -- code list project_category
    village_id   INTEGER REFERENCES village (id), -- null: the whole town
    implementer  TEXT,                            -- 实施单位
    status       TEXT    NOT NULL DEFAULT '储备' CHECK (status IN ('储备', '实施中', '已完工', '已验收')),
    started_on   TEXT,
    completed_on TEXT,
    accepted_on  TEXT,
    beneficiary_households INTEGER CHECK (beneficiary_households >= 0), -- as entered, when no households are linked
    beneficiary_persons    INTEGER CHECK (beneficiary_persons >= 0),
    note         TEXT
);
CREATE INDEX project_village ON project (village_id);

-- 计划投资 of a project by fund.
CREATE TABLE project_plan (
    project_id  INTEGER NOT NULL REFERENCES project (id),
    fund_id     INTEGER NOT NULL REFERENCES fund (id),
    planned_fen INTEGER NOT NULL CHECK (planned_fen >= 0),
    PRIMARY KEY (project_id, fund_id)
);

-- The households a project benefits (the beneficiary counts are counted from them where given).
CREATE TABLE project_household (
    project_id   INTEGER NOT NULL REFERENCES project (id),
    household_id INTEGER NOT NULL REFERENCES household (id),
    PRIMARY KEY (project_id, household_id)
);
CREATE INDEX project_household_household ON project_household (household_id);

-- The months the clerk has closed after filing their reports. Re-opening keeps the row, with who, when and why.
CREATE TABLE month_close (
    id            INTEGER PRIMARY KEY,
    closed_month  TEXT    NOT NULL CHECK (length(closed_month) = 7),
    closed_at     TEXT    NOT NULL,
    closed_by     TEXT    NOT NULL,
    reopened_at   TEXT,
    reopened_by   TEXT,
    reopen_reason TEXT,
    CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL))
);
-- a month is closed at most once at a time
CREATE UNIQUE INDEX month_close_open ON month_close (closed_month) WHERE reopened_at IS NULL;

CREATE TABLE journal_entry (
    id            INTEGER PRIMARY KEY,
    entry_on      TEXT    NOT NULL CHECK (length(entry_on) = 10),
    kind          TEXT    NOT NULL CHECK (kind IN ('资金到位', '分配到项目', '拨付', '发放到户', '收回', '结余调整', '冲销')),
    voucher_no    TEXT,                           -- 凭证号
    memo          TEXT    NOT NULL,
    operator      TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    reverses_id   INTEGER UNIQUE REFERENCES journal_entry (id), -- a 冲销 entry: the entry it reverses
    posting_count INTEGER NOT NULL CHECK (posting_count >= 2),
    CHECK ((kind = '冲销') = (reverses_id IS NOT NULL))
);
CREATE INDEX journal_entry_on ON journal_entry (entry_on);

CREATE TABLE posting (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    fund_id      INTEGER NOT NULL REFERENCES fund (id),
    account      TEXT    NOT NULL CHECK (account IN ('来源', '未分配', '项目', '收款方', '农户')),
    project_id   INTEGER REFERENCES project (id),
    payee        TEXT,
    household_id INTEGER REFERENCES household (id),
    member_id    INTEGER REFERENCES member (id),
    bank_account TEXT,                            -- the receiving member's 惠民惠农一卡通 account (for the bank)
    amount_fen   INTEGER NOT NULL CHECK (amount_fen <> 0),
    CHECK ((account = '项目') <= (project_id IS NOT NULL)),
    CHECK ((account = '收款方') <= (payee IS NOT NULL)),
    CHECK ((account = '农户') <= (household_id IS NOT NULL))
);
CREATE INDEX posting_entry ON posting (entry_id, fund_id); -- an entry's postings, and "has this fund" as one seek
CREATE INDEX posting_fund ON posting (fund_id, account, amount_fen); -- the balances read from the index alone
CREATE INDEX posting_project ON posting (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX posting_household ON posting (household_id) WHERE household_id IS NOT NULL;

CREATE TRIGGER posting_only_before_its_entry BEFORE INSERT ON posting
    WHEN EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, '凭证已记账，不能再加分录：更正请做冲销凭证');
END;

CREATE TRIGGER journal_entry_whole_and_balanced AFTER INSERT ON journal_entry
    WHEN (SELECT count(*) FROM posting WHERE entry_id = NEW.id) <> NEW.posting_count
      OR EXISTS (SELECT 1 FROM posting WHERE entry_id = NEW.id GROUP BY fund_id HAVING sum(amount_fen) <> 0)
BEGIN
    SELECT RAISE(ABORT, '凭证借贷不平衡（或分录不全），没有记账');
END;

CREATE TRIGGER journal_entry_not_in_closed_month BEFORE INSERT ON journal_entry
    WHEN EXISTS (SELECT 1 FROM month_close WHERE closed_month = substr(NEW.entry_on, 1, 7) AND reopened_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, '该月已结账，不能再记入：请在未结账的月份做更正凭证');
END;

CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
BEGIN
    SELECT RAISE(ABORT, '已记账的凭证不能修改：更正请做冲销凭证');
END;

CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
BEGIN
    SELECT RAISE(ABORT, '已记账的凭证不能删除：更正请做冲销凭证');
END;

CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting
BEGIN
    SELECT RAISE(ABORT, '记账分录不能修改：更正请做冲销凭证');
END;

CREATE TRIGGER posting_no_delete BEFORE DELETE ON posting
BEGIN
    SELECT RAISE(ABORT, '记账分录不能删除：更正请做冲销凭证');
END;

-- A measure with an amount names the fund it is paid from (fund_text stays for what was typed before funds).
ALTER TABLE measure ADD COLUMN fund_id INTEGER REFERENCES fund (id);

INSERT INTO code_list (list, code, label, sort_order) VALUES
    ('fund_source', '衔接资金（中央）', '衔接推进乡村振兴补助资金（中央）', 1),
    ('fund_source', '衔接资金（省）', '衔接推进乡村振兴补助资金（省级）', 2),
    ('fund_source', '衔接资金（市）', '衔接推进乡村振兴补助资金（市级）', 3),
    ('fund_source', '衔接资金（县）', '衔接推进乡村振兴补助资金（县级）', 4),
    ('fund_source', '驻镇帮镇扶村资金', '驻镇帮镇扶村资金', 5),
    ('fund_source', '统筹整合涉农资金', '统筹整合涉农资金', 6),
    ('fund_source', '东西部协作资金', '东西部协作资金', 7),
    ('fund_source', '定点帮扶资金', '定点帮扶资金', 8),
    ('fund_source', '单位自筹', '单位自筹', 9),
    ('fund_source', '社会捐赠', '社会组织、企业捐赠', 10),
    ('fund_source', '村集体自筹', '村集体自筹', 11),
    ('fund_source', '资产收益再投入', '资产收益再投入', 12),
    ('fund_level', '中央', '中央', 1),
    ('fund_level', '省', '省', 2),
    ('fund_level', '市', '市', 3),
    ('fund_level', '县', '县', 4),
    ('fund_level', '镇', '镇', 5),
    ('fund_level', '村', '村', 6),
    ('fund_level', '其他', '其他', 7),
    ('project_category', '防止返贫致贫', '防止返贫致贫', 1),
    ('project_category', '产业发展', '产业发展', 2),
    ('project_category', '就业', '就业', 3),
    ('project_category', '乡村建设/基础设施', '乡村建设/基础设施', 4),
    ('project_category', '公共服务', '公共服务', 5),
    ('project_category', '乡村风貌', '乡村风貌', 6),
    ('project_category', '基层党建', '基层党建', 7),
    ('project_category', '其他', '其他', 8);
