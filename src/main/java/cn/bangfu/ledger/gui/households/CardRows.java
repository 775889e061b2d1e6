package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.CheckRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.EpisodeInfo;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.IncomeRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.LeadRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MeasureRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MemberRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.PaymentRow;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.StepRow;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.households.HouseholdCard.EpisodeView;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of the household card's tabs in the clerk's words (pure: built off the FX thread). */
final class CardRows {

    /** What one read of the ledger brings for the card. */
    record Loaded(HouseholdCard card, LocalDate today, List<AuditText.Line> history, List<LeadRow> leads,
            FormCodes codes) {
    }

    private static final Map<String, String> LEFT_WORDS = Map.of("死亡", "已故", "迁出", "已迁出", "婚出", "已婚出");

    private CardRows() {
    }

    /** The members: those still in the household first, the head first among them. */
    static List<MemberRow> members(HouseholdCard c, LocalDate today) {
        return c.members().stream()
                .sorted(Comparator.comparing((Member m) -> !m.isCurrent())
                        .thenComparing(m -> !Member.HEAD.equals(m.relation()))
                        .thenComparing(Member::id))
                .map(m -> member(m, today)).toList();
    }

    /** The income years, newest first; 人均 by the household's current persons. */
    static List<IncomeRow> incomes(HouseholdCard c) {
        int current = c.currentMembers().size();
        return c.incomes().stream().sorted(Comparator.comparing(IncomeYear::year).reversed())
                .map(i -> income(i, current)).toList();
    }

    static List<CheckRow> checks(HouseholdCard c) {
        return c.checks().stream().sorted(Comparator.comparing(GuaranteeCheck::checkedOn).reversed())
                .map(CardRows::check).toList();
    }

    /** The episodes, newest first, numbered from the oldest. */
    static List<EpisodeInfo> episodes(HouseholdCard c) {
        List<EpisodeInfo> infos = new ArrayList<>();
        for (int i = c.episodes().size() - 1; i >= 0; i--) {
            infos.add(episode(c.episodes().get(i), i + 1));
        }
        return infos;
    }

    /** The measures, the latest start first. */
    static List<MeasureRow> measures(HouseholdCard c, LocalDate today) {
        Map<Long, String> names = c.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        return c.measures().stream()
                .sorted(Comparator.comparing(Measure::startOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(m -> measure(m, names::get, c.fundOf(m), today)).toList();
    }

    /** 资金到户: the payments, newest first (as the card read them), the receiving member named. */
    static List<PaymentRow> payments(HouseholdCard c) {
        Map<Long, String> names = c.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        return c.payments().stream().map(p -> payment(p, names::get)).toList();
    }

    static PaymentRow payment(HouseholdCard.Payment p, Function<Long, String> memberName) {
        String member = p.memberId() == null ? Messages.t("hh.payment.wholeHousehold")
                : Formats.orEmpty(memberName.apply(p.memberId()));
        return new PaymentRow(p, Formats.date(p.on()), p.kind(), Formats.orEmpty(p.voucherNo()),
                p.fund() == null ? "" : p.fund().name(), Formats.orEmpty(p.project()), member,
                Formats.yuan(p.amountFen()), Formats.orEmpty(p.maskedAccount()));
    }

    /** The line under the payments: 合计 N 笔 1,234.00 元 (or "" when there are none). */
    static String paymentsTotal(HouseholdCard c) {
        return c.payments().isEmpty() ? ""
                : Messages.t("hh.payment.total", c.payments().size(), Formats.yuan(c.paidFen()));
    }

    static MemberRow member(Member m, LocalDate today) {
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

    static IncomeRow income(IncomeYear i, int persons) {
        return new IncomeRow(i, String.valueOf(i.year()), Formats.yuan(i.wageIncome()),
                Formats.yuan(i.businessIncome()), Formats.yuan(i.propertyIncome()), Formats.yuan(i.transferIncome()),
                Formats.yuan(i.businessExpense()), Formats.yuan(i.claimsIncome()),
                Formats.yuan(i.compliantSelfPaid()), Formats.yuan(i.netIncome()),
                persons <= 0 ? "" : Formats.yuan(i.netIncomePerPerson(persons)));
    }

    static CheckRow check(GuaranteeCheck g) {
        String housing = Formats.tick(g.housingSafe())
                + (Formats.isBlank(g.housingGrade()) ? "" : Messages.t("hh.check.grade", g.housingGrade()));
        return new CheckRow(g, Formats.date(g.checkedOn()), Formats.tick(!g.schoolDropout()), housing,
                Formats.tick(!g.memberUninsured()), Formats.tick(g.waterSafe()), Formats.orEmpty(g.note()));
    }

    static EpisodeInfo episode(EpisodeView v, int number) {
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

    static MeasureRow measure(Measure m, Function<Long, String> memberName, String fund, LocalDate today) {
        boolean active = m.endOn() == null || !m.endOn().isBefore(today);
        String member = m.memberId() == null ? "" : Formats.orEmpty(memberName.apply(m.memberId()));
        return new MeasureRow(m, m.family(), Formats.orEmpty(m.detail()), member, Formats.date(m.startOn()),
                Formats.date(m.endOn()), Formats.yuan(m.amount()), fund,
                Formats.orEmpty(m.cadre()), Messages.t(active ? "hh.measure.active" : "hh.measure.ended"), active);
    }

    static LeadRow lead(Lead l) {
        String state = l.decision() != null ? l.decision()
                : Messages.t(l.visitResult() == null ? "hh.lead.toVisit" : "hh.lead.toDecide");
        return new LeadRow(l.id(), l.source(), l.reason(), l.personName(), Formats.date(l.pushedOn()), state,
                Formats.orEmpty(l.visitResult()), Formats.orEmpty(l.decisionReason()), Formats.date(l.decidedOn()),
                l.isOpen());
    }
}
