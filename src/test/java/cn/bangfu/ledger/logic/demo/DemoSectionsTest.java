package cn.bangfu.ledger.logic.demo;

import static cn.bangfu.ledger.logic.demo.DemoGeneratorTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo in sections: each draws from its own stream, so the others never change what one makes. */
class DemoSectionsTest {

    @TempDir
    Path dir;

    /** The households, members and incomes of a ledger, as the households section made them. */
    record Households(List<Village> villages, List<Household> households, List<Member> members,
            List<IncomeYear> incomes) {
    }

    static Households households(LedgerView v) {
        List<Household> households = v.households().all();
        List<IncomeYear> incomes = households.stream().flatMap(h -> v.households().incomes(h.id()).stream()).toList();
        return new Households(v.villages().list(), households, v.members().all(), incomes);
    }

    private <T> T demo(String name, List<DemoSection> sections, int households, long seed,
            java.util.function.Function<LedgerView, T> work) {
        try (Ledger ledger = Ledger.open(dir.resolve(name), Ledger.Mode.WRITE, CLOCK)) {
            new DemoGenerator(ledger, sections).generate(DemoGeneratorTest.options(households, seed));
            return ledger.read(work);
        }
    }

    // ------------------------------------------------------------------ a seed's households are pinned

    /**
     * Seed 2026's first households, literally: a change to what the demo makes of them (another draw in the
     * households section, another stream derivation) fails here. A change to another section must not.
     */
    @Test
    void seed2026MakesTheseHouseholds() throws Exception {
        List<String> lines = demo("pinned.db", DemoGenerator.sections(), 12, 2026, v -> {
            Map<Long, List<Member>> byHousehold = v.members().all().stream()
                    .collect(Collectors.groupingBy(Member::householdId));
            List<String> out = new ArrayList<>();
            for (Household h : v.households().all()) {
                List<Member> people = byHousehold.get(h.id());
                Member head = people.stream().filter(m -> Member.HEAD.equals(m.relation())).findFirst().orElseThrow();
                out.add(h.householdNo() + " " + head.name() + " " + people.size() + " "
                        + people.stream().map(Member::idNumber).sorted().collect(Collectors.joining(",")));
            }
            return out.stream().sorted().toList();
        });
        assertThat(lines).hasSize(12);
        String first = lines.getFirst();
        assertThat(first.substring(0, first.indexOf(' ', first.indexOf(' ') + 1))).isEqualTo("371522001001000002 彭兴志");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).as("fingerprint of %s", lines).isEqualTo("0595dc94b1e5a4a09e3076dc3346f4fdd0cbe567c102cf1e5017f50cc243f6c4");
    }

    // ------------------------------------------------------------------ sections are independent

    /** The monitoring section as it is, after drawing {@code extra} values it does not use. */
    private static DemoSection monitoringDrawingMore(int extra) {
        DemoSection monitoring = new MonitoringSection();
        return new DemoSection() {
            @Override
            public String name() {
                return monitoring.name();
            }

            @Override
            public double weight() {
                return monitoring.weight();
            }

            @Override
            public void write(DemoTown town, RandomGenerator random) {
                for (int i = 0; i < extra; i++) {
                    random.nextLong();
                }
                monitoring.write(town, random);
            }
        };
    }

    /** A section that only draws: as a later issue's section would, it runs between the others. */
    private static DemoSection drawingOnly(String name) {
        return new DemoSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void write(DemoTown town, RandomGenerator random) {
                for (int i = 0; i < 1_000; i++) {
                    random.nextInt(100);
                }
            }
        };
    }

    @Test
    void drawingMoreInMonitoringOrAddingASectionLeavesTheHouseholdsAsTheyWere() {
        record Made(Households households, List<Episode> episodes) {
        }
        java.util.function.Function<LedgerView, Made> read = v -> new Made(households(v),
                v.households().all().stream().flatMap(h -> v.episodes().ofHousehold(h.id()).stream()).toList());
        Made standard = demo("standard.db", DemoGenerator.sections(), 300, 2026, read);
        Made more = demo("more.db", List.of(new SettingsSection(), new VillagesSection(), new HouseholdsSection(),
                monitoringDrawingMore(17)), 300, 2026, read);
        Made added = demo("added.db", List.of(new SettingsSection(), drawingOnly("funds"), new VillagesSection(),
                drawingOnly("projects"), new HouseholdsSection(), new MonitoringSection(), drawingOnly("assets")), 300,
                2026, read);

        assertThat(standard.episodes()).isNotEmpty();
        assertThat(more.households()).isEqualTo(standard.households());
        // the extra draws did reach the monitoring section: its episodes differ
        assertThat(more.episodes()).isNotEqualTo(standard.episodes());
        assertThat(added.households()).isEqualTo(standard.households());
        assertThat(added.episodes()).isEqualTo(standard.episodes());
    }

    @Test
    void eachSectionHasItsOwnStreamDerivedFromTheSeedAndItsName() {
        assertThat(DemoGenerator.sections()).extracting(DemoSection::name)
                .containsExactly("settings", "villages", "households", "funds", "monitoring")
                .doesNotHaveDuplicates();
        Map<String, Long> firsts = new TreeMap<>();
        for (String name : List.of("villages", "households", "monitoring", "funds")) {
            long a = DemoRandom.stream(2026, name).nextLong();
            assertThat(DemoRandom.stream(2026, name).nextLong()).as("the same seed and name").isEqualTo(a);
            assertThat(DemoRandom.stream(2027, name).nextLong()).as("another seed").isNotEqualTo(a);
            firsts.put(name, a);
        }
        assertThat(firsts.values()).doesNotHaveDuplicates();
        // fixed by the derivation itself, not by the JVM's String.hashCode or the order of splits
        // (FNV-1a 64's published test vectors)
        assertThat(DemoRandom.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(DemoRandom.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(DemoRandom.fnv1a("foobar")).isEqualTo(0x85944171f73967e8L);
    }
}
