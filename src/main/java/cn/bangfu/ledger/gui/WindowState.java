package cn.bangfu.ledger.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's size and position, remembered between runs in a small properties file. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;

    public static Optional<WindowState> load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            WindowState s = new WindowState(Double.parseDouble(p.getProperty("x")),
                    Double.parseDouble(p.getProperty("y")), Double.parseDouble(p.getProperty("width")),
                    Double.parseDouble(p.getProperty("height")), Boolean.parseBoolean(p.getProperty("maximized")));
            return s.width() >= MIN_WIDTH / 2 && s.height() >= MIN_HEIGHT / 2 ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable window state {}", file, e);
            return Optional.empty();
        }
    }

    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "Bangfu Ledger window");
            }
        } catch (IOException e) {
            LOG.warn("Could not save window state to {}", file, e);
        }
    }
}
