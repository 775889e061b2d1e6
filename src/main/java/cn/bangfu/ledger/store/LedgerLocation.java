package cn.bangfu.ledger.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the ledger and its companions (logs, window state, demo ledger) live when nothing else is said.
 *
 * <ul>
 *   <li>system property {@code bangfu.home}: that folder (tests, portable installs);</li>
 *   <li>Windows: {@code %APPDATA%\Bangfu};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Bangfu};</li>
 *   <li>Linux and others: {@code $XDG_DATA_HOME/bangfu}, else {@code ~/.local/share/bangfu}.</li>
 * </ul>
 */
public final class LedgerLocation {

    public static final String FILE_NAME = "ledger.db";
    public static final String DEMO_FILE_NAME = "demo.db";

    private LedgerLocation() {
    }

    public static Path dataFolder() {
        String home = System.getProperty("bangfu.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming"))
                    .resolve("Bangfu");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Bangfu");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("bangfu");
    }

    public static Path defaultLedger() {
        return dataFolder().resolve(FILE_NAME);
    }

    public static Path demoLedger() {
        return dataFolder().resolve(DEMO_FILE_NAME);
    }
}
