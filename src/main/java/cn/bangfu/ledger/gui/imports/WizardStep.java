package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;

/** The import wizard's steps, in order. */
public enum WizardStep {
    FILE, MAPPING, CHECK, PREVIEW, CONFIRM;

    public String title() {
        return Messages.t("imp.step." + name());
    }
}
