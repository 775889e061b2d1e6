package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.FieldState;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member form (新增成员 / 编辑成员, and the head of a new household): every field of a member, checked by
 * the rules as the clerk types. Errors block saving; warnings may be saved with a reason, which goes to the
 * audit row. Gender and birth date are filled from a valid ID number while they are empty.
 */
public final class MemberFormViewModel {

    /** The form's fields, named as the rules name them (the {@link Member} record components). */
    public static final List<String> FIELDS = List.of("name", "idType", "idNumber", "gender", "birthDate",
            "ethnicity", "relation", "education", "schoolStatus", "health", "labourSkill", "workStatus", "workMonths",
            "medicalInsurance", "seriousIllnessInsurance", "pensionInsurance", "dibao", "tekun", "publicPost",
            "publicPostMonths", "phone", "personNo");

    private static final Logger LOG = LoggerFactory.getLogger(MemberFormViewModel.class);
    private static final String DEFAULT_ID_TYPE = "居民身份证";

    private final LedgerServices services;
    private final long householdId;
    private final Member existing;
    private final boolean headFixed;
    private final String originalIdText;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idType = new SimpleStringProperty(DEFAULT_ID_TYPE);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty gender = new SimpleStringProperty();
    private final StringProperty birth = new SimpleStringProperty("");
    private final StringProperty ethnicity = new SimpleStringProperty();
    private final StringProperty relation = new SimpleStringProperty();
    private final StringProperty education = new SimpleStringProperty();
    private final StringProperty schoolStatus = new SimpleStringProperty();
    private final StringProperty health = new SimpleStringProperty();
    private final StringProperty labourSkill = new SimpleStringProperty();
    private final StringProperty workStatus = new SimpleStringProperty();
    private final StringProperty workMonths = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> medicalInsurance = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> seriousIllnessInsurance = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> pensionInsurance = new SimpleObjectProperty<>();
    private final StringProperty dibao = new SimpleStringProperty();
    private final StringProperty tekun = new SimpleStringProperty();
    private final StringProperty publicPost = new SimpleStringProperty("");
    private final StringProperty publicPostMonths = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty personNo = new SimpleStringProperty("");

    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper recordErrors = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordWarnings = new ReadOnlyStringWrapper("");
    private final FindingsGate gate = new FindingsGate(Messages.t("hh.form.save"));

    private String autoGender;
    private String autoBirth;
    private boolean quiet;
    private Long savedId;

    /**
     * A form for a member of a household.
     *
     * @param existing the member to edit, or null to add one
     */
    public MemberFormViewModel(LedgerServices services, long householdId, Member existing) {
        this(services, householdId, existing, false);
    }

    private MemberFormViewModel(LedgerServices services, long householdId, Member existing, boolean headFixed) {
        this.services = services;
        this.householdId = householdId;
        this.existing = existing;
        this.headFixed = headFixed;
        FIELDS.forEach(f -> fields.put(f, new FieldState()));
        this.originalIdText = existing == null ? "" : displayId(existing);
        quiet = true;
        if (existing != null) {
            fill(existing);
        } else if (headFixed) {
            relation.set(Member.HEAD);
        }
        quiet = false;
        List<ObservableValue<?>> inputs = List.of(name, idType, idNumber, gender, birth, ethnicity, relation,
                education, schoolStatus, health, labourSkill, workStatus, workMonths, medicalInsurance,
                seriousIllnessInsurance, pensionInsurance, dibao, tekun, publicPost, publicPostMonths, phone,
                personNo);
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
        inputs.forEach(p -> p.addListener((o, a, b) -> validate()));
        validate();
    }

    /** The head of a household that does not exist yet: relation fixed to 户主, saved with the household. */
    public static MemberFormViewModel forNewHead(LedgerServices services) {
        return new MemberFormViewModel(services, 0, null, true);
    }

    private static String displayId(Member m) {
        return m.idNumber() != null ? m.idNumber() : Formats.orEmpty(m.idNumberRaw());
    }

