package cn.bangfu.ledger.gui.common;

import java.util.concurrent.CancellationException;

/** What a piece of background work tells the screen while it runs, and how it learns it was cancelled. */
public interface Progress {

    /** Nothing to report to (work run directly, e.g. by a test). */
    Progress NONE = new Progress() {
        @Override
        public void update(String text, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param text     what is being done, in Chinese (null keeps the previous text)
     * @param fraction 0 … 1, or -1 while the total is not known
     */
    void update(String text, double fraction);

    /** Whether the clerk cancelled (or newer work replaced this one). */
    boolean isCancelled();

    /** Throws {@link CancellationException} once cancelled: long loops call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    /** This progress as the logic layer's {@link cn.bangfu.ledger.logic.WorkProgress} (counts become a fraction). */
    default cn.bangfu.ledger.logic.WorkProgress toWork() {
        Progress self = this;
        return new cn.bangfu.ledger.logic.WorkProgress() {
            @Override
            public void update(String stage, long done, long total) {
                self.update(stage, total > 0 ? Math.min(1.0, (double) done / total) : -1);
            }

            @Override
            public boolean isCancelled() {
                return self.isCancelled();
            }
        };
    }
}
