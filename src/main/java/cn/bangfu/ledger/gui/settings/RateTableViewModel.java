package cn.bangfu.ledger.gui.settings;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Threshold;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One of the two yearly tables of 设置 that the monitoring rules read: 监测标准 (year, area, 元/人·年, document)
 * and 低保档次 (year, grade, 元/月, document). Rows are added and edited in a small form (amounts typed in 元)
 * and deleted after a confirmation; every change goes through the monitoring service, which audits it.
 */
public final class RateTableViewModel {

    /** Which table. */
    public enum Kind {
        THRESHOLD("thr"), DIBAO("dibao");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The part of message keys and node ids naming this table. */
        public String key() {
            return key;
        }
    }

    /** One row: {@code key} is the area (监测标准) or the grade (低保档次); {@code amount} in fen. */
    public record Row(int year, String key, long amount, String docNo) {

        public String amountYuan() {
            return new Fen(amount).toYuanString();
        }
    }

    private final LedgerServices services;
    private final Kind kind;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to it (its listener on the list is weak). */
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Row> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final Background background;
    private final DialogService dialogs;

    /** For tests and scripts: reads and writes at once on the calling thread; no confirmation is asked. */
    public RateTableViewModel(LedgerServices services, Kind kind) {
        this(services, kind, Background.inPlace(), null);
    }

    /**
     * @param background runs the reads and writes (the window's: {@link Background#fx()})
     * @param dialogs    asks before a row is deleted ({@link #onDeleteAsked}); null: deleting needs no question
     */
    public RateTableViewModel(LedgerServices services, Kind kind, Background background, DialogService dialogs) {
        this.services = services;
        this.kind = kind;
        this.background = background;
        this.dialogs = dialogs;
        load();
    }

    public static RateTableViewModel thresholds(LedgerServices services) {
        return new RateTableViewModel(services, Kind.THRESHOLD);
    }

    public static RateTableViewModel dibaoGrades(LedgerServices services) {
        return new RateTableViewModel(services, Kind.DIBAO);
    }

    /** Reads the table again (through the background runner). */
    public void load() {
        background.task(p -> read()).latest("rates-" + kind.key()).quiet()
                .onSuccess(rows::setAll)
                .onFailure(e -> error.set(Background.explain(e)))
                .start();
    }

    private List<Row> read() {
        var m = services.rates();
        List<Row> list = kind == Kind.THRESHOLD
                ? m.thresholds().stream().map(t -> new Row(t.year(), t.area(), t.amount(), t.docNo())).toList()
                : m.dibaoGrades().stream().map(g -> new Row(g.year(), g.grade(), g.amount(), g.docNo())).toList();
        return list.stream().sorted(Comparator.comparingInt(Row::year).reversed().thenComparing(Row::key)).toList();
    }

    /**
     * Runs a write through the background runner; on success closes the form, says {@code doneKey} and reads the
     * table again; a refusal is shown in {@link #errorProperty()}.
     *
     * @return false when the write was refused (known at once in tests); true when it was done or started
     */
    private boolean write(Runnable work, String doneKey, Runnable after) {
        boolean[] refused = {false};
        background.task(p -> {
            work.run();
            return Boolean.TRUE;
        }).busyText(Messages.t("mon.settings.saving")).onSuccess(ok -> {
            after.run();
            error.set("");
            message.set(Messages.t(doneKey));
            load();
        }).onFailure(e -> {
            refused[0] = true;
            error.set(Background.explain(e));
        }).start();
        return !refused[0];
    }

    /** Opens the form for a new row (this year; for 监测标准 the area 全县). */
    public void onAdd() {
        editing.set(null);
        year.set(Integer.toString(services.monitoring().today().getYear()));
        key.set(kind == Kind.THRESHOLD ? Messages.t("mon.settings.thr.defaultArea") : "");
        amount.set("");
        docNo.set("");
        open();
    }

    /** Opens the form on a row: its amount and document can be changed (year and area/grade are its key). */
    public void onEdit(Row row) {
        if (row == null) {
            return;
        }
        editing.set(row);
        year.set(Integer.toString(row.year()));
        key.set(row.key());
        amount.set(row.amountYuan());
        docNo.set(row.docNo() == null ? "" : row.docNo());
        open();
    }

    private void open() {
        error.set("");
        message.set("");
        formOpen.set(true);
    }

    public void onCancel() {
        formOpen.set(false);
        editing.set(null);
        error.set("");
    }

    /** Saves the form; false (and why, in Chinese, in {@link #errorProperty()}) when refused. */
    public boolean onSave() {
        int y;
        try {
            y = Integer.parseInt(year.get().strip());
        } catch (NumberFormatException e) {
            error.set(Messages.t("mon.settings.yearBad"));
            return false;
        }
        long fen;
        try {
            fen = Fen.parseYuan(amount.get()).value();
        } catch (IllegalArgumentException e) {
            error.set(Messages.t("mon.settings.amountBad", e.getMessage()));
            return false;
        }
        String k = key.get() == null ? "" : key.get().strip();
        if (editing.get() == null && rows.stream().anyMatch(r -> r.year() == y && r.key().equals(k))) {
            error.set(Messages.t("mon.settings." + kind.key() + ".duplicate", Integer.toString(y), k));
            return false;
        }
        String doc = docNo.get();
        return write(() -> {
            if (kind == Kind.THRESHOLD) {
                services.rates().putThreshold(new Threshold(y, k, fen, doc));
            } else {
                services.rates().putDibaoGrade(new DibaoGrade(y, k, fen, doc));
            }
        }, "mon.settings.saved", () -> {
            formOpen.set(false);
            editing.set(null);
        });
    }

    /** The question asked before deleting a row. */
    public String deleteQuestion(Row row) {
        return Messages.t("mon.settings." + kind.key() + ".deleteQuestion", Integer.toString(row.year()), row.key(),
                row.amountYuan());
    }

    /** 删除: asks first (through the dialog service), then deletes; false when not deleted. */
    public boolean onDeleteAsked(Row row) {
        if (row == null) {
            return false;
        }
        if (dialogs != null && !dialogs.confirm(Messages.t("mon.settings.deleteTitle"), deleteQuestion(row),
                Messages.t("mon.settings.delete"), Messages.t("mon.settings.cancel"))) {
            return false;
        }
        return onDelete(row);
    }

    /** Deletes a row (after the clerk confirmed). */
    public boolean onDelete(Row row) {
        if (row == null) {
            return false;
        }
        return write(() -> {
            if (kind == Kind.THRESHOLD) {
                services.rates().deleteThreshold(row.year(), row.key());
            } else {
                services.rates().deleteDibaoGrade(row.year(), row.key());
            }
        }, "mon.settings.deleted", () -> {
            if (row.equals(editing.get())) {
                onCancel();
            }
        });
    }

    public Kind kind() {
        return kind;
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty docNoProperty() {
        return docNo;
    }

    /** The row being edited, or null while adding. */
    public ReadOnlyObjectProperty<Row> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
