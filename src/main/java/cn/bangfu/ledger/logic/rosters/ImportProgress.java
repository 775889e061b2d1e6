package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.WorkProgress;

/** Where a long import is, and whether the clerk has cancelled it. */
public interface ImportProgress extends WorkProgress {

    ImportProgress NONE = new ImportProgress() {
    };
}
