package cn.bangfu.ledger.gui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs of a test: every question is recorded, and answered from what the test queued beforehand. A
 * question the test did not expect (nothing queued) fails the test, so a new dialog cannot slip in unnoticed.
 */
public final class ScriptedDialogs implements DialogService {

    /** What was shown or asked, in order: "error: title | message", "confirm: …", "ask: …", "open: …". */
    public final List<String> seen = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** The next confirmation is answered yes or no. */
    public ScriptedDialogs confirmWith(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next text question is answered with this text (null: cancelled). */
    public ScriptedDialogs answerText(String text) {
        answers.add(text == null ? Optional.empty() : Optional.of(text));
        return this;
    }

    /** The next file chooser picks this file (null: cancelled). */
    public ScriptedDialogs chooseFile(Path file) {
        answers.add(file == null ? Optional.empty() : Optional.of(file));
        return this;
    }

    /** The last thing shown or asked. */
    public String last() {
        return seen.isEmpty() ? "" : seen.getLast();
    }

    @Override
    public void showError(String title, String message) {
        seen.add("error: " + title + " | " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        seen.add("info: " + title + " | " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        seen.add("confirm: " + title + " | " + message);
        return (Boolean) next("confirm " + title);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> askText(TextQuestion question) {
        seen.add("ask: " + question.title() + " | " + question.header());
        return (Optional<String>) next("ask " + question.title());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToOpen(FileQuestion question) {
        seen.add("open: " + question.title());
        return (Optional<Path>) next("open " + question.title());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToSave(FileQuestion question) {
        seen.add("save: " + question.title() + " | " + question.initialName());
        return (Optional<Path>) next("save " + question.title());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFolder(String title, Path initial) {
        seen.add("folder: " + title);
        return (Optional<Path>) next("folder " + title);
    }

    /** What was opened with the system's program, in order. */
    public final List<Path> opened = new ArrayList<>();

    @Override
    public void openInSystem(Path fileOrFolder) {
        seen.add("opened: " + fileOrFolder);
        opened.add(fileOrFolder);
    }

    private Object next(String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("The test did not expect this dialog: " + what);
        }
        return answers.removeFirst();
    }
}
