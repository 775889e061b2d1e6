package cn.bangfu.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdCheck;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.LedgerStats;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoGeneratorTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final YearMonth AS_OF_MONTH = YearMonth.from(AS_OF);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    static final Set<String> MALE_RELATIONS = Set.of("之子", "之父", "之女婿", "之孙子", "之祖父");
    static final Set<String> FEMALE_RELATIONS = Set.of("之女", "之母", "之儿媳", "之孙女", "之祖母");

    @TempDir
    Path dir;

    static DemoGenerator.Options options(int households, long seed) {
        return new DemoGenerator.Options(households, seed, AS_OF);
    }

    /** A fresh ledger file filled with a demo of {@code households} households. */
    private Path demo(String name, int households, long seed) {
        Path file = dir.resolve(name);
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.WRITE, CLOCK)) {
            DemoGenerator.Result result = new DemoGenerator(ledger).generate(options(households, seed));
            assertThat(result.households()).isEqualTo(households);
        }
        return file;
    }

    private static <T> T read(Path file, Function<LedgerView, T> work) {
        try (Ledger ledger = Ledger.open(file)) {
            return ledger.read(work);
        }
    }

    // ------------------------------------------------------------------ what a ledger holds

    /** Everything the repositories show of a ledger (ids included). */
    record Content(List<Village> villages, List<Household> households, List<Member> members, List<Episode> episodes,
            Map<Long, List<String>> risks, Map<Long, List<EpisodeSnapshot>> snapshots, List<EpisodeStep> steps,
            List<Measure> measures, List<Threshold> thresholds, Map<String, String> settings, LedgerStats stats) {
    }

    static List<Long> householdIds(LedgerView v) {
        return v.members().all().stream().map(Member::householdId).distinct().sorted().toList();
    }

    static Content content(LedgerView v) {
        List<Member> members = v.members().all();
        List<Long> ids = householdIds(v);
        List<Household> households = ids.stream().map(id -> v.households().get(id).orElseThrow()).toList();
        List<Episode> episodes = ids.stream().flatMap(id -> v.episodes().ofHousehold(id).stream()).toList();
        Map<Long, List<String>> risks = new HashMap<>();
        Map<Long, List<EpisodeSnapshot>> snapshots = new HashMap<>();
        List<EpisodeStep> steps = new ArrayList<>();
        for (Episode e : episodes) {
            risks.put(e.id(), v.episodes().risks(e.id()));
            snapshots.put(e.id(), v.episodes().snapshots(e.id()));
            steps.addAll(v.episodes().steps(e.id()));
        }
        List<Measure> measures = ids.stream().flatMap(id -> v.measures().ofHousehold(id).stream()).toList();
        return new Content(v.villages().list(), households, members, episodes, risks, snapshots, steps, measures,
                v.thresholds().list(), v.settings().all(), v.stats().stats());
    }

    /** Every row of every table (the audit without its timestamp), read through plain JDBC. */
    static List<String> rawDump(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select name from sqlite_master where type = 'table'"
                    + " and name not like 'sqlite%' and name not like 'flyway%' order by name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("member", "household", "episode", "episode_step", "measure", "audit");
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select * from " + table + " order by rowid")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!("audit".equals(table) && "at".equals(meta.getColumnName(i)))) {
                                row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ 1. determinism

    @Test
    void theSameSeedAndDateGiveTheSameLedgerAndAnotherSeedAnother() throws Exception {
        Path a = demo("a.db", 150, 20261123L);
        Path b = demo("b.db", 150, 20261123L);
        Path other = demo("c.db", 150, 20261124L);

        Content ca = read(a, DemoGeneratorTest::content);
        Content cb = read(b, DemoGeneratorTest::content);
        Content cc = read(other, DemoGeneratorTest::content);

        assertThat(ca.members()).hasSizeGreaterThan(150);
        assertThat(ca.episodes()).isNotEmpty();
        assertThat(ca.steps()).isNotEmpty();
        assertThat(ca.measures()).isNotEmpty();
        assertThat(cb.villages()).isEqualTo(ca.villages());
        assertThat(cb.households()).isEqualTo(ca.households());
        assertThat(cb.members()).isEqualTo(ca.members());
        assertThat(cb.episodes()).isEqualTo(ca.episodes());
        assertThat(cb.risks()).isEqualTo(ca.risks());
        assertThat(cb.snapshots()).isEqualTo(ca.snapshots());
        assertThat(cb.steps()).isEqualTo(ca.steps());
        assertThat(cb.measures()).isEqualTo(ca.measures());
        assertThat(cb.thresholds()).isEqualTo(ca.thresholds());
        assertThat(cb.settings()).isEqualTo(ca.settings());
        assertThat(cb.stats()).isEqualTo(ca.stats());
        assertThat(cb).isEqualTo(ca);
        // every table, byte for byte (audit timestamps aside)
        List<String> dumpA = rawDump(a);
        assertThat(dumpA).hasSizeGreaterThan(ca.members().size());
        assertThat(rawDump(b)).isEqualTo(dumpA);

        assertThat(cc.members()).isNotEqualTo(ca.members());
        assertThat(cc.members().stream().map(Member::idNumber).toList())
                .doesNotContainAnyElementsOf(ca.members().stream().map(Member::idNumber).toList());
        assertThat(cc.episodes()).isNotEqualTo(ca.episodes());
        assertThat(rawDump(other)).isNotEqualTo(dumpA);
    }

    @Test
    void theResultCountsWhatWasWritten() {
        Path file = dir.resolve("r.db");
        try (Ledger ledger = Ledger.open(file)) {
            DemoGenerator.Result r = new DemoGenerator(ledger).generate(options(400, 5));
            Content c = ledger.read(DemoGeneratorTest::content);
            assertThat(r.villages()).isEqualTo(c.villages().size());
            assertThat(r.households()).isEqualTo(c.households().size()).isEqualTo(400);
            assertThat(r.members()).isEqualTo(c.members().size());
            assertThat(r.monitored()).isEqualTo((int) c.episodes().stream().map(Episode::householdId).distinct().count());
            assertThat((long) r.eliminated()).isEqualTo(c.stats().eliminated())
                    .isEqualTo(c.episodes().stream().filter(Episode::eliminated).count());
            assertThat((long) r.measures()).isEqualTo(c.stats().measures()).isEqualTo(c.measures().size());
        }
    }

    // ------------------------------------------------------------------ 2. ID numbers

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyIdIsValidUniqueAndAgreesWithGenderAndBirthDate(long seed) {
        Path file = demo("ids.db", 400, seed);
        List<Member> members = read(file, v -> v.members().all());
        assertThat(members).hasSizeGreaterThan(400);
        List<String> bad = new ArrayList<>();
        for (Member m : members) {
            String who = m.name() + " " + m.idNumber() + ": ";
            if (m.idNumber() == null) {
                bad.add(who + "no id");
                continue;
            }
            if (!(IdNumber.check(m.idNumber(), AS_OF) instanceof IdCheck.Valid valid)) {
                bad.add(who + IdNumber.check(m.idNumber(), AS_OF));
                continue;
            }
            IdNumber id = valid.id();
            if (!id.value().equals(m.idNumber())) {
                bad.add(who + "not normalised");
            }
            if (!id.genderCode().equals(m.gender())) {
                bad.add(who + "gender digit says " + id.genderCode() + ", gender is " + m.gender());
            }
            if (!id.birthDate().equals(m.birthDate())) {
                bad.add(who + "birth date in id " + id.birthDate() + ", birthDate " + m.birthDate());
            }
            if (m.idFlag() != null) {
                bad.add(who + "flagged " + m.idFlag());
            }
            if (!m.idNumber().equals(m.idNumberRaw())) {
                bad.add(who + "raw " + m.idNumberRaw());
            }
        }
        assertThat(bad).isEmpty();
        Set<String> distinct = members.stream().map(Member::idNumber).collect(Collectors.toSet());
        assertThat(distinct).hasSameSizeAs(members);
    }

    // ------------------------------------------------------------------ 3. plausibility

    static Set<String> codes(LedgerView v, String list) {
        Set<String> codes = v.codeLists().entries(list).stream().map(CodeEntry::code).collect(Collectors.toSet());
        assertThat(codes).as("code list %s", list).isNotEmpty();
        return codes;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void householdsAndPeopleArePlausibleAndUseOnlyCodedValues(long seed) {
        Path file = demo("plausible.db", 400, seed);
        List<String> bad = read(file, v -> {
            List<String> problems = new ArrayList<>();
            Content c = content(v);
            Set<String> ethnicities = v.codeLists().entries("ethnicity").stream().map(CodeEntry::label)
                    .collect(Collectors.toSet());
            assertThat(ethnicities).contains("汉族", "壮族");

            Map<Long, List<Member>> byHousehold = c.members().stream()
                    .collect(Collectors.groupingBy(Member::householdId));
            assertThat(byHousehold).hasSize(c.households().size());
            for (Household h : c.households()) {
                List<Member> heads = byHousehold.get(h.id()).stream()
                        .filter(m -> Member.HEAD.equals(m.relation()) && m.isCurrent()).toList();
                if (heads.size() != 1) {
                    problems.add("household " + h.householdNo() + " has " + heads.size() + " heads");
                }
                check(problems, "household_type of " + h.householdNo(), h.householdType(), codes(v, "household_type"));
            }
            for (Member m : c.members()) {
                String who = "member " + m.id() + " " + m.name() + " (" + m.relation() + "): ";
                if (MALE_RELATIONS.contains(m.relation()) && !"1".equals(m.gender())) {
                    problems.add(who + "should be male, gender " + m.gender());
                }
                if (FEMALE_RELATIONS.contains(m.relation()) && !"2".equals(m.gender())) {
                    problems.add(who + "should be female, gender " + m.gender());
                }
                if ("配偶".equals(m.relation())) {
                    Member head = byHousehold.get(m.householdId()).stream()
                            .filter(x -> Member.HEAD.equals(x.relation())).findFirst().orElseThrow();
                    if (head.gender().equals(m.gender())) {
                        problems.add(who + "same gender as the head " + head.gender());
                    }
                }
                if (m.education() != null && m.schoolStatus() != null) {
                    problems.add(who + "both education " + m.education() + " and school status " + m.schoolStatus());
                }
                int age = Period.between(m.birthDate(), AS_OF).getYears();
                if (age < 16 && !"无劳动力".equals(m.labourSkill())) {
                    problems.add(who + "aged " + age + " with labour " + m.labourSkill());
                }
                if (m.birthDate().isAfter(AS_OF)) {
                    problems.add(who + "born after as-of " + m.birthDate());
                }
                check(problems, who + "relation", m.relation(), codes(v, "relation"));
                check(problems, who + "health", m.health(), codes(v, "health"));
                check(problems, who + "labour_skill", m.labourSkill(), codes(v, "labour_skill"));
                check(problems, who + "gender", m.gender(), codes(v, "gender"));
                check(problems, who + "id_type", m.idType(), codes(v, "id_type"));
                check(problems, who + "ethnicity", m.ethnicity(), ethnicities);
                checkOptional(problems, who + "education", m.education(), codes(v, "education"));
                checkOptional(problems, who + "school_status", m.schoolStatus(), codes(v, "school_status"));
                checkOptional(problems, who + "work_status", m.workStatus(), codes(v, "work_status"));
                checkOptional(problems, who + "dibao", m.dibao(), codes(v, "dibao"));
                checkOptional(problems, who + "tekun", m.tekun(), codes(v, "tekun"));
            }
            assertThat(c.episodes()).isNotEmpty();
            for (Episode e : c.episodes()) {
                String who = "episode " + e.id() + ": ";
                check(problems, who + "category", e.category(), codes(v, "monitor_category"));
                check(problems, who + "channel", e.channel(), codes(v, "discovery_channel"));
                checkOptional(problems, who + "method", e.eliminationMethod(), codes(v, "elimination_method"));
                for (String risk : c.risks().get(e.id())) {
                    check(problems, who + "risk", risk, codes(v, "risk"));
                }
            }
            assertThat(c.measures()).isNotEmpty();
            for (Measure m : c.measures()) {
                check(problems, "measure " + m.id() + " family", m.family(), codes(v, "measure_family"));
            }
            assertThat(c.steps()).isNotEmpty();
            for (EpisodeStep s : c.steps()) {
                check(problems, "step " + s.id() + " kind", s.kind(), codes(v, "episode_step"));
            }
            return problems;
        });
        assertThat(bad).isEmpty();
    }

    private static void check(List<String> problems, String what, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problems.add(what + " = " + value + " is not in its code list");
        }
    }

    private static void checkOptional(List<String> problems, String what, String value, Set<String> allowed) {
        if (value != null) {
            check(problems, what, value, allowed);
        }
    }

    // ------------------------------------------------------------------ 4. monitored share

    @ParameterizedTest
    @CsvSource({"300, 1", "300, 2", "300, 3", "300, 4", "300, 5", "1000, 42"})
    void between8And15PercentOfHouseholdsAreMonitored(int households, long seed) {
        Path file = dir.resolve("share.db");
        try (Ledger ledger = Ledger.open(file)) {
            DemoGenerator.Result r = new DemoGenerator(ledger).generate(options(households, seed));
            long monitored = ledger.<Long>read(v -> householdIds(v).stream()
                    .filter(id -> !v.episodes().ofHousehold(id).isEmpty()).count());
            assertThat(monitored).isBetween((long) Math.ceil(households * 0.08), (long) Math.floor(households * 0.15));
            assertThat(r.monitored()).isEqualTo((int) monitored);
        }
    }

    // ------------------------------------------------------------------ 5. monitoring rules

    /** The last row is a town with 风险再标注 (re-marked) episodes, so their rule is exercised too. */
    @ParameterizedTest
    @CsvSource({"600, 1, 0", "600, 2, 0", "600, 3, 0", "600, 4, 0", "1500, 103, 1"})
    void monitoringEpisodesFollowTheRules(int households, long seed, int minRemarked) {
        Path file = demo("episodes.db", households, seed);
        record Outcome(List<String> problems, int episodes, int eliminated, int assisted, int remarked) {
        }
        Outcome outcome = read(file, v -> {
            List<String> problems = new ArrayList<>();
            int episodes = 0;
            int eliminated = 0;
            int assisted = 0;
            int remarked = 0;
            for (long hh : householdIds(v)) {
                List<Episode> list = v.episodes().ofHousehold(hh);
                Household household = v.households().get(hh).orElseThrow();
                if (list.stream().filter(e -> !e.eliminated()).count() > 1) {
                    problems.add("household " + hh + " has more than one open episode");
                }
                for (Episode e : list) {
                    episodes++;
                    String who = "episode " + e.id() + " of household " + hh + " (identified " + e.identifiedMonth()
                            + ", eliminated " + e.eliminatedMonth() + "): ";
                    List<String> risks = v.episodes().risks(e.id());
                    if (risks.isEmpty() || risks.size() > 5 || new HashSet<>(risks).size() != risks.size()) {
                        problems.add(who + "risks " + risks);
                    }
                    List<EpisodeSnapshot> snapshots = v.episodes().snapshots(e.id());
                    if (snapshots.stream().noneMatch(s -> EpisodeSnapshot.IDENTIFIED.equals(s.phase()))) {
                        problems.add(who + "no identified snapshot");
                    }
                    if (e.identifiedMonth().isAfter(AS_OF_MONTH)) {
                        problems.add(who + "identified after as-of");
                    }
                    for (EpisodeStep s : v.episodes().steps(e.id())) {
                        if (s.stepOn().isAfter(AS_OF)) {
                            problems.add(who + "step " + s.kind() + " on " + s.stepOn() + " after as-of");
                        }
                        if (s.endOn() != null && s.endOn().isBefore(s.stepOn())) {
                            problems.add(who + "step " + s.kind() + " ends " + s.endOn() + " before " + s.stepOn());
                        }
                        if (("publicity".equals(s.kind()) || "elim_review".equals(s.kind())) && s.endOn() == null) {
                            problems.add(who + "step " + s.kind() + " has no end date");
                        }
                    }
                    if (e.previousEpisodeId() != null) {
                        remarked++;
                        var previous = list.stream().filter(p -> p.id().equals(e.previousEpisodeId())).findFirst();
                        if (previous.isEmpty() || !previous.get().eliminated()
                                || !e.identifiedMonth().isAfter(previous.get().eliminatedMonth())) {
                            problems.add(who + "follows " + previous + " which is not an earlier eliminated episode");
                        }
                    }
                    if (!e.eliminated()) {
                        if (e.eliminatedMonth() != null || e.eliminationMethod() != null) {
                            problems.add(who + "open but has an elimination month or method");
                        }
                        continue;
                    }
                    eliminated++;
                    if (e.eliminatedMonth().isBefore(e.identifiedMonth().plusMonths(6))) {
                        problems.add(who + "eliminated less than 6 months after identification");
                    }
                    if (e.eliminatedMonth().isAfter(AS_OF_MONTH)) {
                        problems.add(who + "eliminated after as-of");
                    }
                    if (!Episode.ASSISTED.equals(e.eliminationMethod())
                            && !Episode.NATURAL.equals(e.eliminationMethod())) {
                        problems.add(who + "method " + e.eliminationMethod());
                    }
                    if (Episode.ASSISTED.equals(e.eliminationMethod())) {
                        assisted++;
                        if (v.measures().ofHousehold(hh).isEmpty()) {
                            problems.add(who + "帮扶消除 without any measure");
                        }
                    }
                    if (household.noLabourCapacity()) {
                        problems.add(who + "eliminated although the household has no labour capacity");
                    }
                    var after = snapshots.stream().filter(s -> EpisodeSnapshot.ELIMINATED.equals(s.phase())).findFirst();
                    var threshold = v.thresholds().get(e.eliminatedMonth().getYear(), "全县");
                    if (after.isEmpty()) {
                        problems.add(who + "no eliminated snapshot");
                    } else if (threshold.isEmpty()) {
                        problems.add(who + "no threshold for " + e.eliminatedMonth().getYear());
                    } else if (after.get().netIncomePerPerson() <= threshold.get().amount()) {
                        problems.add(who + "net income per person " + after.get().netIncomePerPerson()
                                + " not above the threshold " + threshold.get().amount());
                    }
                }
            }
            return new Outcome(problems, episodes, eliminated, assisted, remarked);
        });
        assertThat(outcome.problems()).isEmpty();
        // the rules were actually exercised
        assertThat(outcome.episodes()).isGreaterThan(40);
        assertThat(outcome.eliminated()).isPositive();
        assertThat(outcome.assisted()).isPositive();
        assertThat(outcome.remarked()).isGreaterThanOrEqualTo(minRemarked);
    }

    /** Every date a demo writes, except the last day of an identification 公示 (see the test below). */
    @ParameterizedTest
    @ValueSource(longs = {3, 42})
    void noDateLiesAfterTheAsOfDate(long seed) {
        Path file = demo("dates.db", 2000, seed);
        List<String> late = read(file, v -> {
            List<String> problems = new ArrayList<>();
            for (Member m : v.members().all()) {
                if (m.birthDate().isAfter(AS_OF)) {
                    problems.add("member " + m.id() + " born " + m.birthDate());
                }
            }
            for (long hh : householdIds(v)) {
                for (Episode e : v.episodes().ofHousehold(hh)) {
                    if (e.identifiedMonth().isAfter(AS_OF_MONTH)) {
                        problems.add("episode " + e.id() + " identified " + e.identifiedMonth());
                    }
                    for (EpisodeStep s : v.episodes().steps(e.id())) {
                        boolean lateEnd = s.endOn() != null && s.endOn().isAfter(AS_OF) && !"publicity".equals(s.kind());
                        if (s.stepOn().isAfter(AS_OF) || lateEnd) {
                            problems.add("episode " + e.id() + " step " + s.kind() + " " + s.stepOn() + " → " + s.endOn());
                        }
                    }
                }
                for (Measure m : v.measures().ofHousehold(hh)) {
                    if (m.startOn().isAfter(AS_OF) || m.endOn() != null && m.endOn().isAfter(AS_OF)) {
                        problems.add("measure " + m.id() + " " + m.startOn() + " → " + m.endOn());
                    }
                    if (m.endOn() != null && m.endOn().isBefore(m.startOn())) {
                        problems.add("measure " + m.id() + " ends before it starts");
                    }
                }
                for (var g : v.households().guaranteeChecks(hh)) {
                    if (g.checkedOn().isAfter(AS_OF)) {
                        problems.add("guarantee check " + g.id() + " on " + g.checkedOn());
                    }
                }
            }
            return problems;
        });
        assertThat(late).isEmpty();
    }

    /**
     * A 公示 may still be running on the as-of date (the "公示 ending" work queue needs such households), but
     * then it is the episode's last step so far: nothing after it has happened yet.
     */
    @Test
    void aPublicityStillRunningOnTheAsOfDateIsTheLastStepSoFar() {
        Path file = demo("publicity.db", 2000, 3);
        int[] running = {0};
        List<String> problems = read(file, v -> {
            List<String> found = new ArrayList<>();
            for (long hh : householdIds(v)) {
                for (Episode e : v.episodes().ofHousehold(hh)) {
                    List<EpisodeStep> steps = v.episodes().steps(e.id());
                    for (int i = 0; i < steps.size(); i++) {
                        EpisodeStep s = steps.get(i);
                        if (s.endOn() == null || !s.endOn().isAfter(AS_OF)) {
                            continue;
                        }
                        running[0]++;
                        if (!"publicity".equals(s.kind())) {
                            found.add("episode " + e.id() + " step " + s.kind() + " ends after as-of: " + s.endOn());
                        }
                        if (i != steps.size() - 1) {
                            found.add("episode " + e.id() + " has steps after a publicity still running: "
                                    + steps.subList(i + 1, steps.size()));
                        }
                    }
                }
            }
            return found;
        });
        assertThat(problems).isEmpty();
        assertThat(running[0]).as("seed 3 has publicities still running on the as-of date").isPositive();
    }

    // ------------------------------------------------------------------ 6. refuses a ledger with data

    @Test
    void refusesALedgerThatAlreadyHasDataAndChangesNothing() {
        try (Ledger ledger = Ledger.open(dir.resolve("full.db"))) {
            ledger.update(Change.by("李会计"), tx -> tx.villages().add(Village.named("东坑村", 1)));
            long audit = ledger.<Long>read(v -> v.audit().count());
            assertThatThrownBy(() -> new DemoGenerator(ledger).generate(options(10, 1)))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining("只能填入空账本");
            assertThat(ledger.<Long>read(v -> v.villages().count())).isEqualTo(1);
            assertThat(ledger.<Long>read(v -> v.households().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.audit().count())).isEqualTo(audit);
            assertThat(ledger.<Map<String, String>>read(v -> v.settings().all())).isEmpty();
            assertThat(ledger.<List<Threshold>>read(v -> v.thresholds().list())).isEmpty();
        }
    }

    // ------------------------------------------------------------------ 7. cancellation

    @Test
    void cancellingLeavesTheLedgerEmptyAndUsable() {
        try (Ledger ledger = Ledger.open(dir.resolve("cancel.db"))) {
            AtomicInteger asked = new AtomicInteger();
            List<Double> progress = new ArrayList<>();
            assertThatThrownBy(() -> new DemoGenerator(ledger).generate(options(2000, 9), progress::add,
                    () -> asked.incrementAndGet() > 3))
                    .isInstanceOf(CancellationException.class);
            assertThat(asked.get()).isEqualTo(4);
            assertThat(progress).last().satisfies(p -> assertThat(p).isPositive().isLessThan(1.0)); // work was done
            assertThat(ledger.<Long>read(v -> v.villages().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.households().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.members().countCurrent())).isZero();
            assertThat(ledger.<Long>read(v -> v.measures().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.audit().count())).isZero();
            assertThat(ledger.<Map<String, String>>read(v -> v.settings().all())).isEmpty();
            assertThat(ledger.<List<Threshold>>read(v -> v.thresholds().list())).isEmpty();

            // the ledger still takes a demo afterwards
            new DemoGenerator(ledger).generate(options(20, 9));
            assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(20);
        }
    }

    // ------------------------------------------------------------------ 8. progress

    @Test
    void progressRisesToExactlyOne() {
        try (Ledger ledger = Ledger.open(dir.resolve("progress.db"))) {
            List<Double> progress = new ArrayList<>();
            new DemoGenerator(ledger).generate(options(700, 3), progress::add, () -> false);
            assertThat(progress).hasSizeGreaterThan(2);
            assertThat(progress).isSorted();
            assertThat(progress).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
            assertThat(progress.getLast()).isEqualTo(1.0);
            assertThat(progress.getFirst()).isLessThan(1.0);
        }
    }

    // ------------------------------------------------------------------ 9. out of range

    @Test
    void refusesHouseholdCountsOutOfRange() {
        assertThatThrownBy(() -> options(0, 1)).isInstanceOf(LedgerException.class).hasMessageContaining("户数");
        assertThatThrownBy(() -> options(-5, 1)).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> options(DemoGenerator.MAX_HOUSEHOLDS + 1, 1)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("100001");
        assertThat(options(1, 1).households()).isEqualTo(1);
        assertThat(options(100_000, 1).households()).isEqualTo(100_000);
    }

    // ------------------------------------------------------------------ 10. marked as a demo

    /** Not by its file name: a demo made in any file says so whenever that file is opened again. */
    @Test
    void aDemoLedgerIsMarkedAsADemoWhereverItLies() {
        Path demoFile = dir.resolve("anywhere").resolve("x.db");
        Path realFile = dir.resolve("real.db");
        try (LedgerServices s = LedgerServices.open(demoFile)) {
            assertThat(s.isDemo()).isFalse();
            s.demo().generate(options(30, 4));
            assertThat(s.isDemo()).isTrue();
        }
        try (LedgerServices s = LedgerServices.open(demoFile)) {
            assertThat(s.isDemo()).isTrue();
        }
        try (LedgerServices s = LedgerServices.openReadOnly(demoFile)) {
            assertThat(s.isDemo()).isTrue();
        }
        try (LedgerServices s = LedgerServices.open(realFile)) {
            s.households().addVillage("东坑村");
            assertThat(s.isDemo()).isFalse();
        }
    }

    // ------------------------------------------------------------------ 11. the check passes

    @Test
    void aDemoLedgerPassesTheLedgerCheck() {
        Path file = demo("check.db", 500, 77);
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(500);
            assertThat(new LedgerCheck(ledger).run()).isEmpty();
        }
    }
}
