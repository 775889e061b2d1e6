package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 新增帮扶措施 (一户一策): family, detail, the member when personal, dates, amount in 元, the paying fund (picked from
 * the ledger's funds, or 不指定), cadre and note.
 * The service's findings are shown live.
 */
public final class MeasureViewModel extends FormViewModel {

    private final LedgerServices services;
    private final long householdId;
    private final String householdLine;
    private final List<String> families;
    private final List<Member> members;
    private final ObjectProperty<String> family = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    /** The paying fund (null: 不指定). */
    private final ObjectProperty<Long> fundId = new SimpleObjectProperty<>();
    private final List<Choice<Long>> funds;
    private final StringProperty cadre = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private Measure measure;

    public MeasureViewModel(LedgerServices services, long householdId) {
        this.services = services;
        this.householdId = householdId;
        HouseholdCard card = services.households().card(householdId);
        householdLine = EpisodeFormViewModel.householdLine(card);
        members = card.currentMembers();
        families = services.monitoring().codes("measure_family").stream().filter(CodeEntry::active)
                .map(CodeEntry::code).toList();
        List<Choice<Long>> fundChoices = new ArrayList<>();
        fundChoices.add(Choice.of(Messages.t("mon.ms.fundNone"), null));
        services.monitoring().funds().forEach(f -> fundChoices.add(Choice.of(HouseholdCard.fundLabel(f), f.id())));
        funds = List.copyOf(fundChoices);
        startOn.set(services.monitoring().today());
        List<javafx.beans.value.ObservableValue<?>> fields = List.of(family, detail, member, startOn, endOn, amount,
                fundId, cadre, note);
        fields.forEach(p -> p.addListener((o, a, b) -> revalidate()));
        revalidate();
    }

    private void revalidate() {
        List<Finding> findings = new ArrayList<>();
        Long fen = null;
        String a = amount.get();
        if (a != null && !a.isBlank()) {
            try {
                fen = Fen.parseYuan(a).value();
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error("amount", "AMOUNT_INPUT", Messages.t("mon.measure.amountBad", e.getMessage())));
            }
        }
        Member m = member.get();
        measure = new Measure(null, householdId, m == null ? null : m.id(), family.get(), detail.get(), startOn.get(),
                endOn.get(), fen, null, fundId.get(), cadre.get(), note.get());
        findings.addAll(services.monitoring().checkMeasure(measure));
        setFindings(findings);
    }

    @Override
    protected boolean fieldsComplete() {
        return family.get() != null && startOn.get() != null;
    }

    @Override
    protected void save() {
        services.monitoring().addMeasure(measure, reasonOrNull());
    }

    public String householdLine() {
        return householdLine;
    }

    public List<String> families() {
        return families;
    }

    /** The household's current members (a personal measure names one; none means the whole household). */
    public List<Member> members() {
        return members;
    }

    public ObjectProperty<String> familyProperty() {
        return family;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObjectProperty<LocalDate> startOnProperty() {
        return startOn;
    }

    public ObjectProperty<LocalDate> endOnProperty() {
        return endOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** The fund picker's choices: 不指定, then the ledger's funds ("2026 · 驻镇帮镇扶村资金"), the newest year first. */
    public List<Choice<Long>> funds() {
        return funds;
    }

    /** Whether the ledger has any fund to pick (the form says how to add one otherwise). */
    public boolean hasFunds() {
        return funds.size() > 1;
    }

    /** The paying fund's id, or null (不指定). */
    public ObjectProperty<Long> fundIdProperty() {
        return fundId;
    }

    public StringProperty cadreProperty() {
        return cadre;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
