package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks shared by the 农户台账 views. */
public final class Widgets {

    /** The window's stylesheet (dialogs are separate scenes and add it themselves). */
    public static final String STYLESHEET = Objects.requireNonNull(
            Widgets.class.getResource("/cn/bangfu/ledger/gui/bangfu.css")).toExternalForm();

    private Widgets() {
    }

    public static Label label(String key) {
        return new Label(Messages.t(key));
    }

    public static Label styled(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    public static Button button(String id, String key, Ikon icon) {
        Button b = icon == null ? new Button(Messages.t(key)) : new Button(Messages.t(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    public static TextField textField(String id, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        if (promptKey != null) {
            f.setPromptText(Messages.t(promptKey));
        }
        return f;
    }

    /**
     * The message of a field's findings, shown under it: red for an error, amber for a warning, hidden when
     * there is none.
     */
    public static Label findingLabel(String id, FieldState state) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("hh-finding");
        l.textProperty().bind(state.messageProperty());
        l.visibleProperty().bind(state.messageProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        Runnable style = () -> {
            l.getStyleClass().removeAll("field-error", "field-warning");
            if (state.isError()) {
                l.getStyleClass().add("field-error");
            } else if (!state.message().isEmpty()) {
                l.getStyleClass().add("field-warning");
            }
        };
        state.errorProperty().addListener((o, a, b) -> style.run());
        state.messageProperty().addListener((o, a, b) -> style.run());
        style.run();
        return l;
    }

    /** A control with its finding under it, for a form grid. */
    public static VBox withFinding(Node control, Label finding) {
        VBox box = new VBox(2, control, finding);
        box.setFillWidth(true);
        return box;
    }

    /** A label shown only when its text is not empty. */
    public static Label message(String id, javafx.beans.value.ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * A drop-down of choices kept in step with a value property (the choice's value). A value that is not among
     * the choices (an odd imported code) is added, so it is shown rather than lost.
     */
    public static <T> ComboBox<Choice<T>> combo(String id, List<Choice<T>> choices, Property<T> value) {
        ComboBox<Choice<T>> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(choices);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(14);
        Runnable toCombo = () -> {
            T v = value.getValue();
            Choice<T> match = c.getItems().stream().filter(x -> Objects.equals(x.value(), v)).findFirst()
                    .orElse(null);
            if (match == null && v != null) {
                match = Choice.of(String.valueOf(v), v);
                c.getItems().add(match);
            }
            if (!Objects.equals(c.getValue(), match)) {
                c.setValue(match);
            }
        };
        toCombo.run();
        value.addListener((o, a, b) -> toCombo.run());
        c.valueProperty().addListener((o, a, b) -> {
            T v = b == null ? null : b.value();
            if (!Objects.equals(value.getValue(), v)) {
                value.setValue(v);
            }
        });
        return c;
    }

    /** A drop-down whose value property holds the choice itself. */
    public static <T> ComboBox<Choice<T>> choiceCombo(String id, List<Choice<T>> choices, ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(choices);
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    /** A check box for a yes/no that may be unknown (shown as a dash until the clerk clicks it). */
    public static CheckBox triState(String id, String key, ObjectProperty<Boolean> value) {
        CheckBox c = new CheckBox(Messages.t(key));
        c.setId(id);
        Runnable toBox = () -> {
            Boolean v = value.get();
            c.setIndeterminate(v == null);
            c.setSelected(Boolean.TRUE.equals(v));
        };
        toBox.run();
        value.addListener((o, a, b) -> toBox.run());
        Runnable toValue = () -> {
            Boolean v = c.isIndeterminate() ? null : c.isSelected();
            if (!Objects.equals(value.get(), v)) {
                value.set(v);
            }
        };
        c.selectedProperty().addListener((o, a, b) -> toValue.run());
        c.indeterminateProperty().addListener((o, a, b) -> toValue.run());
        return c;
    }

    /** A date picker that reads and writes 2026-11-23 (and accepts 2026/11/23, 2026年11月23日, 20261123). */
    public static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(Messages.t("common.datePrompt"));
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return Formats.parseDate(s);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        });
        return p;
    }

    /**
     * Takes a date into the picker's value as soon as its text is a whole date in the ledger's own form
     * (2026-11-20), so a form checks it while the clerk types; a partial or other text waits for Enter or leaving
     * the field (committing every keystroke would rewrite the text under the caret).
     */
    public static void commitAsTyped(DatePicker p) {
        p.getEditor().textProperty().addListener((o, a, b) -> {
            LocalDate d = p.getConverter().fromString(b);
            if (d != null && Formats.date(d).equals(b.strip()) && !Objects.equals(p.getValue(), d)) {
                p.setValue(d);
            }
        });
    }

    /** Commits what was typed into a date picker's text field (before reading its value). */
    public static LocalDate commit(DatePicker p) {
        String text = p.getEditor().getText();
        LocalDate d = p.getConverter().fromString(text);
        if (!Objects.equals(p.getValue(), d)) {
            p.setValue(d);
        }
        return d;
    }

    /** A text column; numbers right-aligned. */
    public static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width, boolean right) {
        TableColumn<S, String> c = new TableColumn<>(Messages.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (right) {
            c.getStyleClass().add("hh-number");
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(Pos.CENTER_RIGHT);
                }
            });
        }
        return c;
    }

    /** A table with an empty-state text in place of rows. */
    public static <S> TableView<S> table(String id, String emptyKey) {
        TableView<S> t = new TableView<>();
        t.setId(id);
        t.setPlaceholder(new Label(Messages.t(emptyKey)));
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.getStyleClass().add("dense");
        return t;
    }

    /**
     * Enter saves and Esc cancels anywhere in a form (but not while a drop-down is open, and Enter on a button
     * presses that button).
     */
    public static void formKeys(Node form, Runnable save, Runnable cancel) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof ComboBoxBase<?> c && c.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextArea)) {
                e.consume();
                if (e.getTarget() instanceof Button b) {
                    b.fire();
                } else {
                    if (e.getTarget() instanceof DatePicker p) {
                        commit(p);
                    }
                    save.run();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            }
        });
    }

    /** The form grid of the household forms: two label–field pairs per row. */
    public static GridPane formGrid() {
        return formGrid(2);
    }

    /**
     * The one form grid of every screen and dialog: {@code pairs} label–field pairs per row, labels
     * right-aligned at their own width, fields sharing the rest. One pair per row (dialogs, the import's
     * options) lets a field grow to the edge; two keep each field at a readable width.
     */
    public static GridPane formGrid(int pairs) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(pairs > 1 ? 8 : 10);
        for (int i = 0; i < pairs; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setHalignment(HPos.RIGHT);
            label.setMinWidth(GridPane.USE_PREF_SIZE);
            ColumnConstraints field = pairs > 1 ? new ColumnConstraints(150, 220, 320)
                    : new ColumnConstraints(200, 300, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(label, field);
        }
        return grid;
    }

    /** Adds a labelled row to a one-pair {@link #formGrid(int)} (the label's text from the bundle). */
    public static Label formRow(GridPane grid, String labelKey, Node field) {
        Label l = new Label(Messages.t(labelKey));
        l.setLabelFor(field);
        grid.addRow(grid.getRowCount(), l, field);
        return l;
    }

    /**
     * A table with its count line under it (共 N 条, or the caller's wording) and its empty-state text in place
     * of rows: what every list of the window shows.
     *
     * @param countKey a bundle key with {0} for the count, e.g. {@code common.table.count}; the table's items
     *                 list is filled with {@code setAll}, never replaced
     */
    public static <S> VBox countedTable(TableView<S> table, String countKey) {
        Label count = new Label();
        count.setId(table.getId() == null ? null : table.getId() + "-count");
        count.getStyleClass().add("table-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.t(countKey, Messages.count(table.getItems().size())), table.itemsProperty(),
                javafx.beans.binding.Bindings.size(table.getItems())));
        VBox box = new VBox(6, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /**
     * A counted table with 导出Excel beside its count: the button hands {@code onExport} nothing — the caller builds
     * the {@link ListExport} of what is shown (see {@link #listExport}) and gives it to its ViewModel's exporter.
     */
    public static <S> VBox countedTable(TableView<S> table, String countKey, Runnable onExport) {
        VBox box = countedTable(table, countKey);
        Label count = (Label) box.getChildren().remove(1); // moves into the line below
        Button export = button(table.getId() == null ? null : table.getId() + "-export", "list.export.button",
                org.kordamp.ikonli.feather.Feather.DOWNLOAD);
        export.getStyleClass().addAll("small", "flat");
        export.setOnAction(e -> onExport.run());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, count, spacer, export);
        line.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(line);
        return box;
    }

    /** What a table shows — its visible columns and the given rows (filtered and sorted as shown) — as text. */
    public static <S> ListExport listExport(String title, TableView<S> table, List<S> rows) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        List<String> headers = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            headers.add(c.getText());
            right.add(c.getStyleClass().contains("hh-number"));
        }
        List<List<String>> cells = new ArrayList<>();
        for (S item : rows) {
            List<String> row = new ArrayList<>();
            for (TableColumn<S, ?> c : columns) {
                var value = c.getCellValueFactory() == null ? null
                        : c.getCellValueFactory().call(new TableColumn.CellDataFeatures(table, c, item));
                Object v = value == null ? null : ((javafx.beans.value.ObservableValue<?>) value).getValue();
                row.add(v == null ? "" : v.toString());
            }
            cells.add(row);
        }
        return new ListExport(title, headers, right, cells);
    }
}
