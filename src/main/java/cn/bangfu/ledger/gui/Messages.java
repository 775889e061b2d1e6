package cn.bangfu.ledger.gui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/** The UI's words, from the resource bundle {@code cn.bangfu.ledger.gui.messages}. */
public final class Messages {

    /** The frame's words, then each screen's own bundle (a key is looked up in this order). */
    private static final List<ResourceBundle> BUNDLES = Stream.of("messages", "households", "monitoring", "imports", "reports", "funds")
            .map(name -> ResourceBundle.getBundle("cn.bangfu.ledger.gui." + name, Locale.SIMPLIFIED_CHINESE))
            .toList();

    private Messages() {
    }

    public static String t(String key) {
        for (ResourceBundle bundle : BUNDLES) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No UI text for " + key, Messages.class.getName(), key);
    }

    public static String t(String key, Object... args) {
        return new MessageFormat(t(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    /** A count with thousands separators: 12,345. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(n);
    }
}
