package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.imports.ImportViewModel.Job;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import javafx.concurrent.Task;

/**
 * Runs each job of the import page as a {@link Task} on its own daemon thread: progress reports become the
 * task's message and progress (coalesced onto the FX thread by the task), the outcome is handed back on the FX
 * thread.
 */
final class TaskRunner implements ImportViewModel.Runner {

    @Override
    public <T> void run(Job<T> job) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.call(new ImportProgress() {
                    @Override
                    public void update(String stage, long done, long total) {
                        updateMessage(job.describe(stage, done, total));
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, -1);
                        }
                    }
                });
            }
        };
        task.messageProperty().addListener((o, a, b) -> job.progress(b, task.getProgress()));
        task.progressProperty().addListener((o, a, b) -> job.progress(task.getMessage(), b.doubleValue()));
        task.setOnSucceeded(e -> job.succeeded(task.getValue()));
        task.setOnFailed(e -> job.failed(task.getException()));
        Thread worker = new Thread(task, "import-work");
        worker.setDaemon(true);
        worker.start();
    }
}
