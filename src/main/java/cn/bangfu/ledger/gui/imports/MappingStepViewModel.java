package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService.TextQuestion;
import cn.bangfu.ledger.logic.rosters.ColumnMapping;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.RosterField;
import cn.bangfu.ledger.logic.rosters.SheetHeader;
import cn.bangfu.ledger.logic.rosters.Inspection;
import cn.bangfu.ledger.logic.rosters.read.SheetRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2 识别表头: what the file is (format, kind, sheets, where the header is) and the column mapping — a
 * drop-down per field with the column's first values — which can be saved under a name for files of the same
 * header.
 */
public final class MappingStepViewModel {

    /** The clerk's edits of a mapping, kept when another sheet has the same header. */
    record Edits(List<String> headers, ColumnMapping mapping) {
    }

    private final ImportWizardViewModel wizard;
    private List<String> headers = List.of();
    private ColumnMapping mapping;
    private boolean mappingEdited;
    /** The model itself is updating the drop-downs: their change events are not the clerk's. */
    private boolean syncing;
    private final ReadOnlyStringWrapper formatText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper push = new ReadOnlyBooleanWrapper();
    private final ObservableList<Choice<String>> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> sheet = new SimpleObjectProperty<>();
    private final ObservableList<String> headerLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper townLine = new ReadOnlyStringWrapper("");
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unusedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sourceNeeded = new ReadOnlyBooleanWrapper();

    MappingStepViewModel(ImportWizardViewModel wizard) {
        this.wizard = wizard;
        sheet.addListener((o, a, b) -> {
            if (!syncing && wizard.inspection() != null && b != null) {
                wizard.inspect(true);
            }
        });
    }

    /** Shows a freshly read header; {@code keep} (when the header did not change) keeps the clerk's edits. */
    void show(Inspection ins, Choice<ImportKind> with, String chosenSheet, Edits keep) {
        ImportKind kind = ins.kind();
        push.set(kind == ImportKind.PUSH);
        headers = ins.firstHeader().map(SheetHeader::names).orElse(List.of());
        mapping = ins.mapping();
        mappingEdited = false;
        formatText.set(Messages.t("imp.format." + ins.format().name()));
        kindText.set(with.value() == null ? Messages.t("imp.kind.auto", kind.label()) : kind.label());

        syncing = true;
        try {
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(Choice.of(Messages.t("imp.sheet.all"), null));
            ins.sheets().forEach(s -> choices.add(Choice.of(s, s)));
            sheets.setAll(ins.sheets().size() > 1 ? choices : List.of(choices.getFirst()));
            sheet.set(sheets.stream().filter(c -> Objects.equals(c.value(), chosenSheet)).findFirst()
                    .orElse(sheets.getFirst()));
        } finally {
            syncing = false;
        }
        List<String> lines = new ArrayList<>();
        ins.headers().forEach((name, header) -> lines.add(headerLine(name, header.orElse(null))));
        headerLines.setAll(lines);

        syncing = true; // the old rows' drop-downs may react to the new choices: ignore them
        try {
            mappingRows.clear();
            columns.setAll(withNoColumn(headers));
        } finally {
            syncing = false;
        }
        List<MappingRow> rows = new ArrayList<>();
        List<RosterField> fields = kind.fields();
        fields.stream().filter(f -> kind.required().contains(f)).forEach(f -> rows.add(new MappingRow(f, true)));
        fields.stream().filter(f -> !kind.required().contains(f)).forEach(f -> rows.add(new MappingRow(f, false)));
        for (MappingRow r : rows) {
            r.columnProperty().addListener((o, a, b) -> {
                if (!syncing && mappingRows.contains(r)) {
                    onMap(r.field(), b);
                }
            });
        }
        mappingRows.setAll(rows);
        if (keep != null && keep.headers().equals(headers)) {
            mapping = keep.mapping(); // the same header on the other sheet: the clerk's edits stay
            mappingEdited = true;
        }
        refreshMapping();
    }

    private static List<String> withNoColumn(List<String> names) {
        List<String> out = new ArrayList<>(names.size() + 1);
        out.add(MappingRow.NO_COLUMN);
        out.addAll(names);
        return out;
    }

    static String headerLine(String sheetName, SheetHeader h) {
        if (h == null) {
            return Messages.t("imp.header.none", sheetName);
        }
        String count = Messages.count(h.names().size());
        boolean one = h.firstRow() == h.lastRow();
        if (sheetName == null || sheetName.isEmpty()) {
            return one ? Messages.t("imp.header.row", h.firstRow(), count)
                    : Messages.t("imp.header.rows", h.firstRow(), h.lastRow(), count);
        }
        return one ? Messages.t("imp.header.sheetRow", sheetName, h.firstRow(), count)
                : Messages.t("imp.header.sheetRows", sheetName, h.firstRow(), h.lastRow(), count);
    }

    /** Forgets the file's header (another file, or starting over). */
    void clear() {
        mapping = null;
        mappingEdited = false;
        headers = List.of();
        syncing = true;
        try {
            mappingRows.clear();
            columns.clear();
            headerLines.clear();
            sheets.clear();
            sheet.set(null);
        } finally {
            syncing = false;
        }
        formatText.set("");
        kindText.set("");
        mappingNote.set("");
        missingText.set("");
        unusedText.set("");
        townLine.set("");
        sourceNeeded.set(false);
        push.set(false);
    }

    /** The clerk chose a column for a field (or {@link MappingRow#NO_COLUMN}). */
    public void onMap(RosterField field, String header) {
        if (mapping == null) {
            return;
        }
        mapping = mapping.with(field, header == null || header.isEmpty() ? null : header);
        mappingEdited = true;
        wizard.discardPlan();
        refreshMapping();
    }

