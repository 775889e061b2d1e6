package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.CODE_LIST;

import cn.bangfu.ledger.model.CodeEntry;
import java.util.List;
import org.jooq.DSLContext;

/** The editable dictionaries. */
public final class CodeListRepo extends Repo {

    CodeListRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    /** Active entries of one list, in their order. */
    public List<CodeEntry> entries(String list) {
        return dsl.selectFrom(CODE_LIST)
                .where(CODE_LIST.LIST.eq(list), CODE_LIST.ACTIVE.isTrue())
                .orderBy(CODE_LIST.SORT_ORDER)
                .fetchInto(CodeEntry.class);
    }

    public List<CodeEntry> all() {
        return dsl.selectFrom(CODE_LIST).orderBy(CODE_LIST.LIST, CODE_LIST.SORT_ORDER).fetchInto(CodeEntry.class);
    }
}
