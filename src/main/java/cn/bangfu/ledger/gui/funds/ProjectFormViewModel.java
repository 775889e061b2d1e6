package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 新增项目 (项目库): name, category, village (or the whole town), 实施单位, status with its dates, the planned investment
 * from one fund, and the beneficiaries as entered (counted from linked households where they are given).
 */
public final class ProjectFormViewModel extends FundForm {

    private final LedgerServices services;
    private final Ledgers ledgers;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> village = new SimpleObjectProperty<>();
    private final StringProperty implementer = new SimpleStringProperty("");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(Project.UNDER_WAY);
    private final ObjectProperty<LocalDate> startedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> planFund = new SimpleObjectProperty<>();
    private final StringProperty planned = new SimpleStringProperty("");
    private final StringProperty households = new SimpleStringProperty("");
    private final StringProperty persons = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    ProjectFormViewModel(LedgerServices services, Background background, Ledgers ledgers) {
        super(background);
        this.services = services;
        this.ledgers = ledgers;
        startedOn.set(ledgers.today());
        planFund.set(ledgers.funds().isEmpty() ? null : ledgers.funds().getFirst().fund().id());
        List.of(name, implementer, planned, households, persons).forEach(p -> p.addListener((o, a, b) -> validate()));
        List.of(category, village, status, startedOn, planFund).forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    void validate() {
        String why = check();
        problem.set(why == null ? "" : why);
        block(why != null);
        say("");
    }

    private String check() {
        if (Formats.isBlank(name.get())) {
            return Messages.t("fund.project.typeName");
        }
        if (category.get() == null) {
            return Messages.t("fund.project.pickCategory");
        }
        try {
            Long fen = yuanOrNull(planned.get());
            if (fen != null && fen < 0) {
                return Messages.t("fund.fund.positive");
            }
            if (fen != null && planFund.get() == null) {
                return Messages.t("fund.entry.pickFund");
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (Long.valueOf(-1).equals(count(households.get())) || Long.valueOf(-1).equals(count(persons.get()))) {
            return Messages.t("fund.project.badCount");
        }
        return null;
    }

    /** A count as typed: null when blank, -1 when not a whole number. */
    private static Long count(String text) {
        if (Formats.isBlank(text)) {
            return null;
        }
        String s = Formats.halfWidth(text.strip());
        return s.matches("\\d{1,7}") ? Long.parseLong(s) : -1L;
    }

    @Override
    public void onSave() {
        validate();
        if (blockedProperty().get()) {
            return;
        }
        String st = status.get();
        LocalDate started = Project.PLANNED.equals(st) ? null : startedOn.get();
        Project p = new Project(null, name.get(), category.get(), village.get(), implementer.get(), st, started, null,
                null, count(households.get()), count(persons.get()), null);
        Long fen = yuanOrNull(planned.get());
        Long fund = fen == null ? null : planFund.get();
        save(progress -> services.funds().addProject(p, fund, fen == null ? 0 : fen),
                id -> savedText(Messages.t("fund.project.saved", p.name().strip())));
    }

    public List<Choice<Long>> villages() {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(Messages.t("fund.project.town"), null));
        ledgers.villages().forEach(v -> out.add(Choice.of(v.name(), v.id())));
        return out;
    }

    public List<Choice<String>> statuses() {
        return Project.STATUSES.stream().map(s -> Choice.of(s, s)).toList();
    }

    public Ledgers ledgers() {
        return ledgers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<Long> villageProperty() {
        return village;
    }

    public StringProperty implementerProperty() {
        return implementer;
    }

    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> startedOnProperty() {
        return startedOn;
    }

    public ObjectProperty<Long> planFundProperty() {
        return planFund;
    }

    public StringProperty plannedProperty() {
        return planned;
    }

    public StringProperty householdsProperty() {
        return households;
    }

    public StringProperty personsProperty() {
        return persons;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
