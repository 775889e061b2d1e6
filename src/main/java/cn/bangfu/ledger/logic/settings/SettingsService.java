package cn.bangfu.ledger.logic.settings;

import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import cn.bangfu.ledger.store.SettingsRepo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The office settings: county, town and operator, stored in the ledger and changed through the audit. */
public final class SettingsService {

    static final String COUNTY = "office.county";
    static final String TOWN = "office.town";
    static final String OPERATOR = "office.operator";
    static final String REVIEWER = "office.reviewer";
    static final String HEAD = "office.head";
    static final String PHONE = "office.phone";
    static final int MAX_LENGTH = 40;
    /** The setting a ledger filled by the demo generator carries ({@code demo=true}). */
    public static final String DEMO = "demo";

    private final Ledger ledger;
    private final Change fixedChange; // null: changes are made by the office's operator

    public SettingsService(Ledger ledger) {
        this(ledger, null);
    }

    private SettingsService(Ledger ledger, Change fixedChange) {
        this.ledger = ledger;
        this.fixedChange = fixedChange;
    }

    /**
     * Settings whose {@link #change} is always {@code change}, whatever the office's operator: the demo generator
     * gives these to the services it writes through, so its audit rows say 演示数据.
     */
    public static SettingsService actingAs(Ledger ledger, Change change) {
        return new SettingsService(ledger, Objects.requireNonNull(change, "change"));
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
        return new OfficeSettings(all.get(COUNTY), all.get(TOWN), all.get(OPERATOR), all.get(REVIEWER), all.get(HEAD),
                all.get(PHONE));
    }

    /**
     * The name written to audit rows: the operator from the settings, else the computer's user name, so
     * that no change is ever anonymous.
     */
    public String operator() {
        if (fixedChange != null) {
            return fixedChange.operator();
        }
        String op = office().operator();
        return op.isEmpty() ? fallbackOperator() : op;
    }

    /** An audit {@link Change} by the current operator. */
    public Change change() {
        return fixedChange != null ? fixedChange : Change.by(operator());
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
        for (String v : List.of(s.county(), s.town(), s.operator(), s.reviewer(), s.head(), s.phone())) {
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
            tx.settings().put(REVIEWER, s.reviewer());
            tx.settings().put(HEAD, s.head());
            tx.settings().put(PHONE, s.phone());
        });
    }

    /** Marks the ledger as holding demo data ({@link #DEMO}): it is then shown as a demo wherever the file lies. */
    public void markAsDemo() {
        ledger.update(change(), tx -> tx.settings().put(DEMO, "true"));
    }

    /** Names the office's county and town where they are still empty; names already set are kept. */
    public void nameOfficeIfUnnamed(String county, String town) {
        for (String name : List.of(county, town)) {
            if (name.isBlank() || name.length() > MAX_LENGTH) {
                throw new LedgerException("县和乡镇名称不能为空，最多 " + MAX_LENGTH + " 个字。");
            }
        }
        ledger.update(change(), tx -> {
            if (tx.settings().get(COUNTY).orElse("").isEmpty()) {
                tx.settings().put(COUNTY, county.strip());
            }
            if (tx.settings().get(TOWN).orElse("").isEmpty()) {
                tx.settings().put(TOWN, town.strip());
            }
        });
    }

    static String fallbackOperator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "未设置操作员" : user;
    }
}
