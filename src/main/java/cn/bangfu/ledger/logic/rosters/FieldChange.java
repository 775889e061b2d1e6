package cn.bangfu.ledger.logic.rosters;

/** One field that an import changes: its label, the ledger's value and the file's value, as shown. */
public record FieldChange(String field, String before, String after) {

    /** The monitoring lines of a roster's difference that are events, not a field's old and new value. */
    private static final java.util.Set<String> EVENTS = java.util.Set.of("新纳入监测", "风险再标注", "标注消除");

    /** An event (新纳入监测, 标注消除 …): shown as "what: detail", never as "(blank) → detail". */
    public boolean isEvent() {
        return before == null && EVENTS.contains(field);
    }
}
