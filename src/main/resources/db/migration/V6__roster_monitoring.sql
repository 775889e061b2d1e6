-- Monitoring episodes opened from a county roster (花名册), which does not say how the household was found:
-- their discovery channel is 未注明. Not offered in the forms (inactive), shown as its label.
INSERT INTO code_list (list, code, label, sort_order, active) VALUES
    ('discovery_channel', '未注明', '未注明（据县花名册导入）', 9, 0);
