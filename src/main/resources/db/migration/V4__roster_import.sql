-- Bangfu Ledger, migration 4: importing county rosters and department push lists (导入花名册, 推送名单).

-- One row per import that was applied (a dry run leaves nothing), and one per revert of such an import.
-- The counts are what the clerk was shown when applying; the changes themselves are the audit rows that
-- carry this batch id.
CREATE TABLE import_batch (
    id                    INTEGER PRIMARY KEY,
    kind                  TEXT    NOT NULL CHECK (kind IN ('roster', 'push', 'revert')),
    file_name             TEXT    NOT NULL,               -- as picked (no folder)
    file_sha256           TEXT,                           -- hex; null for a revert
    sheet                 TEXT,                           -- the sheet read, null for every sheet
    town                  TEXT,                           -- the town filter applied, null for none
    mapping_name          TEXT,
    imported_at           TEXT    NOT NULL,               -- UTC ISO-8601
    operator              TEXT    NOT NULL,
    rows_read             INTEGER NOT NULL DEFAULT 0,
    rows_rejected         INTEGER NOT NULL DEFAULT 0,
    other_towns           INTEGER NOT NULL DEFAULT 0,
    households_added      INTEGER NOT NULL DEFAULT 0,
    households_changed    INTEGER NOT NULL DEFAULT 0,
    households_unchanged  INTEGER NOT NULL DEFAULT 0,
    households_missing    INTEGER NOT NULL DEFAULT 0,
    households_held_back  INTEGER NOT NULL DEFAULT 0,
    persons_added         INTEGER NOT NULL DEFAULT 0,
    persons_changed       INTEGER NOT NULL DEFAULT 0,
    persons_unchanged     INTEGER NOT NULL DEFAULT 0,
    persons_missing       INTEGER NOT NULL DEFAULT 0,
    leads_added           INTEGER NOT NULL DEFAULT 0,
    persons_unmatched     INTEGER NOT NULL DEFAULT 0,
    reverts_batch_id      INTEGER REFERENCES import_batch (id),  -- for a revert: the batch it undid
    CHECK ((kind = 'revert') = (reverts_batch_id IS NOT NULL))
);
CREATE INDEX import_batch_sha ON import_batch (file_sha256);
CREATE UNIQUE INDEX import_batch_one_revert ON import_batch (reverts_batch_id) WHERE reverts_batch_id IS NOT NULL;

-- The problems found in an applied import's rows (rejected rows and warnings), kept with the batch.
CREATE TABLE import_issue (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id),
    sheet       TEXT,
    row_number  INTEGER NOT NULL,                         -- as Excel shows it
    column_name TEXT,
    code        TEXT    NOT NULL,                         -- ID_CHECKSUM, REQUIRED_MISSING, ...
    severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning')),
    message     TEXT    NOT NULL
);
CREATE INDEX import_issue_batch ON import_issue (batch_id);

-- Saved column mappings: header shape (signature) → which column holds which field, reused automatically.
CREATE TABLE column_mapping (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    kind         TEXT    NOT NULL CHECK (kind IN ('roster', 'push')),
    signature    TEXT    NOT NULL,                        -- hash of the normalised header names in order
    mapping_json TEXT    NOT NULL,                        -- {"field": "header name", ...}
    saved_at     TEXT    NOT NULL
);
CREATE INDEX column_mapping_signature ON column_mapping (signature);

-- 部门比对推送线索: a person a department flagged (medical self-pay over a limit, disability, ...), matched to
-- a household; the clerk records the 入户核查 result and whether the household is taken into monitoring.
CREATE TABLE lead (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES household (id),
    member_id       INTEGER REFERENCES member (id),
    person_name     TEXT    NOT NULL,
    id_number       TEXT    NOT NULL,
    source          TEXT    NOT NULL,                     -- 推送部门 (医保局, 残联, ...)
    reason          TEXT    NOT NULL,                     -- 推送原因
    pushed_on       TEXT,                                 -- 推送日期
    batch_id        INTEGER REFERENCES import_batch (id),
    visit_result    TEXT,                                 -- 入户核查结果
    decision        TEXT CHECK (decision IN ('纳入监测', '不纳入监测')),
    decision_reason TEXT,
    decided_on      TEXT,
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    CHECK (decision IS NULL OR decision = '纳入监测' OR decision_reason IS NOT NULL)
);
CREATE INDEX lead_household ON lead (household_id);
CREATE INDEX lead_open ON lead (household_id) WHERE decision IS NULL;

-- Reverting an import removes the rows it added (their content stays in the audit log): keep the derived
-- summary in step when a member or household row goes.
CREATE TRIGGER household_summary_member_delete AFTER DELETE ON member
BEGIN
    UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
        (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
         WHERE s.household_id = household_summary.household_id)
    WHERE household_id = OLD.household_id;
END;

CREATE TRIGGER household_summary_household_delete BEFORE DELETE ON household
BEGIN
    DELETE FROM household_summary WHERE household_id = OLD.id;
END;

CREATE INDEX audit_batch ON audit (batch_id) WHERE batch_id IS NOT NULL;

-- Bulk writes (an import of a whole county roster): while the store writes many members of many households
-- in one transaction it sets this flag, the per-row summary trigger stands aside, and the store refreshes
-- the summary of every touched household once at the end of the same transaction. The flag is never
-- committed set: the store clears it before the transaction ends.
CREATE TABLE bulk_write (
    active INTEGER PRIMARY KEY CHECK (active = 1)
);

DROP TRIGGER household_summary_member_insert;
CREATE TRIGGER household_summary_member_insert AFTER INSERT ON member
WHEN NOT EXISTS (SELECT 1 FROM bulk_write)
BEGIN
    UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
        (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
         WHERE s.household_id = household_summary.household_id)
    WHERE household_id = NEW.household_id;
END;
