package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Threshold;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Test data made through the services (on the services' own clock: the real date). */
final class MonitoringData {

    static final String CATEGORY = "脱贫不稳定户";

    private final LedgerServices s;
    private int next = 1;

    MonitoringData(LedgerServices s) {
        this.s = s;
        s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
    }

    YearMonth thisMonth() {
        return YearMonth.from(s.monitoring().today());
    }

    LocalDate today() {
        return s.monitoring().today();
    }

    long village(String name) {
        return s.households().addVillage(name);
    }

    /** A household of a head born 1970 in a village; returns its id. */
    long household(long village, String no, String head) {
        return household(village, no, head, false);
    }

    /** A household as above, marked 整户无劳动能力 or not; returns its id. */
    long household(long village, String no, String head, boolean noLabourCapacity) {
        String first17 = String.format("44152319700101%03d", 2 * next++ + 1); // odd: male
        Member m = new Member(null, 0, head, "居民身份证", null, first17 + IdNumber.checkChar(first17), null, "1",
                LocalDate.of(1970, 1, 1), "汉族", "户主", "初中", null, "健康", "普通劳动力", "县内务工", 6L, true, true,
                true, "未享受", "不享受", null, null, null, null, null, null);
        return s.households().createHousehold(new Household(null, no, village, null, "脱贫户", noLabourCapacity, "13800000000",
                null, null), m, null);
    }

    static EpisodeSnapshot snapshot(int persons, long netPerPersonYuan) {
        return new EpisodeSnapshot(0, EpisodeSnapshot.IDENTIFIED, persons, netPerPersonYuan * persons * 100, 0, 0, 0,
                0, 0, 0, false, true, false, true);
    }

    /** Opens an episode identified {@code monthsAgo} months before this month; returns its id. */
    long episode(long household, int monthsAgo, String... risks) {
        return s.monitoring().openEpisode(new NewEpisode(household, CATEGORY, "干部排查",
                thisMonth().minusMonths(monthsAgo), List.of(risks.length == 0 ? new String[] {"因病"} : risks), "王干部",
                "13900000000", snapshot(1, 5_000)), null);
    }

    long measure(long household, String family, LocalDate start) {
        return s.monitoring().addMeasure(new Measure(null, household, null, family, "测试措施", start, null, null, null, null,
                null, null), null);
    }

    void threshold(long yuan) {
        s.rates().putThreshold(new Threshold(today().getYear(), "全县", yuan * 100, "示财〔2026〕1号"));
    }

    /** Records the eight identification steps, a day apart, ending {@code daysAgo} days before today. */
    void identificationSteps(long episode, LocalDate from) {
        LocalDate d = from;
        for (String kind : List.of("apply", "home_check", "data_compare", "review", "publicity", "town_review",
                "county_approval", "system_mark")) {
            s.monitoring().recordStep(episode, kind, d, kind.equals("publicity") ? d.plusDays(6) : null, null, null);
            d = d.plusDays(kind.equals("publicity") ? 7 : 1);
        }
    }
}
