package cn.bangfu.ledger.gui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the left navigation, in order. */
public enum Page {
    HOME(Feather.HOME, true),
    HOUSEHOLDS(Feather.USERS, true),
    MONITORING(Feather.ACTIVITY, true),
    FUNDS(Feather.CREDIT_CARD, true),
    ASSETS(Feather.PACKAGE, false),
    IMPORT(Feather.UPLOAD, true),
    REPORTS(Feather.FILE_TEXT, true),
    SETTINGS(Feather.SETTINGS, true);

    private final Ikon icon;
    private final boolean built;

    Page(Ikon icon, boolean built) {
        this.icon = icon;
        this.built = built;
    }

    public String title() {
        return Messages.t("page." + name());
    }

    public Ikon icon() {
        return icon;
    }

    /** False for pages whose capability is not built yet: they say so plainly. */
    public boolean isBuilt() {
        return built;
    }
}
