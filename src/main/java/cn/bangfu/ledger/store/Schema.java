package cn.bangfu.ledger.store;

import cn.bangfu.ledger.store.Ledger.Mode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's schema on open: migrated forward (writing) or required current (reading).
 *
 * <p>Flyway costs about half a second to build and ask. So first, without Flyway: the migration scripts on the
 * class path are listed, their Flyway checksums computed (CRC32 over the lines, as Flyway does), and the file's
 * {@code flyway_schema_history} read with one plain query. When the history is exactly those migrations (same
 * versions, descriptions, scripts, checksums, all successful, nothing more), there is nothing to migrate or
 * validate and Flyway is not built. In every other case, or whenever this cannot tell (an unexpected file in the
 * migration folder, a history that cannot be read), {@link FlywaySchema} runs Flyway as before, with its Chinese
 * errors. So a mistake here can only cost time, never skip a migration or a validation Flyway would refuse.
 */
final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__([^/]+)\\.sql");
    /** How often Flyway was built in this program: a seam for the tests that prove a current ledger skips it. */
    static final AtomicInteger FLYWAY_LOADS = new AtomicInteger();

    /** One versioned migration, as Flyway records it in the schema history. */
    record Migration(String version, String description, String script, int checksum) {
    }

    private static volatile List<Migration> known;

    private Schema() {
    }

    /** Migrates a ledger opened for writing; builds Flyway only when its history is not current. */
    static void migrate(Path file) {
        if (!isCurrent(file, Mode.WRITE)) {
            FlywaySchema.migrate(file);
        }
    }

    /** Refuses a ledger opened for reading whose schema is not this program's (pending, newer or altered). */
    static void requireCurrentSchema(Path file) {
        LedgerFiles.requireFile(file);
        if (!isCurrent(file, Mode.READ_ONLY)) {
            FlywaySchema.requireCurrentSchema(file);
        }
    }

    static int flywayLoads() {
        return FLYWAY_LOADS.get();
    }

    private static boolean isCurrent(Path file, Mode mode) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        List<Migration> migrations = knownMigrations();
        if (migrations == null) {
            return false;
        }
        try (Connection c = LedgerFiles.dataSource(file, mode).getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select count(*) from sqlite_master where type = 'table' and name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    return false;
                }
            }
            return matches(migrations, history(st));
        } catch (SQLException e) {
            LOG.debug("Reading the schema history of {} failed: Flyway will tell", file, e);
            return false;
        }
    }

    /** The history's rows, or null when one is not a successful versioned SQL migration. */
    private static List<Migration> history(Statement st) throws SQLException {
        List<Migration> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select version, description, type, script, checksum, success"
                + " from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                Object checksum = rs.getObject(5);
                if (rs.getString(1) == null || !"SQL".equals(rs.getString(3)) || rs.getInt(6) != 1
                        || !(checksum instanceof Number n)) {
                    return null;
                }
                rows.add(new Migration(rs.getString(1), rs.getString(2), rs.getString(4), n.intValue()));
            }
        }
        return rows;
    }

    static boolean matches(List<Migration> known, List<Migration> history) {
        if (history == null || history.size() != known.size()) {
            return false;
        }
        Map<String, Migration> byVersion = new HashMap<>();
        known.forEach(m -> byVersion.put(m.version(), m));
        return history.stream().allMatch(h -> h.equals(byVersion.remove(h.version()))) && byVersion.isEmpty();
    }

    private static List<Migration> knownMigrations() {
        List<Migration> k = known;
        if (k == null) {
            k = migrationsOn(Schema.class.getClassLoader());
            known = k == null ? List.of() : k;
            if (k == null) {
                LOG.info("The migrations on the class path could not be listed plainly: Flyway will check the schema");
            }
        }
        return k == null || k.isEmpty() ? null : k;
    }

    /**
     * The versioned migrations under {@code db/migration} on the class path of {@code loader}, with Flyway's
     * version, description, script and checksum; null when anything there is not a plain {@code V…__….sql} in
     * one folder or jar (then only Flyway can say what it makes of it).
     */
    static List<Migration> migrationsOn(ClassLoader loader) {
        try {
            List<URL> roots = Collections.list(loader.getResources(LOCATION));
            if (roots.size() != 1) {
                return null;
            }
            URL root = roots.getFirst();
            List<String> names = switch (root.getProtocol()) {
                case "file" -> inFolder(Path.of(root.toURI()));
                case "jar" -> inJar(((JarURLConnection) root.openConnection()).getJarFile());
                default -> null;
            };
            if (names == null) {
                return null;
            }
            List<Migration> migrations = new ArrayList<>();
            for (String name : names) {
                Matcher m = VERSIONED.matcher(name);
                if (!m.matches()) {
                    return null;
                }
                try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
                    if (in == null) {
                        return null;
                    }
                    migrations.add(new Migration(m.group(1).replace('_', '.'), m.group(2).replace('_', ' '), name,
                            checksum(in)));
                }
            }
            return migrations;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("Listing the migrations failed", e);
            return null;
        }
    }

    private static List<String> inFolder(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    private static List<String> inJar(JarFile jar) {
        List<String> names = new ArrayList<>();
        String prefix = LOCATION + "/";
        for (JarEntry e : Collections.list(jar.entries())) {
            String name = e.getName();
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String rest = name.substring(prefix.length());
                if (rest.contains("/")) {
                    return null;
                }
                names.add(rest);
            }
        }
        return names;
    }

    /** Flyway's checksum of a SQL migration: CRC32 of its UTF-8 lines without line breaks, a leading BOM dropped. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
