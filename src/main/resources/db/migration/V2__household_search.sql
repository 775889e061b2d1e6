-- Bangfu Ledger, migration 2: what the household list needs to search, filter and sort fast.

-- Pinyin initials of a member's name, every reading of polyphonic characters, space-separated
-- (张三丰 → "zsf"; 曾 → "c z"): derived from the name by the store on every insert and update.
ALTER TABLE member ADD COLUMN name_initials TEXT;

-- When the household or anything of it last changed: derived from the audit log by a trigger, so it can
-- never disagree with the change history.
ALTER TABLE household ADD COLUMN changed_at TEXT;

UPDATE household SET changed_at = (SELECT max(a.at) FROM audit a WHERE a.household_id = household.id);

CREATE TRIGGER audit_touches_household AFTER INSERT ON audit
WHEN NEW.household_id IS NOT NULL
BEGIN
    UPDATE household SET changed_at = NEW.at WHERE id = NEW.household_id;
END;

-- One summary row per household, kept by the triggers below (derived data: never written by the program):
-- the current head, the number of current members, and one search text with the 户编号, phones, and every
-- member's name, initials, ID number and phone (members who left included, so they can still be found).
-- What a summary row holds is defined once, by the view; the triggers copy from it.
CREATE TABLE household_summary (
    household_id  INTEGER PRIMARY KEY REFERENCES household (id),
    head_name     TEXT,
    head_initials TEXT,
    persons       INTEGER NOT NULL DEFAULT 0,
    search_text   TEXT    NOT NULL DEFAULT ''
);

CREATE VIEW household_summary_source AS
SELECT h.id AS household_id,
       (SELECT m.name FROM member m WHERE m.household_id = h.id AND m.relation = '户主' AND m.left_on IS NULL
        ORDER BY m.id LIMIT 1) AS head_name,
       (SELECT m.name_initials FROM member m WHERE m.household_id = h.id AND m.relation = '户主'
        AND m.left_on IS NULL ORDER BY m.id LIMIT 1) AS head_initials,
       (SELECT count(*) FROM member m WHERE m.household_id = h.id AND m.left_on IS NULL) AS persons,
       h.household_no || ' ' || coalesce(h.phone, '') || ' ' || coalesce((
           SELECT group_concat(m.name || ' ' || coalesce(m.name_initials, '') || ' ' || coalesce(m.id_number, '')
               || ' ' || coalesce(m.phone, ''), ' ')
           FROM member m WHERE m.household_id = h.id), '') AS search_text
FROM household h;

CREATE TRIGGER household_summary_insert AFTER INSERT ON household
BEGIN
    INSERT INTO household_summary (household_id, head_name, head_initials, persons, search_text)
    SELECT household_id, head_name, head_initials, persons, search_text
    FROM household_summary_source WHERE household_id = NEW.id;
END;

CREATE TRIGGER household_summary_household AFTER UPDATE OF household_no, phone ON household
BEGIN
    UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
        (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
         WHERE s.household_id = household_summary.household_id)
    WHERE household_id = NEW.id;
END;

CREATE TRIGGER household_summary_member_insert AFTER INSERT ON member
BEGIN
    UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
        (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
         WHERE s.household_id = household_summary.household_id)
    WHERE household_id = NEW.household_id;
END;

CREATE TRIGGER household_summary_member_update AFTER UPDATE ON member
BEGIN
    UPDATE household_summary SET (head_name, head_initials, persons, search_text) =
        (SELECT head_name, head_initials, persons, search_text FROM household_summary_source s
         WHERE s.household_id = household_summary.household_id)
    WHERE household_id IN (NEW.household_id, OLD.household_id);
END;

-- Households already in the ledger.
INSERT INTO household_summary (household_id, head_name, head_initials, persons, search_text)
SELECT household_id, head_name, head_initials, persons, search_text FROM household_summary_source;

CREATE INDEX episode_latest ON episode (household_id, id);
CREATE INDEX measure_family ON measure (household_id, family, start_on);
