package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The fields of the member form as the clerk typed them, and the member they make ({@link #draft}); the form
 * ({@link MemberFormViewModel}) checks and saves it.
 */
public abstract class MemberFields {

    private static final String DEFAULT_ID_TYPE = "居民身份证";

    final long householdId;
    final Member existing;
    final boolean headFixed;
    private final String originalIdText;

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty idType = new SimpleStringProperty(DEFAULT_ID_TYPE);
    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty gender = new SimpleStringProperty();
    final StringProperty birth = new SimpleStringProperty("");
    final StringProperty ethnicity = new SimpleStringProperty();
    final StringProperty relation = new SimpleStringProperty();
    final StringProperty education = new SimpleStringProperty();
    final StringProperty schoolStatus = new SimpleStringProperty();
    final StringProperty health = new SimpleStringProperty();
    final StringProperty labourSkill = new SimpleStringProperty();
    final StringProperty workStatus = new SimpleStringProperty();
    final StringProperty workMonths = new SimpleStringProperty("");
    final ObjectProperty<Boolean> medicalInsurance = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> seriousIllnessInsurance = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> pensionInsurance = new SimpleObjectProperty<>();
    final StringProperty dibao = new SimpleStringProperty();
    final StringProperty tekun = new SimpleStringProperty();
    final StringProperty publicPost = new SimpleStringProperty("");
    final StringProperty publicPostMonths = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty personNo = new SimpleStringProperty("");

    MemberFields(long householdId, Member existing, boolean headFixed) {
        this.householdId = householdId;
        this.existing = existing;
        this.headFixed = headFixed;
        this.originalIdText = existing == null ? "" : displayId(existing);
    }

    /** Every field, in the order of the form. */
    final List<ObservableValue<?>> inputs() {
        return List.of(name, idType, idNumber, gender, birth, ethnicity, relation, education, schoolStatus, health,
                labourSkill, workStatus, workMonths, medicalInsurance, seriousIllnessInsurance, pensionInsurance,
                dibao, tekun, publicPost, publicPostMonths, phone, personNo);
    }

    private static String displayId(Member m) {
        return m.idNumber() != null ? m.idNumber() : Formats.orEmpty(m.idNumberRaw());
    }

    final void fill(Member m) {
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

    /** The member as it would be saved; problems reading the typed text are added to {@code problems}. */
    final Member draft(List<Finding> problems) {
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
    final Member draft() {
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
}
