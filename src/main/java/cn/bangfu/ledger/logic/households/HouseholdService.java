package cn.bangfu.ledger.logic.households;

import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.logic.rules.MemberRules;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.JournalEntry;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Posting;
import cn.bangfu.ledger.model.Project;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The household ledger (农户台账 / 一户一档): reading a household's card and changing households, members,
 * income and 三保障 checks. Every change is checked by the rules first: errors refuse it, warnings need a
 * reason, which is written to the audit row.
 */
public final class HouseholdService {

    /** ID types whose number must be a resident ID number (GB 11643). */
    static final Set<String> RESIDENT_ID_TYPES = Set.of("居民身份证", "残疾人证");
    /** The flag of a member whose document is not a resident ID card and who has no valid ID number. */
    public static final String OTHER_DOCUMENT = "ID_OTHER_DOCUMENT";

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public HouseholdService(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    public List<Village> villages() {
        return ledger.read(v -> v.villages().list());
    }

    public List<CodeEntry> codes(String list) {
        return ledger.read(v -> v.codeLists().entries(list));
    }

    /** Everything about one household, for its card. */
    public HouseholdCard card(long householdId) {
        LocalDate today = today();
        return ledger.read(v -> {
            Household h = v.households().get(householdId)
                    .orElseThrow(() -> new LedgerException("找不到这一户（编号 " + householdId + "），可能已被撤销导入。"));
            String village = v.villages().list().stream().filter(x -> x.id() == h.villageId()).map(Village::name)
                    .findFirst().orElse("");
            List<Member> members = v.members().ofHousehold(householdId);
            List<HouseholdCard.EpisodeView> episodes = new ArrayList<>();
            for (Episode e : v.episodes().ofHousehold(householdId)) {
                var steps = v.episodes().steps(e.id());
                episodes.add(new HouseholdCard.EpisodeView(e, v.episodes().risks(e.id()), v.episodes().snapshots(e.id()),
                        steps, Workflow.status(e, steps, today)));
            }
            List<IncomeYear> incomes = v.households().incomes(householdId);
            List<GuaranteeCheck> checks = v.households().guaranteeChecks(householdId);
            List<Measure> measures = v.measures().ofHousehold(householdId);
            HouseholdCard.EpisodeView open = episodes.stream().filter(e -> !e.episode().eliminated()).findFirst()
                    .orElse(null);
            List<Finding> attention = AttentionChecks.check(h, members, open == null ? null : open.episode(),
                    open == null ? List.of() : open.risks(), measures, checks.isEmpty() ? null : checks.getLast(),
                    incomes.isEmpty() ? null : incomes.getLast(), today);
            Map<Long, Fund> funds = new HashMap<>();
            v.funds().funds().forEach(f -> funds.put(f.id(), f));
            return new HouseholdCard(h, village, members, incomes, checks, episodes, measures,
                    v.audit().ofHousehold(householdId), MemberRules.checkHousehold(members), attention,
                    payments(v, householdId, funds), funds);
        });
    }

    /**
     * 资金到户: the household's 农户 postings with their entries, newest first (by date, then as written), the 一卡通
     * account masked to its last 4 characters (the full one is for the bank's roster only). The card and the
     * 一户一档 form read them here.
     *
     * @param funds the ledger's funds by id
     */
    public static List<HouseholdCard.Payment> payments(LedgerView v, long householdId, Map<Long, Fund> funds) {
        List<Posting> postings = v.journal().ofHousehold(householdId);
        if (postings.isEmpty()) {
            return List.of();
        }
        Map<Long, JournalEntry> entries = new HashMap<>();
        Map<Long, String> projects = new HashMap<>();
        List<HouseholdCard.Payment> out = new ArrayList<>(postings.size());
        for (Posting p : postings) { // newest posting first
            JournalEntry e = entries.computeIfAbsent(p.entryId(), id -> v.journal().entry(id).orElseThrow());
            String project = p.projectId() == null ? null : projects.computeIfAbsent(p.projectId(),
                    id -> v.funds().project(id).map(Project::name).orElse(null));
            out.add(new HouseholdCard.Payment(e.id(), e.entryOn(), e.kind(), e.voucherNo(), funds.get(p.fundId()),
                    project, p.memberId(), HouseholdCard.maskAccount(p.bankAccount()), p.amountFen()));
        }
        out.sort(java.util.Comparator.comparing(HouseholdCard.Payment::on).reversed()); // stable: ties keep the order
        return List.copyOf(out);
    }

    // ---- checking (as the clerk types)

    /** The findings about a member as it would be saved (the ID normalised first). */
    public List<Finding> checkMember(Member member) {
        Member m = normalise(member);
        return ledger.read(v -> check(v, m));
    }

    private List<Finding> check(LedgerView v, Member m) {
        List<Member> others = v.members().ofHousehold(m.householdId()).stream()
                .filter(o -> m.id() == null || !o.id().equals(m.id())).toList();
        return MemberRules.check(m, others, today(), id -> v.members().holderOf(id, m.id())
                .filter(holder -> !holderIsThisHousehold(v, holder, m.householdId())));
    }

    private static boolean holderIsThisHousehold(LedgerView v, String holder, long householdId) {
        return v.households().get(householdId).map(h -> holder.startsWith("户编号 " + h.householdNo() + " "))
                .orElse(false);
    }

    /** Problems with a household's own fields (its members are checked separately). */
    public List<Finding> checkHousehold(Household h) {
        List<Finding> findings = new ArrayList<>();
        if (h.householdNo() == null || h.householdNo().isBlank()) {
            findings.add(Finding.error("householdNo", "HOUSEHOLD_NO_REQUIRED", "请填写户编号（县里下发的编号）。"));
        } else {
            Optional<Household> same = ledger.read(v -> v.households().byNumber(h.householdNo().strip()));
            if (same.isPresent() && !same.get().id().equals(h.id())) {
                findings.add(Finding.error("householdNo", "HOUSEHOLD_NO_DUPLICATE",
                        "户编号 " + h.householdNo().strip() + " 已在账本中，请核对，不要重复建户。"));
            }
        }
        if (ledger.read(v -> v.villages().list()).stream().noneMatch(x -> x.id() == h.villageId())) {
            findings.add(Finding.error("villageId", "VILLAGE_REQUIRED", "请选择所在行政村。"));
        }
        if (codes("household_type").stream().noneMatch(c -> c.code().equals(h.householdType()))) {
            findings.add(Finding.error("householdType", "HOUSEHOLD_TYPE", "请选择户类型（脱贫户 / 一般农户）。"));
        }
        return findings;
    }

    // ---- changing

    /** Adds a village (行政村/社区) of the town; returns its id. */
    public long addVillage(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LedgerException("请填写村名。");
        }
        if (ledger.read(v -> v.villages().byName(n)).isPresent()) {
            throw new LedgerException("“" + n + "”已在村列表中。");
        }
        long order = ledger.read(v -> v.villages().count()) + 1;
        return ledger.write(settings.change(), tx -> tx.villages().add(Village.named(n, order)));
    }

