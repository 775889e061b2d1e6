package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.logic.rosters.RosterField;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of the mapping grid: which column of the file fills it. */
public final class MappingRow {

    /** The mapping grid's "no column" entry. */
    public static final String NO_COLUMN = "";

    private final RosterField field;
    private final boolean required;
    private final StringProperty column = new SimpleStringProperty(NO_COLUMN);
    private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper();

    MappingRow(RosterField field, boolean required) {
        this.field = field;
        this.required = required;
    }

    public RosterField field() {
        return field;
    }

    public String label() {
        return field.label();
    }

    public boolean required() {
        return required;
    }

    /** The header of the file's column for this field, or {@link #NO_COLUMN}. */
    public StringProperty columnProperty() {
        return column;
    }

    /** The first values of that column, as the file has them. */
    public ReadOnlyStringProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** A required field without a column. */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Shows the mapping as it stands (the model's own updates). */
    void show(String header, String sampleText) {
        if (!header.equals(column.get())) {
            column.set(header);
        }
        sample.set(sampleText);
        missing.set(required && header.isEmpty());
    }
}
