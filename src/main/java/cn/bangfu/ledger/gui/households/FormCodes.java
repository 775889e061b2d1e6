package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Village;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code lists and villages the household forms offer, read off the FX thread before a form opens (with the
 * card, or when 新建农户 is clicked), so that building a form never asks the ledger.
 */
record FormCodes(Map<String, List<CodeEntry>> lists, List<Village> villages) {

    /** The code lists the member form, the household's fields and 登记离开 offer. */
    static final List<String> LISTS = List.of("relation", "id_type", "gender", "ethnicity", "health", "education",
            "school_status", "labour_skill", "work_status", "dibao", "tekun", "household_type", "left_reason");

    FormCodes {
        lists = Map.copyOf(lists);
        villages = List.copyOf(villages);
    }

    /** Reads them (off the FX thread: the caller's runner). */
    static FormCodes read(LedgerServices services) {
        Map<String, List<CodeEntry>> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            lists.put(list, List.copyOf(services.households().codes(list)));
        }
        return new FormCodes(lists, services.households().villages());
    }

    /** The entries of one list (one of {@link #LISTS}). */
    List<CodeEntry> of(String list) {
        List<CodeEntry> entries = lists.get(list);
        if (entries == null) {
            throw new IllegalArgumentException("not read with the form codes: " + list);
        }
        return entries;
    }
}
