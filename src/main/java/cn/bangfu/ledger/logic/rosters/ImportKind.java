package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.model.ImportBatch;
import java.util.List;

/** What a file is imported as. */
public enum ImportKind {
    /** 花名册: households and their members. */
    ROSTER(ImportBatch.ROSTER, "花名册", RosterField.ROSTER_REQUIRED),
    /** 部门比对推送名单: persons flagged by a department, matched to households as leads. */
    PUSH(ImportBatch.PUSH, "部门推送名单", RosterField.PUSH_REQUIRED);

    private final String code;
    private final String label;
    private final List<RosterField> required;

    ImportKind(String code, String label, List<RosterField> required) {
        this.code = code;
        this.label = label;
        this.required = required;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<RosterField> required() {
        return required;
    }

    /** The fields this kind of import reads. */
    public List<RosterField> fields() {
        return java.util.Arrays.stream(RosterField.values()).filter(f -> switch (this) {
            case ROSTER -> f.scope() != RosterField.Scope.PUSH;
            case PUSH -> f.scope() == RosterField.Scope.PUSH || f == RosterField.NAME || f == RosterField.ID_NUMBER
                    || f.scope() == RosterField.Scope.AREA || f == RosterField.VILLAGE;
        }).toList();
    }
}
