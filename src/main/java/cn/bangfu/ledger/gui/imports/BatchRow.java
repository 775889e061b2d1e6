package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.model.ImportBatch;

/** A batch of the import history, as the table shows it. */
public record BatchRow(long id, String batch, String time, String operator, String file, String kind, String rows,
        String rejected, String added, String changed, String heldBack, String leads, String status,
        boolean revertible, ImportBatch source) {
}
