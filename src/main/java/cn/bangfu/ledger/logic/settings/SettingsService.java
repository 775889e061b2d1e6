package cn.bangfu.ledger.logic.settings;

import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import cn.bangfu.ledger.store.SettingsRepo;
import java.util.ArrayList;
import java.util.List;

/** The office settings: county, town and operator, stored in the ledger and changed through the audit. */
public final class SettingsService {

    static final String COUNTY = "office.county";
    static final String TOWN = "office.town";
    static final String OPERATOR = "office.operator";
    static final int MAX_LENGTH = 40;

    private final Ledger ledger;

    public SettingsService(Ledger ledger) {
        this.ledger = ledger;
    }

    public OfficeSettings office() {
        return ledger.read(v -> read(v.settings()));
    }

    /** The office settings as seen inside a read or a write. */
    public static OfficeSettings officeIn(LedgerView view) {
        return read(view.settings());
    }

    static OfficeSettings read(SettingsRepo repo) {
        var all = repo.all();
        return new OfficeSettings(all.get(COUNTY), all.get(TOWN), all.get(OPERATOR));
    }

    /**
     * The name written to audit rows: the operator from the settings, else the computer's user name, so
     * that no change is ever anonymous.
     */
    public String operator() {
        String op = office().operator();
        return op.isEmpty() ? fallbackOperator() : op;
    }

    /** An audit {@link Change} by the current operator. */
    public Change change() {
        return Change.by(operator());
    }

    /** What is wrong with these settings, one Chinese sentence per problem; empty when they may be saved. */
    public static List<String> problems(OfficeSettings s) {
        List<String> problems = new ArrayList<>();
        if (s.town().isEmpty()) {
            problems.add("请填写乡镇名称（打印报表的填报单位要用）。");
        }
        if (s.operator().isEmpty()) {
            problems.add("请填写操作员姓名（每条修改记录都会记下操作员）。");
        }
        for (String v : List.of(s.county(), s.town(), s.operator())) {
            if (v.length() > MAX_LENGTH) {
                problems.add("“" + v.substring(0, 10) + "…”太长，最多 " + MAX_LENGTH + " 个字。");
            }
        }
        return problems;
    }

    /** Saves the settings in one audited transaction; refuses invalid ones with the problems listed. */
    public void save(OfficeSettings s) {
        List<String> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new LedgerException(String.join("\n", problems));
        }
        String by = s.operator();
        ledger.update(Change.by(by), tx -> {
            tx.settings().put(COUNTY, s.county());
            tx.settings().put(TOWN, s.town());
            tx.settings().put(OPERATOR, s.operator());
        });
    }

    static String fallbackOperator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "未设置操作员" : user;
    }
}