    private void refreshMapping() {
        ImportKind kind = wizard.kind();
        syncing = true;
        try {
            for (MappingRow r : mappingRows) {
                String h = mapping.header(r.field()).orElse(MappingRow.NO_COLUMN);
                r.show(h, sample(h));
            }
        } finally {
            syncing = false;
        }
        List<RosterField> missing = mapping.missing(kind);
        missingText.set(missing.isEmpty() ? ""
                : Messages.t("imp.map.missing", String.join("、", missing.stream().map(RosterField::label).toList())));
        if (mapping.savedName() != null) {
            mappingNote.set(Messages.t("imp.map.saved", mapping.savedName()));
        } else if (mappingEdited) {
            mappingNote.set(Messages.t("imp.map.edited"));
        } else {
            mappingNote.set(Messages.t("imp.map.suggested", mapping.columns().size()));
        }
        Set<String> used = new HashSet<>(mapping.columns().values());
        List<String> unused = headers.stream().filter(h -> !used.contains(h)).toList();
        unusedText.set(unused.isEmpty() ? "" : Messages.t("imp.map.unused", String.join("、", unused)));
        sourceNeeded.set(kind == ImportKind.PUSH && !mapping.maps(RosterField.PUSH_SOURCE));
        updateTownLine();
        wizard.updateState();
    }

    /** Up to three different values of a column from the first rows, as written in the file. */
    private String sample(String header) {
        int c = header.isEmpty() ? -1 : headers.indexOf(header);
        if (c < 0 || wizard.inspection() == null) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        for (SheetRow r : wizard.inspection().sample()) {
            String v = r.cell(c).strip();
            if (!v.isEmpty()) {
                values.add(v.length() > 24 ? v.substring(0, 23) + "…" : v);
            }
            if (values.size() == 3) {
                break;
            }
        }
        return String.join("、", values);
    }

    /** Says which rows the town option keeps, for this file. */
    void updateTownLine() {
        FileStepViewModel options = wizard.file();
        if (wizard.inspection() == null || mapping == null) {
            townLine.set("");
        } else if (!options.ownTownOnlyProperty().get() || options.officeTownProperty().get().isEmpty()) {
            townLine.set(Messages.t("imp.town.all"));
        } else if (!mapping.maps(RosterField.TOWN)) {
            townLine.set(Messages.t("imp.town.noColumn"));
        } else {
            townLine.set(Messages.t("imp.town.filter", options.officeTownProperty().get()));
        }
    }

    // ================================================================ saving the mapping

    /** A name to offer when saving the mapping: its saved name, or the file's name without its extension. */
    public String suggestedMappingName() {
        if (mapping != null && mapping.savedName() != null) {
            return mapping.savedName();
        }
        return wizard.fileBaseName();
    }

    /** 保存对应关系…: asks for a name, then saves the mapping under it. */
    public void onSaveMapping() {
        if (mapping == null || wizard.isBusy()) {
            return;
        }
        wizard.dialogs().askText(new TextQuestion(Messages.t("imp.map.saveTitle"), Messages.t("imp.map.saveHeader"),
                Messages.t("imp.map.saveLabel"), "", suggestedMappingName(), false)).ifPresent(this::onSaveMapping);
    }

    /** Saves the mapping under a name for this header shape; a refusal goes to the wizard's error line. */
    public void onSaveMapping(String name) {
        ImportKind kind = wizard.kind();
        if (mapping == null || kind == null) {
            return;
        }
        List<String> h = headers;
        ColumnMapping m = mapping;
        wizard.start("imp.busy.saveMapping", false, p -> wizard.services().savedMappings().saveMapping(name, kind, h, m),
                saved -> {
                    mapping = saved;
                    mappingEdited = false;
                    refreshMapping();
                    wizard.tell(Messages.t("imp.map.savedAs", saved.savedName()));
                }, wizard::fail);
    }

    // ================================================================ for the wizard

    ColumnMapping columnMapping() {
        return mapping;
    }

    String chosenSheet() {
        return sheet.get() == null ? null : sheet.get().value();
    }

    /** The clerk's edits, or null when the mapping is as suggested (or saved). */
    Edits edits() {
        return mappingEdited && mapping != null ? new Edits(headers, mapping) : null;
    }

    // ================================================================ properties

    /** The mapping as it stands (null before a file is read). */
    public ColumnMapping mapping() {
        return mapping;
    }

    public ReadOnlyStringProperty formatTextProperty() {
        return formatText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindTextProperty() {
        return kindText.getReadOnlyProperty();
    }

    /** The file is (recognised as) a push list. */
    public ReadOnlyBooleanProperty pushProperty() {
        return push.getReadOnlyProperty();
    }

    public ObservableList<Choice<String>> sheets() {
        return sheets;
    }

    public ObjectProperty<Choice<String>> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> headerLines() {
        return headerLines;
    }

    public ReadOnlyStringProperty townLineProperty() {
        return townLine.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    /** The choices of every mapping drop-down: {@link MappingRow#NO_COLUMN}, then the file's headers. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ReadOnlyStringProperty mappingNoteProperty() {
        return mappingNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unusedTextProperty() {
        return unusedText.getReadOnlyProperty();
    }

    /** A push list without a 推送部门 column: the department must be typed. */
    public ReadOnlyBooleanProperty sourceNeededProperty() {
        return sourceNeeded.getReadOnlyProperty();
    }
}
