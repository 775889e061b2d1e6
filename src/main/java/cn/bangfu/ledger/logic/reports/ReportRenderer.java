package cn.bangfu.ledger.logic.reports;

import cn.bangfu.ledger.logic.WorkProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Draws report models into one file of its format. Most forms are one document; the 一户一档 of a village is one
 * document per household, each starting on a new page (PDF) or sheet group (Excel).
 */
public interface ReportRenderer {

    ReportFormat format();

    /**
     * Writes the documents to {@code out} (which the caller closes). Checks {@code progress.isCancelled()}
     * between documents and between blocks of rows, and then stops with {@link java.util.concurrent.CancellationException}.
     */
    void write(List<ReportModel> documents, OutputStream out, WorkProgress progress) throws IOException;
}
