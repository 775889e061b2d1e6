package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member form (新增成员 / 编辑成员, and the head of a new household): every field of a member, checked by
 * the rules as the clerk types. Errors block saving; warnings may be saved with a reason, which goes to the
 * audit row. Gender and birth date are filled from a valid ID number while they are empty.
 */
public final class MemberFormViewModel extends MemberFields {

    /** The form's fields, named as the rules name them (the {@link Member} record components). */
    public static final List<String> FIELDS = List.of("name", "idType", "idNumber", "gender", "birthDate",
            "ethnicity", "relation", "education", "schoolStatus", "health", "labourSkill", "workStatus", "workMonths",
            "medicalInsurance", "seriousIllnessInsurance", "pensionInsurance", "dibao", "tekun", "publicPost",
            "publicPostMonths", "phone", "personNo");

    private static final Logger LOG = LoggerFactory.getLogger(MemberFormViewModel.class);
    /** The runner's lane of the as-you-type check (a newer check replaces an older one). */
    static final String CHECK_LANE = "member-check";

    private final LedgerServices services;
    private final Background background;
    private final FormCodes codes;

    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper recordErrors = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordWarnings = new ReadOnlyStringWrapper("");
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.form.save"));
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    private String autoGender;
    private String autoBirth;
    private boolean quiet;
    private Long savedId;

    /**
     * A form for a member of a household.
     *
     * @param existing the member to edit, or null to add one
     */
    public MemberFormViewModel(LedgerServices services, Background background, FormCodes codes, long householdId,
            Member existing) {
        this(services, background, codes, householdId, existing, false);
    }

    private MemberFormViewModel(LedgerServices services, Background background, FormCodes codes, long householdId,
            Member existing, boolean headFixed) {
        super(householdId, existing, headFixed);
        this.services = services;
        this.background = background;
        this.codes = codes;
        FIELDS.forEach(f -> fields.put(f, new FieldState()));
        quiet = true;
        if (existing != null) {
            fill(existing);
        } else if (headFixed) {
            relation.set(Member.HEAD);
        }
        quiet = false;
        idNumber.addListener((o, a, b) -> autofill());
        gender.addListener((o, a, b) -> {
            if (!quiet && !Objects.equals(b, autoGender)) {
                autoGender = null; // the clerk chose it
            }
        });
        birth.addListener((o, a, b) -> {
            if (!quiet && !Objects.equals(b, autoBirth)) {
                autoBirth = null;
            }
        });
        inputs().forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    /** The head of a household that does not exist yet: relation fixed to 户主, saved with the household. */
    public static MemberFormViewModel forNewHead(LedgerServices services, Background background, FormCodes codes) {
        return new MemberFormViewModel(services, background, codes, 0, null, true);
    }

    // ---- as the clerk types

    /** Fills gender and birth date from a valid ID while they are empty (or still what was filled before). */
    private void autofill() {
        Optional<IdNumber> id = IdNumber.check(Formats.orEmpty(idNumber.get())) instanceof IdCheck.Valid v
                ? Optional.of(v.id()) : Optional.empty();
        String g = id.map(IdNumber::genderCode).orElse(null);
        String b = id.map(x -> x.birthDate().toString()).orElse(null);
        boolean was = quiet;
        quiet = true;
        try {
            if (Formats.isBlank(gender.get()) || Objects.equals(gender.get(), autoGender)) {
                autoGender = g;
                gender.set(g);
            }
            if (Formats.isBlank(birth.get()) || Objects.equals(birth.get(), autoBirth)) {
                autoBirth = b;
                birth.set(b == null ? "" : b);
            }
        } finally {
            quiet = was;
        }
    }

    /**
     * Checks the draft with the rules and shows each finding next to its field. The rules read the ledger (an ID
     * number another member holds), so the check runs off the FX thread; a newer keystroke's check replaces an
     * older one, and the findings change when it comes back.
     */
    public void validate() {
        if (quiet) {
            return;
        }
        List<Finding> local = new ArrayList<>();
        Member draft = draft(local);
        background.task(p -> check(draft))
                .quiet()
                .latest(CHECK_LANE)
                .onSuccess(found -> {
                    List<Finding> all = new ArrayList<>(local);
                    all.addAll(found);
                    showFindings(all);
                })
                .start();
    }

    /** Off the FX thread: the rules' findings about the draft (a failed check is a finding too). */
    private List<Finding> check(Member draft) {
        try {
            return services.households().checkMember(draft);
        } catch (RuntimeException e) {
            LOG.warn("Checking a member failed", e);
            return List.of(Finding.error(null, "CHECK_FAILED", Messages.t("hh.form.checkFailed", e.getMessage())));
        }
    }

    private void showFindings(List<Finding> all) {
        Map<String, List<Finding>> byField = new LinkedHashMap<>();
        List<Finding> record = new ArrayList<>();
        for (Finding f : all) {
            String field = "idNumberRaw".equals(f.field()) ? "idNumber" : f.field();
            if (field != null && fields.containsKey(field)) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(f);
            } else {
                record.add(f);
            }
        }
        fields.forEach((field, state) -> state.show(byField.getOrDefault(field, List.of())));
        recordErrors.set(lines(record.stream().filter(Finding::isError).toList()));
        recordWarnings.set(lines(record.stream().filter(f -> !f.isError()).toList()));
        findings.set(List.copyOf(all));
        gate.show(all);
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(Finding::message).distinct().collect(Collectors.joining("\n"));
    }

