package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Member;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 开始监测 and 风险再标注: category, discovery channel, identification month, 1–5 risks in the order chosen,
 * the contact, and the identification snapshot (defaults from the household's card). Findings of
 * {@code checkNewEpisode} are shown live.
 */
public final class EpisodeFormViewModel extends FormViewModel {

    /** Which of the two dialogs. */
    public enum Mode {
        OPEN, REMARK
    }

    private final LedgerServices services;
    private final Mode mode;
    private final long householdId;
    private final String householdLine;
    private final List<String> categories;
    private final List<String> channels;
    private final List<String> riskOptions;
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>();
    private final MonthModel month;
    private final ObservableList<String> risks = FXCollections.observableArrayList();
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final SnapshotModel snapshot = new SnapshotModel();

    public EpisodeFormViewModel(LedgerServices services, long householdId, Mode mode) {
        this.services = services;
        this.mode = mode;
        this.householdId = householdId;
        var m = services.monitoring();
        categories = codes(m.codes("monitor_category"));
        channels = codes(m.codes("discovery_channel"));
        riskOptions = codes(m.codes("risk"));
        YearMonth now = YearMonth.from(m.today());
        month = new MonthModel(now, now, 3);
        HouseholdCard card = services.households().card(householdId);
        householdLine = householdLine(card);
        List<Member> current = card.currentMembers();
        IncomeYear income = card.incomes().stream().max(Comparator.comparingInt(IncomeYear::year)).orElse(null);
        GuaranteeCheck check = card.checks().stream()
                .max(Comparator.comparing(GuaranteeCheck::checkedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        snapshot.fill(current.size(), income, check);
        if (mode == Mode.REMARK) {
            // the last eliminated episode's category and contact are the likeliest
            card.episodes().stream().map(HouseholdCard.EpisodeView::episode).filter(Episode::eliminated)
                    .reduce((a, b) -> b).ifPresent(e -> {
                        category.set(e.category());
                        contactName.set(e.contactName() == null ? "" : e.contactName());
                        contactPhone.set(e.contactPhone() == null ? "" : e.contactPhone());
                    });
        }
        List<Observable> all = new ArrayList<>(List.of(category, channel, risks, contactName, contactPhone));
        all.addAll(List.of(month.observables()));
        all.addAll(List.of(snapshot.observables()));
        all.forEach(o -> o.addListener(x -> revalidate()));
        revalidate();
    }

    static String householdLine(HouseholdCard card) {
        String head = card.head().map(Member::name).orElse("—");
        return Messages.t("mon.household", card.household().householdNo(), head, card.village());
    }

    private static List<String> codes(List<CodeEntry> entries) {
        return entries.stream().filter(CodeEntry::active).map(CodeEntry::code).toList();
    }

    /** Ticks or unticks a risk: ticked risks keep the order they were ticked in (at most five). */
    public void toggleRisk(String risk, boolean selected) {
        if (selected && !risks.contains(risk)) {
            risks.add(risk);
        } else if (!selected) {
            risks.remove(risk);
        }
    }

    /** The position (1-based) of a ticked risk, or 0. */
    public int riskPosition(String risk) {
        return risks.indexOf(risk) + 1;
    }

    private NewEpisode proposal() {
        return new NewEpisode(householdId, category.get(), channel.get(), month.value(), List.copyOf(risks),
                contactName.get(), contactPhone.get(), snapshot.value());
    }

    private void revalidate() {
        List<Finding> findings = new ArrayList<>(services.monitoring().checkNewEpisode(proposal()));
        String typed = snapshot.problemsProperty().get();
        if (!typed.isEmpty()) {
            // say precisely what is missing or unreadable instead of the service's general sentence
            findings.removeIf(f -> "SNAPSHOT".equals(f.code()));
            findings.add(Finding.error("identified", "SNAPSHOT_INPUT", typed));
        }
        setFindings(findings);
    }

    @Override
    protected boolean fieldsComplete() {
        return snapshot.value() != null && month.value() != null;
    }

    @Override
    protected void save() {
        if (mode == Mode.OPEN) {
            services.monitoring().openEpisode(proposal(), reasonOrNull());
        } else {
            services.monitoring().remark(proposal(), reasonOrNull());
        }
    }

    public Mode mode() {
        return mode;
    }

    public String householdLine() {
        return householdLine;
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> channels() {
        return channels;
    }

    /** Every risk of the code list, in its order. */
    public List<String> riskOptions() {
        return riskOptions;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public MonthModel month() {
        return month;
    }

    /** The ticked risks in the order they were ticked. */
    public ObservableList<String> risks() {
        return risks;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public SnapshotModel snapshot() {
        return snapshot;
    }
}
