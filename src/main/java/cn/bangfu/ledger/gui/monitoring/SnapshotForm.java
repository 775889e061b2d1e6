package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.SnapshotModel.Amount;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The income (元) and 三保障 + 饮水 block, with 家庭纯收入 and 人均纯收入 shown as the clerk types. */
final class SnapshotForm {

    private SnapshotForm() {
    }

    /** Node ids: {@code prefix-persons}, {@code prefix-wage} … {@code prefix-selfpaid}, {@code prefix-dropout} …. */
    static VBox create(String prefix, SnapshotModel m) {
        GridPane amounts = new GridPane();
        amounts.setHgap(12);
        amounts.setVgap(8);
        TextField persons = Forms.text(prefix + "-persons", m.personsProperty());
        persons.setPrefColumnCount(4);
        persons.setAlignment(Pos.CENTER_RIGHT);
        amounts.addRow(0, label("mon.snap.persons", persons), persons);
        Amount[] all = Amount.values();
        for (int i = 0; i < all.length; i++) {
            TextField f = Forms.yuan(prefix + "-" + all[i].id(), m.amountProperty(all[i]));
            Label l = new Label(Messages.t("mon.snap.amountLabel", all[i].label()));
            l.setLabelFor(f);
            l.setMinWidth(Region.USE_PREF_SIZE);
            // two columns of amounts: incomes left, expense and the rest right
            int row = 1 + i % 4;
            int col = i < 4 ? 0 : 2;
            amounts.add(l, col, row);
            amounts.add(f, col + 1, row);
        }
        Label derived = new Label();
        derived.setId(prefix + "-derived");
        derived.getStyleClass().add("mon-derived");
        derived.textProperty().bind(m.derivedProperty());

        CheckBox dropout = check(prefix + "-dropout", "mon.snap.dropout");
        dropout.selectedProperty().bindBidirectional(m.schoolDropoutProperty());
        CheckBox housing = check(prefix + "-housing", "mon.snap.housing");
        housing.selectedProperty().bindBidirectional(m.housingSafeProperty());
        CheckBox uninsured = check(prefix + "-uninsured", "mon.snap.uninsured");
        uninsured.selectedProperty().bindBidirectional(m.memberUninsuredProperty());
        CheckBox water = check(prefix + "-water", "mon.snap.water");
        water.selectedProperty().bindBidirectional(m.waterSafeProperty());
        FlowPane guarantees = new FlowPane(18, 8, dropout, housing, uninsured, water);

        VBox box = new VBox(10, amounts, derived, guarantees);
        box.getStyleClass().add("mon-snapshot");
        return box;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.t(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static CheckBox check(String id, String key) {
        CheckBox c = new CheckBox(Messages.t(key));
        c.setId(id);
        return c;
    }
}
