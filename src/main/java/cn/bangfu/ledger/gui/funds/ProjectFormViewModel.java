package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.FundService;
import cn.bangfu.ledger.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 新增项目 and 修改项目 (项目库): name, category, village (or the whole town), 实施单位, status with its dates
 * (储备 → 实施中 → 已完工 → 已验收), the planned investment from one fund, the beneficiaries as entered, and the
 * linked beneficiary households by 户编号 (the forms count those where any are linked).
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
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> acceptedOn = new SimpleObjectProperty<>();
    private final StringProperty linked = new SimpleStringProperty("");
    /** The project being edited (null: a new one), with its plans by fund. */
    private final FundService.ProjectDetail editing;

    /** 新增项目. */
    ProjectFormViewModel(LedgerServices services, Background background, Ledgers ledgers) {
        this(services, background, ledgers, null);
    }

    /** 修改项目 when {@code editing} is given. */
    ProjectFormViewModel(LedgerServices services, Background background, Ledgers ledgers,
            FundService.ProjectDetail editing) {
        super(background);
        this.services = services;
        this.ledgers = ledgers;
        this.editing = editing;
        startedOn.set(ledgers.today());
        planFund.set(ledgers.funds().isEmpty() ? null : ledgers.funds().getFirst().fund().id());
        if (editing != null) {
            Project p = editing.project();
            name.set(p.name());
            category.set(p.category());
            village.set(p.villageId());
            implementer.set(Formats.orEmpty(p.implementer()));
            status.set(p.status());
            startedOn.set(p.startedOn());
            completedOn.set(p.completedOn());
            acceptedOn.set(p.acceptedOn());
            households.set(p.beneficiaryHouseholds() == null ? "" : String.valueOf(p.beneficiaryHouseholds()));
            persons.set(p.beneficiaryPersons() == null ? "" : String.valueOf(p.beneficiaryPersons()));
            linked.set(String.join(" ", editing.householdNos()));
            if (!editing.plans().isEmpty()) {
                planFund.set(editing.plans().keySet().iterator().next());
            }
            showPlan();
            planFund.addListener((o, a, b) -> showPlan());
        }
        List.of(name, implementer, planned, households, persons, linked)
                .forEach(p -> p.addListener((o, a, b) -> validate()));
        List.of(category, village, status, startedOn, planFund, completedOn, acceptedOn)
                .forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    /** Editing: the planned amount shown is the chosen fund's plan for the project. */
    private void showPlan() {
        Long fen = planFund.get() == null ? null : editing.plans().get(planFund.get());
        planned.set(fen == null ? "" : yuan(fen));
    }

    public boolean isEdit() {
        return editing != null;
    }

    /** The 户编号 typed into 受益农户, split on spaces, commas and 、. */
    List<String> linkedNumbers() {
        return java.util.Arrays.stream(Formats.halfWidth(Formats.orEmpty(linked.get())).split("[\\s,，、;；]+"))
                .filter(x -> !x.isBlank()).distinct().toList();
    }

    void validate() {
        String why = check();
        problem(why);
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
                return Messages.t("fund.project.negativePlan");
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
        String st = status.get();
        boolean done = Project.COMPLETED.equals(st) || Project.ACCEPTED.equals(st);
        if (!Project.PLANNED.equals(st) && startedOn.get() == null) {
            return Messages.t("fund.project.needStarted");
        }
        if (done && completedOn.get() == null) {
            return Messages.t("fund.project.needCompleted");
        }
        if (Project.ACCEPTED.equals(st) && acceptedOn.get() == null) {
            return Messages.t("fund.project.needAccepted");
        }
        if (done && startedOn.get() != null && completedOn.get().isBefore(startedOn.get())) {
            return Messages.t("fund.project.completedBeforeStart");
        }
        if (Project.ACCEPTED.equals(st) && acceptedOn.get().isBefore(completedOn.get())) {
            return Messages.t("fund.project.acceptedBeforeCompleted");
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
        boolean done = Project.COMPLETED.equals(st) || Project.ACCEPTED.equals(st);
        LocalDate started = Project.PLANNED.equals(st) ? null : startedOn.get();
        Project p = new Project(editing == null ? null : editing.project().id(), name.get(), category.get(),
                village.get(), implementer.get(), st, started, done ? completedOn.get() : null,
                Project.ACCEPTED.equals(st) ? acceptedOn.get() : null, count(households.get()), count(persons.get()),
                editing == null ? null : editing.project().note());
        Long fen = yuanOrNull(planned.get());
        Long fund = fen == null ? null : planFund.get();
        List<String> nos = linkedNumbers();
        if (editing == null) {
            save(progress -> services.funds().addProject(p, fund, fen == null ? 0 : fen, nos),
                    id -> savedText(Messages.t("fund.project.saved", p.name().strip())));
        } else {
            save(progress -> {
                services.funds().saveProject(p, fund, fen == null ? 0 : fen, nos);
                return p.id();
            }, id -> savedText(Messages.t("fund.project.updated", p.name().strip())));
        }
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

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public ObjectProperty<LocalDate> acceptedOnProperty() {
        return acceptedOn;
    }

    /** 受益农户: the linked households' 户编号, separated by spaces or commas. */
    public StringProperty linkedProperty() {
        return linked;
    }

}
