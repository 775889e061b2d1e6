package cn.bangfu.ledger.logic.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdFilter.Sort;
import cn.bangfu.ledger.model.HouseholdPage;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household list's search, filters and sorting on a small hand-made town. */
class HouseholdSearchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Change CLERK = Change.by("李会计");

    @TempDir
    Path dir;

    Ledger ledger;
    HouseholdSearch search;
    long a;
    long b;
    long c;
    long d;
    String idZhang;
    String idLi;
    long liId;
    long zhangId;

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    static Member person(long hh, String name, String id, String relation, String gender, String phone) {
        return new Member(null, hh, name, "居民身份证", id, id, null, gender, IdNumber.parse(id).birthDate(), "汉族",
                relation, "初中", null, "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受", null,
                null, phone, null, null, null);
    }

    static Household household(String no, long village, String type, String phone) {
        return new Household(null, no, village, null, type, false, phone, null, null);
    }

    static Episode episode(long hh, String category, YearMonth identified, boolean eliminated) {
        return new Episode(null, hh, category, "干部排查", identified, "王干部", null, eliminated,
                eliminated ? Episode.ASSISTED : null, eliminated ? identified.plusMonths(7) : null, null, null);
    }

    @BeforeEach
    void town() {
        ledger = Ledger.open(dir.resolve("l.db"));
        search = new HouseholdSearch(ledger);
        idZhang = id("44152319700101001");
        idLi = id("44152319720202002");
        ledger.update(CLERK, tx -> {
            long east = tx.villages().add(Village.named("东坑村", 1));
            long west = tx.villages().add(Village.named("西岭村", 2));
            a = tx.households().add(household("0001", east, "脱贫户", null));
            zhangId = tx.members().add(person(a, "张三丰", idZhang, "户主", "1", null));
            liId = tx.members().add(person(a, "李梅", idLi, "配偶", "2", "13800001111"));
            b = tx.households().add(household("0002", east, "一般农户", "13912345678"));
            tx.members().add(person(b, "曾国强", id("44152319800303003"), "户主", "1", null));
            c = tx.households().add(household("0003", west, "一般农户", null));
            tx.members().add(person(c, "王五", id("44152319650404004"), "户主", "1", null));
            long ce = tx.episodes().add(episode(c, "边缘易致贫户", YearMonth.of(2026, 1), false), List.of("因病", "因学"));
            d = tx.households().add(household("0004", west, "脱贫户", null));
            tx.members().add(person(d, "刘一", id("44152319550505005"), "户主", "1", null));
            tx.episodes().add(episode(d, "脱贫不稳定户", YearMonth.of(2025, 1), true), List.of("因残"));
            tx.measures().add(measure(d, "产业帮扶", LocalDate.of(2025, 2, 1)));
            tx.measures().add(measure(c, "健康帮扶", LocalDate.of(2026, 2, 1))); // not developmental
            assertThat(ce).isPositive();
        });
    }

    static Measure measure(long hh, String family, LocalDate start) {
        return new Measure(null, hh, null, family, "细节", start, null, 100_000L, "衔接资金", null, "王干部", null);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    HouseholdPage find(String text) {
        return search.search(HouseholdFilter.all(TODAY).withText(text));
    }

    List<Long> ids(HouseholdPage page) {
        return page.rows().stream().map(HouseholdRow::id).toList();
    }

    HouseholdFilter filter(String text, Long village, String type, String category, String risk, String family,
            Boolean eliminated, boolean noDev, Sort sort, boolean desc, int limit) {
        return new HouseholdFilter(text, village, type, category, risk, family, eliminated, noDev, TODAY, sort, desc,
                limit);
    }

    @Test
    void findsByNamePinyinInitialsIdPartsHouseholdNumberAndPhone() {
        assertThat(ids(find("张三"))).containsExactly(a);
        assertThat(ids(find("zsf"))).containsExactly(a);
        assertThat(ids(find("ZSF"))).containsExactly(a);
        assertThat(ids(find("李梅"))).containsExactly(a); // any member, not only the head
        assertThat(ids(find("zgq"))).containsExactly(b); // 曾 read zeng …
        assertThat(ids(find("cgq"))).containsExactly(b); // … and ceng
        assertThat(ids(find(idZhang.substring(12)))).containsExactly(a);
        assertThat(ids(find(idLi.substring(0, 6)))).hasSize(4); // the county prefix is everyone's
        assertThat(ids(find("0002"))).containsExactly(b);
        assertThat(ids(find("91234"))).containsExactly(b); // household phone
        assertThat(ids(find("00001111"))).containsExactly(a); // member phone
        assertThat(find("  ").total()).isEqualTo(4);
        assertThat(find("不存在的人").total()).isZero();
    }

    @Test
    void aMatchThroughAnotherMemberSaysWhoForThePageShown() {
        HouseholdRow viaWife = find("lm").rows().getFirst(); // 李梅's initials
        assertThat(viaWife.id()).isEqualTo(a);
        assertThat(viaWife.matched()).isEqualTo(new cn.bangfu.ledger.model.MemberMatch("李梅", "配偶", false));
        assertThat(find("00001111").rows().getFirst().matched().name()).isEqualTo("李梅"); // her phone
        assertThat(find("张三").rows().getFirst().matched()).isNull(); // the head: the row shows him already
        assertThat(find("0002").rows().getFirst().matched()).isNull(); // the 户编号: no member
        assertThat(find(null).rows()).allMatch(r -> r.matched() == null);
    }

    @Test
    void pagesAreCutInSql() {
        HouseholdFilter all = HouseholdFilter.all(TODAY);
        List<Long> every = ids(search.search(all));
        assertThat(every).hasSize(4);
        assertThat(ids(search.search(all.page(0, 3)))).isEqualTo(every.subList(0, 3));
        HouseholdPage second = search.search(all.page(3, 3));
        assertThat(ids(second)).isEqualTo(every.subList(3, 4));
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void wildcardsTypedByTheClerkAreLiteral() {
        assertThat(find("%").total()).isZero();
        assertThat(find("_").total()).isZero();
        assertThat(find("张%丰").total()).isZero();
    }

    @Test
    void showsHeadPersonsCategoryAndOpenRisks() {
        HouseholdRow rowA = find("0001").rows().getFirst();
        assertThat(rowA.head()).isEqualTo("张三丰");
        assertThat(rowA.persons()).isEqualTo(2);
        assertThat(rowA.village()).isEqualTo("东坑村");
        assertThat(rowA.category()).isNull();
        assertThat(rowA.monitored()).isFalse();
        assertThat(rowA.changedAt()).isNotNull();
        HouseholdRow rowC = find("0003").rows().getFirst();
        assertThat(rowC.category()).isEqualTo("边缘易致贫户");
        assertThat(rowC.monitored()).isTrue();
        assertThat(rowC.risks()).isEqualTo("因病、因学");
        HouseholdRow rowD = find("0004").rows().getFirst();
        assertThat(rowD.category()).isEqualTo("脱贫不稳定户");
        assertThat(rowD.monitored()).isFalse();
        assertThat(rowD.risks()).isNull(); // eliminated: no open risks
    }

    @Test
    void filtersByVillageTypeCategoryRiskMeasureEliminationAndMissingDevelopmentMeasure() {
        long west = ledger.read(v -> v.villages().byName("西岭村")).orElseThrow().id();
        assertThat(ids(search.search(filter(null, west, null, null, null, null, null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c, d);
        assertThat(ids(search.search(filter(null, null, "脱贫户", null, null, null, null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(a, d);
        assertThat(ids(search.search(filter(null, null, null, "边缘易致贫户", null, null, null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c);
        assertThat(ids(search.search(filter(null, null, null, null, "因学", null, null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c);
        assertThat(ids(search.search(filter(null, null, null, null, "因残", null, null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .as("risks of an eliminated episode are not open risks").isEmpty();
        assertThat(ids(search.search(filter(null, null, null, null, null, "产业帮扶", null, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(d);
        assertThat(ids(search.search(filter(null, null, null, null, null, null, true, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(d);
        assertThat(ids(search.search(filter(null, null, null, null, null, null, false, false, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c);
        assertThat(ids(search.search(filter(null, null, null, null, null, null, null, true, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c);
        // combined with text
        assertThat(search.search(filter("zsf", west, null, null, null, null, null, false, Sort.HOUSEHOLD_NO, false, 100))
                .total()).isZero();
    }

    @Test
    void aDevelopmentMeasureThatHasNotStartedYetDoesNotCount() {
        ledger.update(CLERK, tx -> tx.measures().add(measure(c, "就业帮扶", TODAY.plusDays(10))));
        assertThat(ids(search.search(filter(null, null, null, null, null, null, null, true, Sort.HOUSEHOLD_NO, false, 100))))
                .containsExactly(c);
    }

    @Test
    void aDevelopmentMeasureSinceIdentificationTakesTheHouseholdOffTheQueue() {
        ledger.update(CLERK, tx -> tx.measures().add(measure(c, "就业帮扶", LocalDate.of(2026, 3, 1))));
        assertThat(search.search(filter(null, null, null, null, null, null, null, true, Sort.HOUSEHOLD_NO, false, 100))
                .total()).isZero();
    }

    @Test
    void sortsInSqlAndCutsToTheLimitWithTheExactTotal() {
        // by the head's pinyin initials: 曾 (cgq or zgq: first reading c) < 刘 (ly) < 王 (ww) < 张 (zsf)
        assertThat(ids(search.search(filter(null, null, null, null, null, null, null, false, Sort.HEAD, false, 100))))
                .containsExactly(b, d, c, a);
        assertThat(ids(search.search(filter(null, null, null, null, null, null, null, false, Sort.HOUSEHOLD_NO, true, 100))))
                .containsExactly(d, c, b, a);
        assertThat(ids(search.search(filter(null, null, null, null, null, null, null, false, Sort.PERSONS, true, 100))).getFirst())
                .isEqualTo(a);
        HouseholdPage page = search.search(filter(null, null, null, null, null, null, null, false, Sort.VILLAGE, false, 2));
        assertThat(page.rows()).hasSize(2);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void theSummaryFollowsEveryChangeOfMembers() {
        Member li = ledger.read(v -> v.members().get(liId)).orElseThrow();
        ledger.update(CLERK.because("婚出"), tx -> tx.members().update(new Member(li.id(), li.householdId(), li.name(),
                li.idType(), li.idNumber(), li.idNumberRaw(), li.idFlag(), li.gender(), li.birthDate(), li.ethnicity(),
                li.relation(), li.education(), li.schoolStatus(), li.health(), li.labourSkill(), li.workStatus(),
                li.workMonths(), li.medicalInsurance(), li.seriousIllnessInsurance(), li.pensionInsurance(), li.dibao(),
                li.tekun(), li.publicPost(), li.publicPostMonths(), li.phone(), li.personNo(), TODAY, "婚出")));
        HouseholdRow rowA = find("0001").rows().getFirst();
        assertThat(rowA.persons()).isEqualTo(1);
        assertThat(ids(find("李梅"))).as("people who left can still be found").containsExactly(a);

        Member zhang = ledger.read(v -> v.members().get(zhangId)).orElseThrow();
        String before = rowA.changedAt();
        ledger.update(CLERK, (LedgerTx tx) -> tx.members().update(new Member(zhang.id(), zhang.householdId(), "张四丰",
                zhang.idType(), zhang.idNumber(), zhang.idNumberRaw(), zhang.idFlag(), zhang.gender(), zhang.birthDate(),
                zhang.ethnicity(), zhang.relation(), zhang.education(), zhang.schoolStatus(), zhang.health(),
                zhang.labourSkill(), zhang.workStatus(), zhang.workMonths(), zhang.medicalInsurance(),
                zhang.seriousIllnessInsurance(), zhang.pensionInsurance(), zhang.dibao(), zhang.tekun(),
                zhang.publicPost(), zhang.publicPostMonths(), zhang.phone(), zhang.personNo(), null, null)));
        assertThat(find("0001").rows().getFirst().head()).isEqualTo("张四丰");
        assertThat(ids(find("张三丰"))).isEmpty();
        assertThat(ids(find("zsf"))).containsExactly(a); // 四 is s too
        assertThat(find("0001").rows().getFirst().changedAt()).isGreaterThanOrEqualTo(before);
        assertThat(ledger.<List<cn.bangfu.ledger.model.AuditEntry>>read(v -> v.audit().ofEntity("member", String.valueOf(zhangId))))
                .hasSize(2).last().satisfies(e -> assertThat(e.afterJson()).isEqualTo("{\"name\":\"张四丰\"}"));
    }
}
