package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.gui.reports.ReportsViewModel;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.forms.HouseholdCardForm;
import cn.bangfu.ledger.logic.households.HouseholdCard.EpisodeView;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 一户一档: one household's card — the header, and the rows of its tabs (成员, 收入, 三保障, 监测记录, 帮扶措施,
 * 资金到户, 变更记录) in the clerk's words; which monitoring actions apply; 登记离开.
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

    /** A line of the 资金到户 tab: the amount in yuan with separators, the 一卡通 account masked (****1234). */
    public record PaymentRow(HouseholdCard.Payment payment, String date, String kind, String voucher, String fund,
            String project, String member, String amount, String account) {
    }

    /** A push lead of the household as the 推送线索 tab shows it. */
    public record LeadRow(long id, String source, String reason, String person, String pushedOn, String state,
            String visitResult, String decisionReason, String decidedOn, boolean open) {
    }

    private final LedgerServices services;
    private final Background background;
    private final DialogService dialogs;
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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> risks = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<IncomeRow> incomes = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<EpisodeInfo> episodes = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> measures = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper paymentsTotal = new ReadOnlyStringWrapper("");
    private final ObservableList<AuditText.Line> history = FXCollections.observableArrayList();
    private final ObservableList<LeadRow> leads = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canOpenEpisode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRecordStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEliminate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRollback = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRemark = new ReadOnlyBooleanWrapper();
    /** The code lists and villages the card's forms offer, read with the card. */
    private FormCodes codes;
    private LocalDate today;
    private Long householdId;
    private Long openEpisodeId;
    private Long latestEpisodeId;

    /**
     * @param background runs the card's reads and every save of its forms ({@link Background#fx()} in the window,
     *                   {@link Background#inPlace()} in tests)
     * @param dialogs    the window's dialogs (the forms' prompts)
     */
    public HouseholdCardViewModel(LedgerServices services, Background background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** For the 监测帮扶 dialogs the card opens (they build their own view models). */
    public LedgerServices services() {
        return services;
    }

    /** Shows a household's card: what showed before is cleared at once, the card says it is loading. */
    public void load(long id) {
        if (!Long.valueOf(id).equals(householdId)) {
            clear();
        }
        householdId = id;
        reload();
    }

    /** Reads the shown household again (after a change). */
    public void reload() {
        reload(() -> {
        });
    }

    /**
     * Reads the shown household again, off the FX thread; a newer read (another household clicked) replaces this
     * one. {@code then} runs once the card shows what was read (not when the read failed or was replaced).
     */
    public void reload(Runnable then) {
        if (householdId == null) {
            return;
        }
        long id = householdId;
        loading.set(true);
        background.task(p -> read(id))
                .busyText(Messages.t("hh.card.loading"))
                .latest("card")
                .onSuccess(l -> {
                    loading.set(false);
                    show(l);
                    then.run();
                })
                .onFailure(e -> {
                    loading.set(false);
                    message.set(Background.explain(e));
                })
                .start();
    }

    /** Off the FX thread: everything the card shows. */
    private CardRows.Loaded read(long id) {
        HouseholdCard c = services.households().card(id);
        FormCodes formCodes = FormCodes.read(services);
        List<AuditText.Line> lines = new AuditText(c.members(), formCodes.villages(), c.funds().values())
                .lines(c.history());
        List<LeadRow> leadRows = services.leads().leadsOf(id).stream().map(CardRows::lead).toList();
        return new CardRows.Loaded(c, services.households().today(), lines, leadRows, formCodes);
    }

    private void clear() {
        card.set(null);
        List.of(head, householdNo, village, householdType, category, phone, persons, address, noLabour, findings,
                message, paymentsTotal).forEach(p -> p.set(""));
        monitored.set(false);
        List.of(risks, members, incomes, checks, episodes, measures, payments, history, leads).forEach(List::clear);
        List.of(canOpenEpisode, canRecordStep, canEliminate, canRollback, canRemark).forEach(p -> p.set(false));
        openEpisodeId = null;
        latestEpisodeId = null;
    }

    private void show(CardRows.Loaded l) {
        HouseholdCard c = l.card();
        today = l.today();
        codes = l.codes();
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

        members.setAll(CardRows.members(c, today));
        incomes.setAll(CardRows.incomes(c));
        checks.setAll(CardRows.checks(c));
        episodes.setAll(CardRows.episodes(c));
        measures.setAll(CardRows.measures(c, today));
        payments.setAll(CardRows.payments(c));
        paymentsTotal.set(CardRows.paymentsTotal(c));
        history.setAll(l.history());
        leads.setAll(l.leads());
        card.set(c);
    }

    // ---- the forms of the card (each saves through the card's runner)

    /** The member form for a member of the shown household (null: add one); null while no household is shown. */
    public MemberFormViewModel memberForm(Member existing) {
        return householdId == null || codes == null ? null
                : new MemberFormViewModel(services, background, codes, householdId, existing);
    }

    /** The income form for a year of the shown household (null: a new year); null while none is shown. */
    public IncomeFormViewModel incomeForm(IncomeYear existing) {
        if (householdId == null) {
            return null;
        }
        int current = card.get() == null ? 0 : card.get().currentMembers().size();
        return new IncomeFormViewModel(services, background, householdId, existing, current);
    }

    /** 新增核查 of the shown household; null while none is shown. */
    public GuaranteeFormViewModel guaranteeForm() {
        return householdId == null ? null : new GuaranteeFormViewModel(services, background, householdId);
    }

    /** 编辑户信息 of the shown household, as the card read it; null while it is not read yet. */
    public HouseholdFormViewModel householdForm() {
        HouseholdCard c = card.get();
        if (householdId == null || c == null || !householdId.equals(c.household().id())) {
            return null;
        }
        return new HouseholdFormViewModel(services, background, dialogs, codes, c.household());
    }

    // ---- actions

    /** The reasons a member may leave (死亡/迁出/婚出/其他), as read with the card. */
    public List<Choice<String>> leftReasons() {
        return codes == null ? List.of()
                : codes.of("left_reason").stream().map(c -> Choice.of(c.label(), c.code())).toList();
    }

    /** The ledger's today (the date 登记离开 proposes). */
    public LocalDate today() {
        return today != null ? today : services.households().today();
    }

    /**
     * 登记离开: the member left on a date for a reason; the note is written to the audit row (and is required
     * when the rules warn, e.g. when the head leaves). {@code done} gets true once saved and the card shows it,
     * false when refused ({@link #messageProperty()} says why).
     */
    public void onMarkLeft(Member member, LocalDate on, String leftReason, String note, Consumer<Boolean> done) {
        if (member == null) {
            message.set(Messages.t("hh.left.pickMember"));
            done.accept(false);
            return;
        }
        if (on == null || Formats.isBlank(leftReason)) {
            message.set(Messages.t("hh.left.incomplete"));
            done.accept(false);
            return;
        }
        String why = Formats.isBlank(note) ? null : note.strip();
        background.task(p -> {
            services.households().markLeft(member.id(), on, leftReason, why);
            return Boolean.TRUE;
        }).busyText(Messages.t("hh.saving")).onSuccess(v -> {
            message.set("");
            reload(() -> done.accept(true));
        }).onFailure(e -> { // the runner logs an unexpected failure
            message.set(e instanceof LedgerException ? e.getMessage() : Messages.t("hh.error", e.getMessage()));
            done.accept(false);
        }).start();
    }

    /** Shows a message on the card. */
    void tell(String text) {
        message.set(text);
    }

    public void clearMessage() {
        message.set("");
    }

    /**
     * 打印一户一档: the household's file (the full one, 一户一档 of the report forms) as a PDF in the scratch folder
     * of the 报表 page, opened in the system's viewer to print or save; the card says when it cannot be made.
     */
    public void onPrintCard() {
        String no = householdNo.get();
        if (householdId == null || no == null || no.isEmpty()) {
            return;
        }
        ReportRequest request = new ReportRequest(YearMonth.from(services.monitoring().today()), false, no, null);
        String name = Messages.t("hh.card.print.file", head.get(), no).replaceAll("[\\\\/:*?\"<>|]", "_");
        clearMessage();
        background.task(p -> {
            Path folder = ReportsViewModel.scratchFolder();
            Files.createDirectories(folder);
            return services.reports().export(HouseholdCardForm.ID, request, ReportFormat.PDF, folder.resolve(name),
                    null, p.toWork());
        }).busyText(Messages.t("hh.card.print.busy")).onSuccess(dialogs::openInSystem)
                .onFailure(e -> message.set(Messages.t("hh.card.print.failed", Background.explain(e)))).start();
    }

    /** True while the card is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the card's runner works (a read or a save). */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.runningProperty();
    }

    /** What the runner is doing (正在读取… / 正在保存…), or "". */
    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
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

    /** 资金到户: the household's payments, newest first. */
    public ObservableList<PaymentRow> payments() {
        return payments;
    }

    /** 合计 N 笔 … 元 under the payments, or "". */
    public ReadOnlyStringProperty paymentsTotalProperty() {
        return paymentsTotal.getReadOnlyProperty();
    }

    public ObservableList<LeadRow> leads() {
        return leads;
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
