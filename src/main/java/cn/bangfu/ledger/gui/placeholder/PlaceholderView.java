package cn.bangfu.ledger.gui.placeholder;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.Page;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose capability is not built yet: it says so plainly, and what it will offer. No fake data. */
public final class PlaceholderView {

    private final VBox root;

    public PlaceholderView(Page page) {
        FontIcon icon = new FontIcon(page.icon());
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(Messages.t("pending.title", page.title()));
        title.getStyleClass().add("empty-title");
        Label body = new Label(Messages.t("pending.body"));
        body.getStyleClass().add("empty-body");
        Label plan = new Label(Messages.t("pending." + page.name()));
        plan.getStyleClass().add("empty-body");
        plan.setWrapText(true);
        plan.setMaxWidth(560);
        root = new VBox(14, icon, title, body, plan);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("empty-state");
    }

    public Node root() {
        return root;
    }
}