    /** Adds a village with its code (村代码, as the county numbers it; may be null); returns its id. */
    public long addVillage(String name, String code) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LedgerException("请填写村名。");
        }
        if (ledger.read(v -> v.villages().byName(n)).isPresent()) {
            throw new LedgerException("“" + n + "”已在村列表中。");
        }
        long order = ledger.read(v -> v.villages().count()) + 1;
        return ledger.write(settings.change(), tx -> tx.villages().add(new Village(null, n, blankToNull(code), order,
                true)));
    }

    /** Adds a group (村民小组/自然村) to a village; returns its id. */
    public long addGroup(long villageId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new LedgerException("请填写村民小组名称。");
        }
        if (ledger.read(v -> v.villages().list()).stream().noneMatch(x -> x.id() == villageId)) {
            throw new LedgerException("找不到这个村（编号 " + villageId + "）。");
        }
        if (ledger.read(v -> v.villages().groups(villageId)).stream().anyMatch(g -> g.name().equals(n))) {
            throw new LedgerException("“" + n + "”已在这个村的小组中。");
        }
        return ledger.write(settings.change(), tx -> tx.villages().addGroup(new VillageGroup(null, villageId, n)));
    }

    /** Creates a household with its head in one transaction; returns the household's id. */
    public long createHousehold(Household household, Member head, String reason) {
        Household h = trimmed(household);
        List<Finding> findings = new ArrayList<>(checkHousehold(h));
        Member m = normalise(head.inHousehold(0));
        if (!Member.HEAD.equals(m.relation())) {
            findings.add(Finding.error("relation", "HEAD_FIRST", "新建农户时先录入户主，与户主关系应为“户主”。"));
        }
        findings.addAll(ledger.read(v -> MemberRules.check(m, List.of(), today(),
                id -> v.members().holderOf(id, null))));
        String why = Findings.requireSavable(findings, reason);
        return ledger.write(change(why), tx -> {
            long id = tx.households().add(h);
            tx.members().add(m.inHousehold(id));
            return id;
        });
    }

    /** Changes a household's own fields. */
    public void updateHousehold(Household household, String reason) {
        Household h = trimmed(household);
        String why = Findings.requireSavable(checkHousehold(h), reason);
        ledger.update(change(why), tx -> tx.households().update(h));
    }

    /** Adds a member to a household; returns its id. */
    public long addMember(Member member, String reason) {
        Member m = normalise(member);
        String why = Findings.requireSavable(ledger.read(v -> check(v, m)), reason);
        return ledger.write(change(why), tx -> tx.members().add(m));
    }

    /** Changes a member (never their household: people leave and join with dates instead). */
    public void updateMember(Member member, String reason) {
        Member m = normalise(member);
        Member before = ledger.read(v -> v.members().get(m.id()))
                .orElseThrow(() -> new LedgerException("找不到这名成员（编号 " + m.id() + "）。"));
        if (before.householdId() != m.householdId()) {
            throw new LedgerException("成员不能直接改到另一户：请在原户登记“迁出”，再在新户新增。");
        }
        String why = Findings.requireSavable(ledger.read(v -> check(v, m)), reason);
        ledger.update(change(why), tx -> tx.members().update(m));
    }

    /** Marks a member as having left (死亡/迁出/婚出/其他) on a date; nobody is ever deleted. */
    public void markLeft(long memberId, LocalDate on, String leftReason, String reason) {
        Member m = ledger.read(v -> v.members().get(memberId))
                .orElseThrow(() -> new LedgerException("找不到这名成员（编号 " + memberId + "）。"));
        if (m.leftOn() != null) {
            throw new LedgerException(m.name() + " 已于 " + m.leftOn() + " 登记为" + m.leftReason() + "。");
        }
        if (on == null || codes("left_reason").stream().noneMatch(c -> c.code().equals(leftReason))) {
            throw new LedgerException("请填写离开日期和原因（死亡/迁出/婚出/其他）。");
        }
        Member left = new Member(m.id(), m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(),
                m.idFlag(), m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(),
                m.health(), m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(),
                m.seriousIllnessInsurance(), m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(),
                m.publicPostMonths(), m.phone(), m.personNo(), on, leftReason);
        List<Finding> findings = new ArrayList<>(ledger.read(v -> check(v, left)));
        if (Member.HEAD.equals(m.relation())) {
            findings.add(Finding.warning("relation", "HEAD_LEFT",
                    "户主离开后，本户没有户主：请随后把另一名成员设为户主。"));
        }
        String why = Findings.requireSavable(findings, reason);
        ledger.update(change(why), tx -> tx.members().update(left));
    }

    /** Sets a year's income block (amounts in fen, none negative). */
    public void putIncome(IncomeYear income) {
        long[] amounts = {income.wageIncome(), income.businessIncome(), income.propertyIncome(),
            income.transferIncome(), income.businessExpense(), income.claimsIncome(), income.compliantSelfPaid()};
        for (long a : amounts) {
            if (a < 0) {
                throw new LedgerException("收入和支出金额不能为负数。");
            }
        }
        if (income.year() < 2000 || income.year() > today().getYear()) {
            throw new LedgerException("收入年度应在 2000 年到今年之间，实际为 " + income.year() + "。");
        }
        ledger.update(settings.change(), tx -> tx.households().putIncome(income));
    }

    /** Records a 三保障 + water check; returns its id. */
    public long addGuaranteeCheck(GuaranteeCheck check) {
        if (check.checkedOn() == null || check.checkedOn().isAfter(today())) {
            throw new LedgerException("请填写核查日期（不能晚于今天）。");
        }
        if (!check.housingSafe() && check.housingGrade() != null && Set.of("A", "B").contains(check.housingGrade())) {
            throw new LedgerException("住房鉴定为 " + check.housingGrade() + " 级是安全住房，与“住房不安全”矛盾。");
        }
        return ledger.write(settings.change(), tx -> tx.households().addGuaranteeCheck(check));
    }

    // ---- helpers

    /**
     * The member as it is stored: the ID normalised (full-width digits, spaces, lower-case x …); gender and
     * birth date taken from a valid ID when left empty; a document that is not a resident ID flagged.
     */
    static Member normalise(Member m) {
        String raw = m.idNumberRaw() != null && !m.idNumberRaw().isBlank() ? m.idNumberRaw().strip()
                : m.idNumber() == null ? null : m.idNumber().strip();
        String idNumber = null;
        String flag = m.idFlag();
        String gender = m.gender();
        LocalDate birth = m.birthDate();
        if (raw != null && !raw.isEmpty() && IdNumber.check(raw) instanceof IdCheck.Valid valid) {
            idNumber = valid.id().value();
            flag = null;
            gender = gender == null || gender.isBlank() ? valid.id().genderCode() : gender;
            birth = birth == null ? valid.id().birthDate() : birth;
        } else if (m.idType() != null && !RESIDENT_ID_TYPES.contains(m.idType()) && flag == null) {
            flag = OTHER_DOCUMENT;
        }
        return new Member(m.id(), m.householdId(), m.name() == null ? null : m.name().strip(), m.idType(), idNumber,
                raw, flag, gender, birth, m.ethnicity(), m.relation(), blankToNull(m.education()),
                blankToNull(m.schoolStatus()), m.health(), m.labourSkill(), m.workStatus(), m.workMonths(),
                m.medicalInsurance(), m.seriousIllnessInsurance(), m.pensionInsurance(), m.dibao(), m.tekun(),
                blankToNull(m.publicPost()), m.publicPostMonths(), blankToNull(m.phone()), m.personNo(), m.leftOn(),
                m.leftReason());
    }

    private static Household trimmed(Household h) {
        return new Household(h.id(), h.householdNo() == null ? null : h.householdNo().strip(), h.villageId(),
                h.groupId(), h.householdType(), h.noLabourCapacity(), blankToNull(h.phone()), blankToNull(h.address()),
                blankToNull(h.note()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Change change(String reason) {
        return reason == null ? settings.change() : settings.change().because(reason);
    }
}
