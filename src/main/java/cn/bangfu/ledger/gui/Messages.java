package cn.bangfu.ledger.gui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's words, from the resource bundle {@code cn.bangfu.ledger.gui.messages}. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cn.bangfu.ledger.gui.messages",
            Locale.SIMPLIFIED_CHINESE);

    private Messages() {
    }

    public static String t(String key) {
        return BUNDLE.getString(key);
    }

    public static String t(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    /** A count with thousands separators: 12,345. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(n);
    }
}
