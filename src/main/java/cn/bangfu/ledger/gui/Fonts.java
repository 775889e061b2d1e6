package cn.bangfu.ledger.gui;

import java.net.URL;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0): a fresh Linux machine, or an office PC without
 * Chinese fonts, still shows Chinese instead of boxes, and screens look the same everywhere.
 */
public final class Fonts {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        URL url = Fonts.class.getResource("/fonts/wqy-microhei.ttc");
        if (url == null) {
            LOG.warn("Bundled font missing; falling back to system fonts");
            return;
        }
        Font[] fonts = Font.loadFonts(url.toExternalForm(), 14);
        if (fonts == null || fonts.length == 0) {
            LOG.warn("Bundled font could not be loaded from {}", url);
            return;
        }
        loaded = true;
    }
}
