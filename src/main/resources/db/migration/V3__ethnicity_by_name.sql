-- Bangfu Ledger, migration 3: 民族 is stored by name, as every other code list is and as the county rosters
-- and the national system write it ("汉族", not "01"). The GB/T 3304 number stays as the list order.
UPDATE code_list SET sort_order = CAST(code AS INTEGER), code = label WHERE list = 'ethnicity';
