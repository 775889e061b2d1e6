package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.ServiceFixture.id;
import static cn.bangfu.ledger.logic.ServiceFixture.person;
import static cn.bangfu.ledger.logic.ServiceFixture.snapshot;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Threshold;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A town's ledger built through May–November 2026 (today is 2026-11-23) for the monitoring forms:
 * <ul>
 * <li>A 张大山 (边缘易致贫户, 因病): identified in May, a measure from June, 民主评议公示 9–15 September, risk
 * eliminated (帮扶消除) in September;</li>
 * <li>B 李小红 (脱贫不稳定户, 因学 + 因病, two persons): 村内公示 8–14 October, identified in October; her son leaves
 * on 10 November;</li>
 * <li>C 王五 (突发严重困难户, 因灾): identified in August, eliminated (自然消除) in October, the elimination undone on
 * 5 November, a new 民主评议公示 from 20 November.</li>
 * </ul>
 */
final class MonthsFixture implements AutoCloseable {

    final ServiceFixture f;
    final FormContext context;
    final long a;
    final long b;
    final long c;

    MonthsFixture(Path dir) {
        f = new ServiceFixture(dir);
        context = new FormContext(f.ledger, f.settings, ServiceFixture.CLOCK);
        f.rates.putThreshold(new Threshold(2026, "全县", 8_000_00, "示县〔2026〕1号"));
        a = f.household("4415230101001", "张大山", "44152319700101001");
        long ea = f.monitoring.openEpisode(new NewEpisode(a, "边缘易致贫户", "干部排查", YearMonth.of(2026, 5),
                List.of("因病"), null, null, snapshot(1, 5_000)), null);
        f.monitoring.addMeasure(new Measure(null, a, null, "健康帮扶", "慢病签约", LocalDate.of(2026, 6, 3), null,
                null, null, null, "王干部", null), null);
        f.monitoring.addMeasure(new Measure(null, a, null, "产业帮扶", "种养奖补", LocalDate.of(2026, 11, 3), null,
                200_000L, "衔接资金", null, "王干部", null), null);
        f.monitoring.recordStep(ea, "elim_review", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 15), null, null);
        f.monitoring.eliminate(ea, YearMonth.of(2026, 9), Episode.ASSISTED, snapshot(1, 12_000),
                LocalDate.of(2026, 9, 25), "收入稳定，经县级同意");

        b = f.household("4415230101002", "李小红", "44152319800202002");
        long left = f.households.addMember(in(b, person("李明", id("44152320100303001"), "子", "1",
                LocalDate.of(2010, 3, 3))), null);
        long eb = f.monitoring.openEpisode(new NewEpisode(b, "脱贫不稳定户", "农户自主申报", YearMonth.of(2026, 10),
                List.of("因学", "因病"), null, "13512346810", snapshot(2, 5_000)), null);
        f.monitoring.recordStep(eb, "publicity", LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 14), null, null);
        f.households.markLeft(left, LocalDate.of(2026, 11, 10), "迁出", null);

        c = f.household("4415230101003", "王五", "44152319650505003");
        long ec = f.monitoring.openEpisode(new NewEpisode(c, "突发严重困难户", "干部排查", YearMonth.of(2026, 8),
                List.of("因灾"), null, null, snapshot(1, 5_000)), null);
        f.monitoring.eliminate(ec, YearMonth.of(2026, 10), Episode.NATURAL, snapshot(1, 12_000),
                LocalDate.of(2026, 10, 28), "灾后重建完成");
        f.monitoring.rollback(ec, LocalDate.of(2026, 11, 5), "重建房屋未通过验收");
        f.monitoring.recordStep(ec, "elim_review", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26), null,
                "公示期未满");
    }

    static Member in(long household, Member m) {
        return new Member(null, household, m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), m.dibao(), m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(),
                m.personNo(), null, null);
    }

    @Override
    public void close() {
        f.close();
    }
}
