package cn.bangfu.ledger.model;

/** One entry of an editable dictionary (code list). */
public record CodeEntry(String list, String code, String label, int sortOrder, boolean active) {
}
