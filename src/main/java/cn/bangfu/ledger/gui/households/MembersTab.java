package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MemberRow;
import cn.bangfu.ledger.model.Member;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * 成员: the household's members (those who left greyed, last), 新增成员 / 编辑成员 in place of the list
 * ({@link MemberFormView}), and 登记离开 in a panel under the list.
 */
final class MembersTab {

    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");

    private final HouseholdCardViewModel vm;
    private final Consumer<Runnable> changed;
    private final Runnable listChanged;
    private final TableView<MemberRow> table = Widgets.table("hh-members", "hh.member.none");
    private final CardPages.Swap swap;
    private final HBox leftPanel = new HBox(10);
    private final DatePicker leftDate = Widgets.datePicker("hh-left-date");
    private final ComboBox<Choice<String>> leftReason = new ComboBox<>();
    private final TextField leftNote = Widgets.textField("hh-left-note", "hh.left.notePrompt");
    private final Label leftWho = new Label();
    private final Label leftMessage = new Label();
    private Member leftMember;

    /**
     * @param changed     after a member was saved: the card and the list read the ledger again, then the given
     *                    step runs (the form closes once the card shows the change)
     * @param listChanged after a member left (the card reads itself again; the list refreshes)
     */
    MembersTab(HouseholdCardViewModel vm, Consumer<Runnable> changed, Runnable listChanged) {
        this.vm = vm;
        this.changed = changed;
        this.listChanged = listChanged;
        swap = new CardPages.Swap(list());
    }

    Node root() {
        return swap.root();
    }

    /** A member form or the 登记离开 panel is open. */
    boolean editing() {
        return swap.editing() || leftPanel.isVisible();
    }

    void closeEditors() {
        swap.back();
        hideLeftPanel();
    }

    private VBox list() {
        Button add = Widgets.button("hh-add-member", "hh.member.add", Feather.USER_PLUS);
        Button edit = Widgets.button("hh-edit-member", "hh.member.edit", Feather.EDIT_2);
        Button markLeft = Widgets.button("hh-mark-left", "hh.member.markLeft", Feather.USER_MINUS);
        var selected = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        markLeft.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().left() || leftPanel.isVisible(), selected,
                leftPanel.visibleProperty()));
        add.setOnAction(e -> openForm(null));
        edit.setOnAction(e -> {
            if (selected.get() != null) {
                openForm(selected.get());
            }
        });
        markLeft.setOnAction(e -> showLeftPanel(selected.get()));

        table.getColumns().setAll(List.of(
                Widgets.column("hh.member.col.name", MemberRow::name, 190, false),
                Widgets.column("hh.member.col.relation", MemberRow::relation, 90, false),
                Widgets.column("hh.member.col.gender", MemberRow::gender, 56, false),
                Widgets.column("hh.member.col.birth", MemberRow::birth, 106, false),
                Widgets.column("hh.member.col.age", MemberRow::age, 64, true),
                Widgets.column("hh.member.col.id", MemberRow::idNumber, 180, false),
                Widgets.column("hh.member.col.health", MemberRow::health, 100, false),
                Widgets.column("hh.member.col.labour", MemberRow::labour, 140, false),
                Widgets.column("hh.member.col.schooling", MemberRow::schooling, 130, false),
                Widgets.column("hh.member.col.work", MemberRow::work, 150, false),
                Widgets.column("hh.member.col.phone", MemberRow::phone, 120, false)));
        table.setItems(vm.members());
        table.setRowFactory(t -> {
            TableRow<MemberRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MemberRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LEFT, !empty && item != null && item.left());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                e.consume();
                openForm(selected.get());
            }
        });

        VBox page = CardPages.tabPage(CardPages.toolbar(add, edit, markLeft), CardPages.counted(table));
        page.getChildren().add(leftBox());
        return page;
    }

    private VBox leftBox() {
        leftReason.setId("hh-left-reason");
        leftReason.setPromptText(Messages.t("hh.left.reasonPrompt"));
        leftMessage.setId("hh-left-message");
        leftMessage.getStyleClass().add("field-error");
        leftMessage.setWrapText(true);
        leftNote.setPrefColumnCount(18);
        Button leftSave = Widgets.button("hh-left-save", "hh.left.save", null);
        leftSave.getStyleClass().add("accent");
        leftSave.disableProperty().bind(vm.busyProperty());
        Button leftCancel = Widgets.button("hh-left-cancel", "hh.form.cancel", null);
        leftWho.getStyleClass().add("hh-strong");
        leftPanel.getChildren().setAll(leftWho, leftDate, leftReason, leftNote, leftSave, leftCancel);
        leftPanel.setAlignment(Pos.CENTER_LEFT);
        VBox leftBox = new VBox(6, leftPanel, leftMessage);
        leftBox.getStyleClass().add("hh-inline-panel");
        leftBox.visibleProperty().bind(leftPanel.visibleProperty());
        leftBox.managedProperty().bind(leftPanel.visibleProperty());
        leftMessage.visibleProperty().bind(leftMessage.textProperty().isNotEmpty());
        leftMessage.managedProperty().bind(leftMessage.visibleProperty());
        leftPanel.setVisible(false);
        leftSave.setOnAction(e -> saveLeft());
        leftCancel.setOnAction(e -> hideLeftPanel());
        Widgets.formKeys(leftBox, this::saveLeft, this::hideLeftPanel);
        return leftBox;
    }

    private void openForm(MemberRow row) {
        hideLeftPanel();
        MemberFormViewModel form = vm.memberForm(row == null ? null : row.member());
        if (form == null) {
            return;
        }
        MemberFormView view = new MemberFormView(form, () -> changed.accept(swap::back), swap::back);
        Label title = Widgets.styled(Messages.t(row == null ? "hh.member.addTitle" : "hh.member.editTitle",
                row == null ? "" : row.member().name()), "section-title");
        swap.show(CardPages.formPage(title, view.root()));
        view.focus();
    }

    private void showLeftPanel(MemberRow row) {
        if (row == null) {
            return;
        }
        leftWho.setText(Messages.t("hh.left.who", row.member().name()));
        leftMember = row.member();
        leftDate.setValue(vm.today());
        leftReason.getItems().setAll(vm.leftReasons());
        leftReason.setValue(null);
        leftNote.clear();
        leftMessage.setText("");
        leftPanel.setVisible(true);
        leftDate.requestFocus();
    }

    private void hideLeftPanel() {
        leftPanel.setVisible(false);
        leftMessage.setText("");
    }

    private void saveLeft() {
        if (!leftPanel.isVisible() || vm.busyProperty().get()) {
            return;
        }
        Choice<String> reason = leftReason.getValue();
        vm.onMarkLeft(leftMember, Widgets.commit(leftDate), reason == null ? null : reason.value(),
                leftNote.getText(), ok -> {
                    if (ok) {
                        hideLeftPanel();
                        listChanged.run();
                    } else {
                        leftMessage.setText(vm.messageProperty().get());
                        vm.clearMessage();
                    }
                });
    }
}