    private void fill(Member m) {
        name.set(Formats.orEmpty(m.name()));
        idType.set(m.idType() == null ? DEFAULT_ID_TYPE : m.idType());
        idNumber.set(displayId(m));
        gender.set(m.gender());
        birth.set(Formats.date(m.birthDate()));
        ethnicity.set(m.ethnicity());
        relation.set(m.relation());
        education.set(m.education());
        schoolStatus.set(m.schoolStatus());
        health.set(m.health());
        labourSkill.set(m.labourSkill());
        workStatus.set(m.workStatus());
        workMonths.set(m.workMonths() == null ? "" : m.workMonths().toString());
        medicalInsurance.set(m.medicalInsurance());
        seriousIllnessInsurance.set(m.seriousIllnessInsurance());
        pensionInsurance.set(m.pensionInsurance());
        dibao.set(m.dibao());
        tekun.set(m.tekun());
        publicPost.set(Formats.orEmpty(m.publicPost()));
        publicPostMonths.set(m.publicPostMonths() == null ? "" : m.publicPostMonths().toString());
        phone.set(Formats.orEmpty(m.phone()));
        personNo.set(Formats.orEmpty(m.personNo()));
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

    /** Checks the draft with the rules and shows each finding next to its field. */
    public void validate() {
        if (quiet) {
            return;
        }
        List<Finding> all = new ArrayList<>();
        Member draft = draft(all);
        try {
            all.addAll(services.households().checkMember(draft));
        } catch (RuntimeException e) {
            LOG.warn("Checking a member failed", e);
            all.add(Finding.error(null, "CHECK_FAILED", Messages.t("hh.form.checkFailed", e.getMessage())));
        }
        showFindings(all);
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

    /** The member as it would be saved; problems reading the typed text are added to {@code problems}. */
    Member draft(List<Finding> problems) {
        LocalDate birthDate = null;
        try {
            birthDate = Formats.parseDate(birth.get());
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error("birthDate", "BIRTH_FORMAT", e.getMessage()));
        }
        if (!headFixed && Formats.isBlank(relation.get())) {
            // the ledger requires it (member.relation is NOT NULL), but the rules do not say so
            problems.add(Finding.error("relation", "RELATION_REQUIRED", Messages.t("hh.mf.relationRequired")));
        }
        Long months = months("workMonths", workMonths.get(), problems);
        Long postMonths = months("publicPostMonths", publicPostMonths.get(), problems);
        String typedId = Formats.orEmpty(idNumber.get()).strip();
        String idNo;
        String idRaw;
        String idFlag;
        if (existing != null && typedId.equals(originalIdText.strip())) {
            idNo = existing.idNumber(); // unchanged: keep it exactly as stored, with its flag
            idRaw = existing.idNumberRaw();
            idFlag = existing.idFlag();
        } else {
            idNo = null;
            idRaw = typedId.isEmpty() ? null : typedId;
            idFlag = null;
        }
        return new Member(existing == null ? null : existing.id(), householdId, Formats.orEmpty(name.get()).strip(),
                blankToNull(idType.get()), idNo, idRaw, idFlag, blankToNull(gender.get()), birthDate,
                blankToNull(ethnicity.get()), headFixed ? Member.HEAD : blankToNull(relation.get()),
                blankToNull(education.get()), blankToNull(schoolStatus.get()), blankToNull(health.get()),
                blankToNull(labourSkill.get()), blankToNull(workStatus.get()), months, medicalInsurance.get(),
                seriousIllnessInsurance.get(), pensionInsurance.get(), blankToNull(dibao.get()),
                blankToNull(tekun.get()), blankToNull(publicPost.get()), postMonths, blankToNull(phone.get()),
                blankToNull(personNo.get()), existing == null ? null : existing.leftOn(),
                existing == null ? null : existing.leftReason());
    }

    /** The member as it would be saved now (for the new-household form). */
    Member draft() {
        return draft(new ArrayList<>());
    }

    private static Long months(String field, String text, List<Finding> problems) {
        try {
            return Formats.parseMonths(text);
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error(field, "MONTHS_FORMAT", e.getMessage()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- saving

    /**
     * Saves (adds or updates) the member. Refuses while there is an error; with warnings, asks for the reason
     * first ({@link #reasonMissingProperty()}). Returns true when saved.
     */
    public boolean onSave() {
        if (headFixed) {
            throw new IllegalStateException("the head of a new household is saved with the household");
        }
        validate();
        if (gate.blockedByErrors() || gate.needsReasonNow()) {
            return false;
        }
        String why = gate.reasonToSave();
        Member m = draft();
        try {
            if (existing == null) {
                savedId = services.households().addMember(m, why);
            } else {
                services.households().updateMember(m, why);
                savedId = existing.id();
            }
            return true;
        } catch (RuntimeException e) {
            gate.refused(e, LOG, "Saving a member failed");
        }
        return false;
    }

    // ---- choices

    /** The entries of a code list, with an empty choice first when the field may stay empty. */
    public List<Choice<String>> codes(String list, boolean withEmpty) {
        List<Choice<String>> out = new ArrayList<>();
        if (withEmpty) {
            out.add(Choice.of(Messages.t("hh.form.unset"), null));
        }
        for (CodeEntry c : services.households().codes(list)) {
            if (c.active()) {
                // 民族 is stored by name (as the rosters write it); the other lists store their code
                out.add(Choice.of(c.label(), "ethnicity".equals(list) ? c.label() : c.code()));
            }
        }
        return out;
    }

    // ---- properties

    public boolean isNew() {
        return existing == null;
    }

    public boolean isHeadFixed() {
        return headFixed;
    }

    /** The id of the member saved last (after {@link #onSave()} returned true). */
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

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty genderProperty() {
        return gender;
    }

    /** The birth date as typed (2026-11-23). */
    public StringProperty birthProperty() {
        return birth;
    }

    public StringProperty ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty relationProperty() {
        return relation;
    }

    public StringProperty educationProperty() {
        return education;
    }

    public StringProperty schoolStatusProperty() {
        return schoolStatus;
    }

    public StringProperty healthProperty() {
        return health;
    }

    public StringProperty labourSkillProperty() {
        return labourSkill;
    }

    public StringProperty workStatusProperty() {
        return workStatus;
    }

    public StringProperty workMonthsProperty() {
        return workMonths;
    }

    public ObjectProperty<Boolean> medicalInsuranceProperty() {
        return medicalInsurance;
    }

    public ObjectProperty<Boolean> seriousIllnessInsuranceProperty() {
        return seriousIllnessInsurance;
    }

    public ObjectProperty<Boolean> pensionInsuranceProperty() {
        return pensionInsurance;
    }

    public StringProperty dibaoProperty() {
        return dibao;
    }

    public StringProperty tekunProperty() {
        return tekun;
    }

    public StringProperty publicPostProperty() {
        return publicPost;
    }

    public StringProperty publicPostMonthsProperty() {
        return publicPostMonths;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty personNoProperty() {
        return personNo;
    }

    /** The save gate, for the form's {@link SaveBar}. */
    FindingsGate gate() {
        return gate;
    }
}
