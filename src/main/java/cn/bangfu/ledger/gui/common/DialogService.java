package cn.bangfu.ledger.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every alert, confirmation, text prompt and file chooser of the window. ViewModels ask through this
 * interface and never build a dialog; the window answers with {@link FxDialogService}, tests with a scripted
 * one. Texts are Chinese and come from the caller.
 */
public interface DialogService {

    /** A refusal or failure the clerk must read (the work did not happen). */
    void showError(String title, String message);

    /** A short notice (something was done). */
    void showInformation(String title, String message);

    /**
     * Asks before something that cannot be undone lightly.
     *
     * @return true when the clerk chose {@code confirmText}
     */
    boolean confirm(String title, String message, String confirmText, String cancelText);

    /**
     * Asks for one line of text (a name for a saved mapping, a reason for the change history).
     *
     * @return the text, stripped; empty when cancelled (or left blank while {@link TextQuestion#required()})
     */
    Optional<String> askText(TextQuestion question);

    /** Picks an existing file to read. */
    Optional<Path> chooseFileToOpen(FileQuestion question);

    /** Picks where to write a file (the chooser asks before replacing one). */
    Optional<Path> chooseFileToSave(FileQuestion question);

    /** Picks a folder (where the month's pack goes); {@code initial} may be null. */
    Optional<Path> chooseFolder(String title, Path initial);

    /**
     * Opens a file or folder with the system's own program (the PDF viewer, to print; the file manager). A failure
     * is told to the clerk with the path, so the file can still be found by hand.
     */
    void openInSystem(Path fileOrFolder);

    /**
     * A one-line text question.
     *
     * @param prompt   the field's grey hint (may be empty)
     * @param initial  what the field holds at first (may be empty)
     * @param required whether OK stays disabled while the field is blank
     */
    record TextQuestion(String title, String header, String label, String prompt, String initial, boolean required) {
    }

    /**
     * A file question.
     *
     * @param filters     the first is selected at first
     * @param folder      where the chooser opens (null: the system's choice)
     * @param initialName the proposed file name when saving (may be null)
     */
    record FileQuestion(String title, List<FileFilter> filters, Path folder, String initialName) {
        public FileQuestion {
            filters = List.copyOf(filters);
        }
    }

    /** One entry of a chooser's type list: 表格文件 (*.xlsx, *.xls, *.csv). */
    record FileFilter(String label, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }

        public static FileFilter of(String label, String... patterns) {
            return new FileFilter(label, List.of(patterns));
        }
    }
}
