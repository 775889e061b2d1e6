package cn.bangfu.ledger.logic;

import cn.bangfu.ledger.logic.households.HouseholdService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.settings.RateTableService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Ledger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A temporary ledger with the services on a fixed clock (2026-11-23) and a town with one village. */
public final class ServiceFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant().plusSeconds(3600),
            ZoneId.systemDefault());

    public final Ledger ledger;
    public final SettingsService settings;
    public final RateTableService rates;
    public final HouseholdService households;
    public final MonitoringService monitoring;
    public final long village;

    public ServiceFixture(Path dir) {
        this(dir, true);
    }

    private ServiceFixture(Path dir, boolean seed) {
        ledger = Ledger.open(dir.resolve("l.db"));
        settings = new SettingsService(ledger);
        households = new HouseholdService(ledger, settings, CLOCK);
        rates = new RateTableService(ledger, settings);
        monitoring = new MonitoringService(ledger, settings, rates, CLOCK);
        if (seed) {
            settings.save(new OfficeSettings("示范县", "示范镇", "李会计"));
            village = households.addVillage("东坑村");
        } else {
            village = households.villages().getFirst().id();
        }
    }

    /** The same ledger opened again (after it was closed and changed behind the program's back). */
    public static ServiceFixture reopen(Path dir) {
        return new ServiceFixture(dir, false);
    }

    /** A valid ID from 17 digits. */
    public static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    public static Member person(String name, String id, String relation, String gender, LocalDate birth) {
        return new Member(null, 0, name, "居民身份证", null, id, null, gender, birth, "汉族", relation, "初中", null,
                "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受", null, null, null, null, null,
                null);
    }

    public static Household household(String no, long village) {
        return new Household(null, no, village, null, "脱贫户", false, "13800000000", null, null);
    }

    /** A household with a head born 1970 (ID 441523197001010012 style); returns its id. */
    public long household(String no, String headName, String headId17) {
        return households.createHousehold(household(no, village),
                person(headName, id(headId17), "户主", null, null), null);
    }

    /** A snapshot with the given yearly net income per person (yuan) and everything secured. */
    public static EpisodeSnapshot snapshot(int persons, long netPerPersonYuan) {
        return new EpisodeSnapshot(0, EpisodeSnapshot.IDENTIFIED, persons, netPerPersonYuan * persons * 100, 0, 0, 0,
                0, 0, 0, false, true, false, true);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
