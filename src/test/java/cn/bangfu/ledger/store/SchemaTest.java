package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.model.LedgerException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema check that skips Flyway for a current ledger, and the Flyway path it falls back to. */
class SchemaTest {

    @TempDir
    Path dir;

    @Test
    void aFreshLedgerIsStillMigratedByFlyway() throws Exception {
        int before = Schema.flywayLoads();
        try (Ledger ledger = Ledger.open(dir.resolve("new.db"))) {
            assertThat(ledger.schemaVersion()).isEqualTo(LedgerTest.latestMigration());
        }
        assertThat(Schema.flywayLoads()).isGreaterThan(before);
    }

    @Test
    void aCurrentLedgerOpensWithoutFlyway() throws Exception {
        Path file = dir.resolve("l.db");
        Ledger.open(file).close();
        int before = Schema.flywayLoads();
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.schemaVersion()).isEqualTo(LedgerTest.latestMigration());
        }
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.READ_ONLY)) {
            assertThat(ledger.<Long>read(v -> v.households().count())).isZero();
        }
        assertThat(Schema.flywayLoads()).isEqualTo(before);
    }

    @Test
    void anAlteredChecksumGoesThroughFlywayAndIsRefused() throws Exception {
        Path file = dir.resolve("l.db");
        Ledger.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where version = '2'");
        }
        int before = Schema.flywayLoads();
        assertThatThrownBy(() -> Ledger.open(file, Ledger.Mode.READ_ONLY)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("数据结构版本与本程序不一致");
        assertThatThrownBy(() -> Ledger.open(file)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("数据结构版本与本程序不一致");
        assertThat(Schema.flywayLoads()).isEqualTo(before + 2);
    }

    @Test
    void theMigrationsOnTheClassPathAreWhatFlywaySeesWithFlywaysChecksums() {
        assertSameAsFlyway(Schema.class.getClassLoader());
    }

    @Test
    void migrationsInAJarWithABomAndCrLfAreWhatFlywaySees() throws Exception {
        Path jar = dir.resolve("m.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            entry(j, "db/", ""); // directory entries, as Maven's jar has
            entry(j, "db/migration/", "");
            entry(j, "db/migration/V1__first_table.sql", "\uFEFFcreate table a (id integer);\r\n-- 说明\r\n");
            entry(j, "db/migration/V1_1__second.sql", "create table b (id integer);\n\ninsert into b values (1);");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertSameAsFlyway(loader);
        }
    }

    @Test
    void theHistoryMustBeExactlyTheKnownMigrations() {
        var a = new Schema.Migration("1", "a", "V1__a.sql", 1);
        var b = new Schema.Migration("2", "b", "V2__b.sql", 2);
        assertThat(Schema.matches(List.of(a, b), List.of(a, b))).isTrue();
        assertThat(Schema.matches(List.of(a, b), List.of(a))).isFalse(); // pending
        assertThat(Schema.matches(List.of(a), List.of(a, b))).isFalse(); // newer
        assertThat(Schema.matches(List.of(a, b), List.of(a, new Schema.Migration("2", "b", "V2__b.sql", 3)))).isFalse();
        assertThat(Schema.matches(List.of(a, b), List.of(a, a))).isFalse();
        assertThat(Schema.matches(List.of(a), null)).isFalse(); // a failed or repeatable row
    }

    private static void entry(JarOutputStream j, String name, String text) throws Exception {
        j.putNextEntry(new JarEntry(name));
        j.write(text.getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
    }

    private void assertSameAsFlyway(ClassLoader loader) {
        var probe = new org.sqlite.SQLiteDataSource();
        probe.setUrl("jdbc:sqlite:" + dir.resolve("probe.db"));
        var flyway = Flyway.configure(loader).dataSource(probe)
                .locations("classpath:db/migration").load();
        var expected = Arrays.stream(flyway.info().all()).map(i -> new Schema.Migration(i.getVersion().toString(),
                i.getDescription(), i.getScript(), i.getChecksum())).toList();
        assertThat(expected).isNotEmpty();
        assertThat(Schema.migrationsOn(loader)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
