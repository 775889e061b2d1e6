package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset a text roster is in. Chinese offices write UTF-8 (with or without BOM), GBK/GB18030 (Excel's
 * "CSV" on a Chinese Windows) and, from "Unicode text", UTF-16 with a BOM. A strict decoder (errors reported,
 * never replaced) tells UTF-8 from GB18030: GBK text is practically never valid UTF-8.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)");

    private TextDecoding() {
    }

    /** The charset a byte-order mark announces, or null when there is none. */
    static Charset bomCharset(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0x84, 0x31, 0x95, 0x33)) {
            return GB18030;
        }
        return null;
    }

    static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the whole file decodes in the charset without a single error (streamed, bounded memory). */
    static boolean decodesCleanly(Path file, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, strict(charset))) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // only the errors matter
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes decode in the charset without a single error. */
    static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            strict(charset).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes strictly; null when the bytes are not valid in the charset. */
    static String decodeOrNull(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = strict(charset).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The head of a file as text for looking at its first lines: decoded leniently (the head may end in the
     * middle of a character), without a leading BOM.
     */
    static String headText(byte[] head, Charset charset) {
        String text = new String(head, charset);
        return stripBom(text);
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The charset named by a meta tag in the first bytes of an HTML file, or null. */
    static Charset metaCharset(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 8192), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = META_CHARSET.matcher(ascii);
        if (!m.find()) {
            return null;
        }
        return charsetNamed(m.group(1));
    }

    /** GB2312 and GBK are read as GB18030, their superset (as browsers do). */
    static Charset charsetNamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")
                || n.equals("gb_2312-80") || n.equals("euc-cn") || n.equals("x-euc-cn") || n.equals("csgb2312")) {
            return GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
