package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's fast member write ({@code MemberRepo.addAll}: a record built field by field, bound by position in
 * {@code Auditor.insertAll}) and fast read ({@code MemberRepo.currentOf}: JDBC by position) against members
 * whose 28 fields are all non-null and, but for the three insurance flags, all distinct: two columns swapped
 * anywhere in either path give a member that differs from the one written. The flags can only be true or
 * false; the two members between them differ in every pair of the three, so a swap of two flags shows in one.
 */
class MemberByPositionTest {

    @TempDir
    Path dir;

    static Member full(long householdId, String name, String id, boolean medical, boolean serious, boolean pension,
            int seed) {
        return new Member(null, householdId, name, "户口簿", id, " " + id + " ", "ID_TRUNCATED", "2",
                LocalDate.of(1980 + seed, 2, 3), "回族", "之女", "高中", "非在校生", "长期慢性病", "技能劳动力", "省外务工",
                7L, medical, serious, pension, "享受低保（二档）", "未享受特困供养", "护林员", 11L, "1391234567" + seed,
                "P-000" + seed, LocalDate.of(2025 + seed, 4, 5), "迁出");
    }

    /** The values of a member's fields, in component order. */
    static List<Object> fields(Member m) {
        return Arrays.stream(Member.class.getRecordComponents()).map(c -> {
            try {
                return c.getAccessor().invoke(m);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theFixtureFillsEveryFieldWithAValueOfItsOwn() {
        Member a = full(3, "甲", "11010519491231002X", true, false, false, 1).inHousehold(3);
        List<Object> values = fields(new Member(5L, a.householdId(), a.name(), a.idType(), a.idNumber(),
                a.idNumberRaw(), a.idFlag(), a.gender(), a.birthDate(), a.ethnicity(), a.relation(), a.education(),
                a.schoolStatus(), a.health(), a.labourSkill(), a.workStatus(), a.workMonths(), a.medicalInsurance(),
                a.seriousIllnessInsurance(), a.pensionInsurance(), a.dibao(), a.tekun(), a.publicPost(),
                a.publicPostMonths(), a.phone(), a.personNo(), a.leftOn(), a.leftReason()));
        assertThat(values).hasSize(28).doesNotContainNull();
        List<Object> notFlags = values.stream().filter(v -> !(v instanceof Boolean)).toList();
        assertThat(new HashSet<>(notFlags)).hasSize(25);
    }

    @Test
    void aMemberWrittenAndReadByPositionKeepsEveryField() {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
            long h = ledger.write(Change.by("李会计"), tx -> {
                long v = tx.villages().add(Village.named("东坑村", 1));
                tx.households().add(new Household(null, "0001", v, null, "脱贫户", false, null, null, null));
                tx.households().add(new Household(null, "0002", v, null, "脱贫户", false, null, null, null));
                return tx.households().add(new Household(null, "0003", v, null, "脱贫户", false, null, null, null));
            });
            List<Member> written = List.of(full(h, "甲", "11010519491231002X", true, false, false, 1),
                    full(h, "乙", "110105197001010015", false, true, false, 2));
            ledger.update(Change.by("李会计"), tx -> tx.members().addAll(written));

            List<Member> read = ledger.read(v -> v.members().ofHousehold(h)); // jOOQ, by column name
            assertThat(read).hasSize(2);
            for (int i = 0; i < 2; i++) {
                Member m = read.get(i);
                assertThat(m.id()).isNotNull().isNotEqualTo(m.householdId()); // keys distinct from each other too
                assertThat(fields(m).subList(1, 28)).as("written by position, read by name")
                        .isEqualTo(fields(written.get(i)).subList(1, 28));
            }
            Set<Long> ids = Set.of(read.get(0).id(), read.get(1).id());
            // the fast read's own columns and mapping (currentOf adds only "not left" to the condition)
            List<Member> fast = ledger.read(v -> v.members().byPosition(MEMBER.ID.in(ids), 2));
            assertThat(fast).as("read by position").containsExactlyElementsOf(read);
            assertThat(fast).allSatisfy(m -> assertThat(fields(m)).allSatisfy(f -> assertThat(f).isNotNull()));
            assertThat(ledger.<List<Member>>read(v -> v.members().currentOf(List.of(h)))).isEmpty(); // both left
            assertThat(written).allSatisfy(m -> assertThat(Objects.requireNonNull(m.leftOn())).isNotNull());
        }
    }
}
