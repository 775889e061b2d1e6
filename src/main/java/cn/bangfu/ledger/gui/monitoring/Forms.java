package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.model.Finding;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small building blocks the monitoring dialogs share: form grids, dates as 2026-11-22, months, findings. */
final class Forms {

    static final String STYLESHEET = Objects.requireNonNull(
            Forms.class.getResource("/cn/bangfu/ledger/gui/bangfu.css")).toExternalForm();

    private Forms() {
    }

    /** A one-pair form grid ({@link Widgets#formGrid(int)}). */
    static GridPane grid() {
        return Widgets.formGrid(1);
    }

    /** Adds a labelled row (label text from the bundle). */
    static void row(GridPane g, String labelKey, Node field) {
        Widgets.formRow(g, labelKey, field);
    }

    static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A text field for an amount in 元 (right-aligned like every number). */
    static TextField yuan(String id, StringProperty value) {
        TextField f = text(id, value);
        f.getStyleClass().add("mon-amount");
        f.setAlignment(Pos.CENTER_RIGHT);
        f.setPrefColumnCount(10);
        return f;
    }

    static <T> ComboBox<T> combo(String id, List<T> items, ObjectProperty<T> value, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(t -> label.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        c.valueProperty().bindBidirectional(value);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setPromptText(Messages.t("mon.choose"));
        return c;
    }

    /** A year drop-down and a month drop-down. */
    static HBox month(String yearId, String monthId, MonthModel m) {
        ComboBox<Integer> year = combo(yearId, m.years(), m.yearProperty(), y -> Messages.t("mon.yearUnit", Integer.toString(y)));
        ComboBox<Integer> month = combo(monthId, m.months(), m.monthProperty(), x -> Messages.t("mon.monthUnit", Integer.toString(x)));
        year.setMaxWidth(Region.USE_PREF_SIZE);
        month.setMaxWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, year, month);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A date picker that shows and reads 2026-11-22. */
    static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip().replace('/', '-').replace('.', '-'));
                } catch (DateTimeParseException e) {
                    return p.getValue(); // unreadable: keep what was there
                }
            }
        });
        p.setPromptText(Messages.t("mon.datePrompt"));
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    /** The live findings: errors in red, warnings in amber. */
    static VBox findings(String id, ObservableList<Finding> findings) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add("mon-findings");
        Runnable render = () -> box.getChildren().setAll(findings.stream().map(f -> {
            Label l = new Label((f.isError() ? "✘ " : "⚠ ") + f.message());
            l.setWrapText(true);
            l.getStyleClass().add(f.isError() ? "mon-finding-error" : "mon-finding-warning");
            return (Node) l;
        }).toList());
        findings.addListener((ListChangeListener<Finding>) c -> render.run());
        render.run();
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(findings));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "仍然保存（填写原因）": shown while warnings stand and no error does. */
    static HBox reason(String id, FormViewModel vm) {
        Label l = new Label(Messages.t("mon.reason"));
        TextField f = text(id, vm.reasonProperty());
        f.setPromptText(Messages.t("mon.reasonPrompt"));
        HBox.setHgrow(f, Priority.ALWAYS);
        HBox box = new HBox(10, l, f);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.needsReasonProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A heading inside a dialog. */
    static Label section(String key) {
        Label l = new Label(Messages.t(key));
        l.getStyleClass().add("mon-section");
        return l;
    }
}
