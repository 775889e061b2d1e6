package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.households.HouseholdCard.EpisodeView;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 一户一档: one household's card — the header, and the rows of its tabs (成员, 收入, 三保障, 监测记录, 帮扶措施,
 * 变更记录) in the clerk's words; which monitoring actions apply; 登记离开.
 */
public final class HouseholdCardViewModel {

    /** A line of the 成员 tab. */
    public record MemberRow(Member member, String name, String relation, String gender, String birth, String age,
            String idNumber, String health, String labour, String schooling, String work, String phone,
            String status, boolean left) {
    }

    /** A line of the 收入 tab; every amount in yuan with separators. */
    public record IncomeRow(IncomeYear income, String year, String wage, String business, String property,
            String transfer, String expense, String claims, String selfPaid, String net, String perPerson) {
    }

    /** A line of the 三保障 tab. */
    public record CheckRow(GuaranteeCheck check, String date, String education, String housing, String medical,
            String water, String note) {
    }

    /** A dated workflow step of an episode. */
    public record StepRow(String step, String date, String endDate, String note) {
    }

    /** One monitoring episode as the 监测记录 tab shows it. */
    public record EpisodeInfo(long id, boolean open, String title, String identified, List<String> risks,
            String status, String next, String identifiedIncome, String eliminatedIncome, String contact,
            String override, List<StepRow> steps) {
    }

    /** A line of the 帮扶措施 tab. */
    public record MeasureRow(Measure measure, String family, String detail, String member, String start, String end,
            String amount, String fund, String cadre, String state, boolean active) {
    }

