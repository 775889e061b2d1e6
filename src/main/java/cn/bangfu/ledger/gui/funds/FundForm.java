package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.LedgerException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every form of the 帮扶资金 page shares: the message under it (a refusal from the journal, in its own words),
 * whether a save runs, whether it has saved (the page then goes back to its lists), and whether it may be saved.
 */
abstract class FundForm {

    protected final Background background;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(true);
    private String savedText = "";

    FundForm(Background background) {
        this.background = background;
    }

    /** Writes off the FX thread; a refusal is shown as the form's message and nothing changed. */
    protected final <T> void save(Background.Work<T> work, Consumer<T> done) {
        if (saving.get() || blocked.get()) {
            return;
        }
        saving.set(true);
        message.set("");
        background.task(work).busyText(Messages.t("fund.form.saving")).onSuccess(r -> {
            done.accept(r);
            saved.set(true);
        }).onFailure(e -> message.set(e instanceof LedgerException ? e.getMessage()
                : Messages.t("fund.form.failed", Background.explain(e)))).onFinally(() -> saving.set(false)).start();
    }

    /** What keeps the form from being saved, shown under its fields (null: it may be saved). */
    protected final void problem(String why) {
        problem.set(why == null ? "" : why);
        blocked.set(why != null);
    }

    /** Why 保存 is disabled (empty when it is not). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    protected final void say(String text) {
        message.set(text == null ? "" : text);
    }

    /** What the page tells the clerk once the form saved ("已记账：凭证 #12"). */
    protected final void savedText(String text) {
        savedText = text;
    }

    public String savedText() {
        return savedText;
    }

    public abstract void onSave();

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** True while the form cannot be saved (a field is wrong or missing). */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** An amount in yuan as typed: null when blank. */
    static Long yuanOrNull(String text) {
        if (Formats.isBlank(text)) {
            return null;
        }
        return Fen.parseYuan(text).value();
    }

    static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }
}