    // ---- saving

    /**
     * Saves (adds or updates) the member, off the FX thread. Refuses at once while there is an error; with
     * warnings, asks for the reason first ({@link #reasonMissingProperty()}). Before writing, the draft is checked
     * once more; once written, {@link #savedProperty()} turns true; a refusal of the ledger shows as the form's
     * message.
     */
    public void onSave() {
        if (headFixed) {
            throw new IllegalStateException("the head of a new household is saved with the household");
        }
        if (saving.get() || !gate.mayProceed()) {
            return;
        }
        List<Finding> local = new ArrayList<>();
        Member m = draft(local);
        String reason = gate.reasonOrNull();
        saving.set(true);
        background.task(p -> {
            List<Finding> all = new ArrayList<>(local);
            all.addAll(check(m));
            boolean warnings = !Findings.warnings(all).isEmpty();
            if (Findings.hasErrors(all) || warnings && reason == null) {
                return new Attempt(all, null);
            }
            String why = warnings ? reason : null;
            if (existing == null) {
                return new Attempt(all, services.households().addMember(m, why));
            }
            services.households().updateMember(m, why);
            return new Attempt(all, existing.id());
        }).busyText(Messages.t("hh.saving")).onSuccess(a -> {
            if (a.savedId() == null) {
                showFindings(a.findings()); // something changed since the last check: the form says what
                gate.mayProceed();
            } else {
                savedId = a.savedId();
                saved.set(true);
            }
        }).onFailure(e -> gate.refused(asRuntime(e), LOG, "Saving a member failed"))
                .onFinally(() -> saving.set(false))
                .start();
    }

    /** What a save found: the findings of the last check, and the member's id when it was written. */
    private record Attempt(List<Finding> findings, Long savedId) {
    }

    static RuntimeException asRuntime(Throwable e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }

    // ---- choices

    /** The entries of a code list, with an empty choice first when the field may stay empty. */
    public List<Choice<String>> codes(String list, boolean withEmpty) {
        List<Choice<String>> out = new ArrayList<>();
        if (withEmpty) {
            out.add(Choice.of(Messages.t("hh.form.unset"), null));
        }
        for (CodeEntry c : codes.of(list)) {
            if (c.active()) {
                // 民族 is stored by name (as the rosters write it); the other lists store their code
                out.add(Choice.of(c.label(), "ethnicity".equals(list) ? c.label() : c.code()));
            }
        }
        return out;
    }

    // ---- properties

    /** True once the member was written (the form closes). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean isSaved() {
        return saved.get();
    }

    /** True while a save runs (保存 is disabled). */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public boolean isNew() {
        return existing == null;
    }

    public boolean isHeadFixed() {
        return headFixed;
    }

    /** The id of the member saved last (once {@link #savedProperty()} is true). */
    public Long savedId() {
        return savedId;
    }

    public FieldState field(String field) {
        FieldState s = fields.get(field);
        if (s == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return s;
    }

    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public List<Finding> findings() {
        return findings.get();
    }

    public ReadOnlyStringProperty recordErrorsProperty() {
        return recordErrors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordWarningsProperty() {
        return recordWarnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return gate.hasErrorsProperty();
    }

    public ReadOnlyBooleanProperty hasWarningsProperty() {
        return gate.hasWarningsProperty();
    }

    public ReadOnlyStringProperty saveLabelProperty() {
        return gate.saveLabelProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return gate.messageProperty();
    }

    public ReadOnlyBooleanProperty reasonMissingProperty() {
        return gate.reasonMissingProperty();
    }

    public StringProperty reasonProperty() {
        return gate.reasonProperty();
    }

    /** The save gate, for the form's {@link SaveBar}. */
    FindingsGate gate() {
        return gate;
    }
}