    /** A push lead of the household as the 推送线索 tab shows it. */
    public record LeadRow(long id, String source, String reason, String person, String pushedOn, String state,
            String visitResult, String decisionReason, String decidedOn, boolean open) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdCardViewModel.class);
    private static final Map<String, String> LEFT_WORDS = Map.of("死亡", "已故", "迁出", "已迁出", "婚出", "已婚出");

    private final LedgerServices services;
    private final ReadOnlyObjectWrapper<HouseholdCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper householdNo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper village = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper householdType = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper category = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper monitored = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper persons = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noLabour = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper findings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> risks = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<IncomeRow> incomes = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<EpisodeInfo> episodes = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ObservableList<AuditText.Line> history = FXCollections.observableArrayList();
    private final ObservableList<LeadRow> leads = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canOpenEpisode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRecordStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEliminate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRollback = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRemark = new ReadOnlyBooleanWrapper();
    private Long householdId;
    private Long openEpisodeId;
    private Long latestEpisodeId;

    public HouseholdCardViewModel(LedgerServices services) {
        this.services = services;
    }

    public LedgerServices services() {
        return services;
    }

    /** Shows a household's card. */
    public void load(long id) {
        householdId = id;
        reload();
    }

    /** Reads the shown household again (after a change). */
    public void reload() {
        if (householdId == null) {
            return;
        }
        HouseholdCard c;
        try {
            c = services.households().card(householdId);
        } catch (LedgerException e) {
            message.set(e.getMessage());
            return;
        }
        LocalDate today = services.households().today();
        int current = c.currentMembers().size();
        head.set(c.head().map(Member::name).orElse(Messages.t("hh.card.noHead")));
        householdNo.set(c.household().householdNo());
        village.set(c.village());
        householdType.set(Formats.orEmpty(c.household().householdType()));
        phone.set(Formats.orEmpty(c.household().phone()));
        address.set(Formats.orEmpty(c.household().address()));
        persons.set(Messages.t("hh.card.persons", current));
        noLabour.set(c.household().noLabourCapacity() ? Messages.t("hh.card.noLabour") : "");
        findings.set(c.findings().stream().map(Finding::message).collect(Collectors.joining("\n")));

        Optional<EpisodeView> open = c.openEpisode();
        Optional<EpisodeView> latest = c.episodes().stream()
                .max(Comparator.comparing(e -> e.episode().id()));
        openEpisodeId = open.map(e -> e.episode().id()).orElse(null);
        latestEpisodeId = latest.map(e -> e.episode().id()).orElse(null);
        category.set(latest.map(e -> e.episode().category() + " · "
                + Messages.t(e.episode().eliminated() ? "hh.status.eliminated" : "hh.status.monitored")).orElse(""));
        monitored.set(open.isPresent());
        risks.setAll(open.map(EpisodeView::risks).orElse(List.of()));
        boolean latestEliminated = latest.map(e -> e.episode().eliminated()).orElse(false);
        canOpenEpisode.set(open.isEmpty());
        canRecordStep.set(open.isPresent());
        canEliminate.set(open.isPresent());
        canRollback.set(open.isEmpty() && latestEliminated);
        canRemark.set(open.isEmpty() && latestEliminated);

        Map<Long, String> names = c.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        members.setAll(c.members().stream()
                .sorted(Comparator.comparing((Member m) -> !m.isCurrent())
                        .thenComparing(m -> !Member.HEAD.equals(m.relation()))
                        .thenComparing(Member::id))
                .map(m -> memberRow(m, today)).toList());
        incomes.setAll(c.incomes().stream().sorted(Comparator.comparing(IncomeYear::year).reversed())
                .map(i -> incomeRow(i, current)).toList());
        checks.setAll(c.checks().stream().sorted(Comparator.comparing(GuaranteeCheck::checkedOn).reversed())
                .map(HouseholdCardViewModel::checkRow).toList());
        List<EpisodeInfo> infos = new ArrayList<>();
        for (int i = c.episodes().size() - 1; i >= 0; i--) {
            infos.add(episodeInfo(c.episodes().get(i), i + 1));
        }
        episodes.setAll(infos);
        measures.setAll(c.measures().stream()
                .sorted(Comparator.comparing(Measure::startOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(m -> measureRow(m, names::get, today)).toList());
        history.setAll(new AuditText(c.members(), services.households().villages()).lines(c.history()));
        leads.setAll(services.leads().leadsOf(householdId).stream().map(HouseholdCardViewModel::leadRow).toList());
        card.set(c);
    }

    // ---- rows

    private static MemberRow memberRow(Member m, LocalDate today) {
        String age = m.birthDate() == null || m.birthDate().isAfter(today) ? ""
                : Messages.t("hh.member.age", Period.between(m.birthDate(), today).getYears());
        String schooling = !Formats.isBlank(m.schoolStatus()) ? Messages.t("hh.member.inSchool", m.schoolStatus())
                : Formats.orEmpty(m.education());
        String work = Formats.orEmpty(m.workStatus());
        if (m.workMonths() != null && m.workMonths() > 0) {
            work += Messages.t("hh.member.workMonths", m.workMonths());
        }
        String id = m.idNumber() != null ? m.idNumber() : Formats.orEmpty(m.idNumberRaw());
        if (m.idNumber() == null && m.idFlag() != null && !id.isEmpty()) {
            id += Messages.t("hh.member.idFlagged");
        }
        String status = m.isCurrent() ? ""
                : Messages.t("hh.member.leftStatus", LEFT_WORDS.getOrDefault(m.leftReason(), "已离开"),
                        Formats.date(m.leftOn()));
        return new MemberRow(m, Formats.orEmpty(m.name()) + status, Formats.orEmpty(m.relation()),
                Formats.gender(m.gender()), Formats.date(m.birthDate()), age, id, Formats.orEmpty(m.health()),
                Formats.orEmpty(m.labourSkill()), schooling, work, Formats.orEmpty(m.phone()), status,
                !m.isCurrent());
    }

    private static IncomeRow incomeRow(IncomeYear i, int persons) {
        return new IncomeRow(i, String.valueOf(i.year()), Formats.yuan(i.wageIncome()),
                Formats.yuan(i.businessIncome()), Formats.yuan(i.propertyIncome()), Formats.yuan(i.transferIncome()),
                Formats.yuan(i.businessExpense()), Formats.yuan(i.claimsIncome()),
                Formats.yuan(i.compliantSelfPaid()), Formats.yuan(i.netIncome()),
                persons <= 0 ? "" : Formats.yuan(i.netIncomePerPerson(persons)));
    }

    private static CheckRow checkRow(GuaranteeCheck g) {
        String housing = Formats.tick(g.housingSafe())
                + (Formats.isBlank(g.housingGrade()) ? "" : Messages.t("hh.check.grade", g.housingGrade()));
        return new CheckRow(g, Formats.date(g.checkedOn()), Formats.tick(!g.schoolDropout()), housing,
                Formats.tick(!g.memberUninsured()), Formats.tick(g.waterSafe()), Formats.orEmpty(g.note()));
    }

    private static EpisodeInfo episodeInfo(EpisodeView v, int number) {
        Episode e = v.episode();
        String title = Messages.t("hh.episode.title", number, e.category(), e.channel());
        String status = e.eliminated()
                ? Messages.t("hh.episode.eliminated", Formats.orEmpty(e.eliminationMethod()),
                        Formats.month(e.eliminatedMonth()))
                : Messages.t("hh.episode.open");
        Workflow.Status w = v.status();
        String next = w.nextStepCode() == null
                ? (e.eliminated() ? "" : Messages.t("hh.episode.nothingDue", w.daysSinceLastStep()))
                : Messages.t("hh.episode.next", w.nextStepLabel(), w.daysSinceLastStep());
        if (w.publicityRunning()) {
            next += Messages.t("hh.episode.publicity", Formats.date(w.publicityEnds()));
        }
        String identified = "";
        String eliminated = "";
        for (EpisodeSnapshot s : v.snapshots()) {
            String text = Messages.t("hh.episode.income", Formats.yuan(s.netIncomePerPerson()), s.persons());
            if (EpisodeSnapshot.IDENTIFIED.equals(s.phase())) {
                identified = text;
            } else {
                eliminated = text;
            }
        }
        String contact = Formats.isBlank(e.contactName()) ? ""
                : e.contactName() + (Formats.isBlank(e.contactPhone()) ? "" : "（" + e.contactPhone() + "）");
        List<StepRow> steps = v.steps().stream()
                .sorted(Comparator.comparing(EpisodeStep::stepOn).thenComparing(EpisodeStep::id,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> new StepRow(Workflow.label(s.kind()), Formats.date(s.stepOn()), Formats.date(s.endOn()),
                        Formats.orEmpty(s.note())))
                .toList();
        return new EpisodeInfo(e.id(), !e.eliminated(), title, Formats.month(e.identifiedMonth()), v.risks(), status,
                next, identified, eliminated, contact, Formats.orEmpty(e.overrideReason()), steps);
    }

    private static MeasureRow measureRow(Measure m, Function<Long, String> memberName, LocalDate today) {
        boolean active = m.endOn() == null || !m.endOn().isBefore(today);
        String member = m.memberId() == null ? "" : Formats.orEmpty(memberName.apply(m.memberId()));
        return new MeasureRow(m, m.family(), Formats.orEmpty(m.detail()), member, Formats.date(m.startOn()),
                Formats.date(m.endOn()), Formats.yuan(m.amount()), Formats.orEmpty(m.fundText()),
                Formats.orEmpty(m.cadre()), Messages.t(active ? "hh.measure.active" : "hh.measure.ended"), active);
    }

    // ---- actions

    /** The reasons a member may leave (死亡/迁出/婚出/其他). */
    public List<Choice<String>> leftReasons() {
        return services.households().codes("left_reason").stream().map(c -> Choice.of(c.label(), c.code())).toList();
    }

    /**
     * 登记离开: the member left on a date for a reason; the note is written to the audit row (and is required
     * when the rules warn, e.g. when the head leaves). Returns true when saved.
     */
    public boolean onMarkLeft(Member member, LocalDate on, String leftReason, String note) {
        if (member == null) {
            message.set(Messages.t("hh.left.pickMember"));
            return false;
        }
        if (on == null || Formats.isBlank(leftReason)) {
            message.set(Messages.t("hh.left.incomplete"));
            return false;
        }
        try {
            services.households().markLeft(member.id(), on, leftReason, Formats.isBlank(note) ? null : note.strip());
        } catch (LedgerException e) {
            message.set(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.error("Marking a member as left failed", e);
            message.set(Messages.t("hh.error", e.getMessage()));
            return false;
        }
        message.set("");
        reload();
        return true;
    }

    /** Shows a message on the card. */
    void tell(String text) {
        message.set(text);
    }

    public void clearMessage() {
        message.set("");
    }

    // ---- properties

    public Long householdId() {
        return householdId;
    }

    /** The open episode (监测中), if any: the one 登记步骤 and 消除风险 act on. */
    public Long openEpisodeId() {
        return openEpisodeId;
    }

    /** The newest episode, if any: the one 回退 acts on. */
    public Long latestEpisodeId() {
        return latestEpisodeId;
    }

    public ReadOnlyObjectProperty<HouseholdCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdNoProperty() {
        return householdNo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty villageProperty() {
        return village.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdTypeProperty() {
        return householdType.getReadOnlyProperty();
    }

    /** The latest episode's category and state (脱贫不稳定户 · 监测中), or "" for a household never monitored. */
    public ReadOnlyStringProperty categoryProperty() {
        return category.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty monitoredProperty() {
        return monitored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty personsProperty() {
        return persons.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noLabourProperty() {
        return noLabour.getReadOnlyProperty();
    }

    /** Problems of the household as a whole (no head, two heads …), one per line. */
    public ReadOnlyStringProperty findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The open episode's risks. */
    public ObservableList<String> risks() {
        return risks;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<IncomeRow> incomes() {
        return incomes;
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ObservableList<EpisodeInfo> episodes() {
        return episodes;
    }

    public ObservableList<MeasureRow> measures() {
        return measures;
    }

    public ObservableList<LeadRow> leads() {
        return leads;
    }

    private static LeadRow leadRow(cn.bangfu.ledger.model.Lead l) {
        String state = l.decision() != null ? l.decision()
                : Messages.t(l.visitResult() == null ? "hh.lead.toVisit" : "hh.lead.toDecide");
        return new LeadRow(l.id(), l.source(), l.reason(), l.personName(), Formats.date(l.pushedOn()), state,
                Formats.orEmpty(l.visitResult()), Formats.orEmpty(l.decisionReason()), Formats.date(l.decidedOn()),
                l.isOpen());
    }

    public ObservableList<AuditText.Line> history() {
        return history;
    }

    public ReadOnlyBooleanProperty canOpenEpisodeProperty() {
        return canOpenEpisode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRecordStepProperty() {
        return canRecordStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEliminateProperty() {
        return canEliminate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRollbackProperty() {
        return canRollback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemarkProperty() {
        return canRemark.getReadOnlyProperty();
    }
}
