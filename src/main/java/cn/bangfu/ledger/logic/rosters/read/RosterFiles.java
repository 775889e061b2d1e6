package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens a roster file by what it contains, never by its extension: a ".xls" downloaded from a web system is
 * often HTML or CSV, an ".xlsx" may be a renamed PDF. Everything that is not a readable table is refused with
 * a {@link RosterFileException} whose Chinese message names the file, says what it is and what to do.
 *
 * <ul>
 * <li>ZIP ({@code PK\3\4}) → .xlsx, streamed ({@link RosterFormat#XLSX}); other zips (Word, OpenDocument,
 * .xlsb, OFD, a plain archive), truncated zips and zip bombs are refused.</li>
 * <li>OLE2 ({@code D0 CF 11 E0 A1 B1 1A E1}) → legacy .xls ({@link RosterFormat#XLS}); an encrypted .xlsx
 * (OLE2 with EncryptionInfo), a password-protected .xls, Word, PowerPoint and Excel 95 are refused.</li>
 * <li>PDF, images, RAR/7z/gzip → refused.</li>
 * <li>Text starting with {@code <} holding {@code <html} or {@code <table} → HTML tables
 * ({@link RosterFormat#HTML}); Excel 2003 XML and other XML are refused.</li>
 * <li>Other text → CSV ({@link RosterFormat#CSV}) in UTF-8, UTF-16 (with BOM) or GB18030; NUL bytes or an
 * undecodable charset are refused.</li>
 * <li>0 bytes, or only whitespace → refused as empty.</li>
 * </ul>
 */
public final class RosterFiles {

    /** How much of the file is looked at to recognise it. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    private RosterFiles() {
    }

    /**
     * Opens the file for reading; the caller closes the source.
     *
     * @throws RosterFileException when the file is missing, unreadable, or not a readable table
     */
    public static RosterSource open(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw Refusals.refuse(file, "这是一个文件夹，不是文件。请打开文件夹，选择其中的花名册文件。");
        }
        byte[] head;
        long size;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
        } catch (IOException e) {
            throw Refusals.io(file, e);
        }
        if (size == 0 || head.length == 0) {
            throw Refusals.refuse(file, Refusals.EMPTY);
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return XlsxSource.open(file);
        }
        if (startsWith(head, OLE2)) {
            return XlsSource.open(file);
        }
        refuseKnownBinary(file, head);
        Charset bom = TextDecoding.bomCharset(head);
        try {
            if (isBlank(file, head, bom)) {
                throw Refusals.refuse(file, Refusals.BLANK);
            }
        } catch (IOException e) {
            throw Refusals.io(file, e);
        }
        boolean utf16 = bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE;
        if (!utf16 && indexOf(head, new byte[] {0}, head.length) >= 0) {
            throw Refusals.refuse(file, Refusals.BINARY);
        }
        // the markup is ASCII in every charset but UTF-16, so Latin-1 shows it byte for byte
        String start = (bom != null ? TextDecoding.headText(head, bom) : new String(head, StandardCharsets.ISO_8859_1))
                .stripLeading();
        if (start.startsWith("<")) {
            String lower = start.toLowerCase(Locale.ROOT);
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw Refusals.refuse(file, Refusals.SPREADSHEET_2003);
            }
            if (lower.contains("<html") || lower.contains("<table")) {
                return HtmlSource.open(file);
            }
            if (lower.startsWith("<?xml")) {
                throw Refusals.refuse(file, Refusals.XML);
            }
        }
        return CsvFileSource.open(file, head);
    }

    private static void refuseKnownBinary(Path file, byte[] head) {
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            throw Refusals.refuse(file, Refusals.PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            throw Refusals.refuse(file, Refusals.image("PNG"));
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            throw Refusals.refuse(file, Refusals.image("JPEG"));
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            throw Refusals.refuse(file, Refusals.image("GIF"));
        }
        if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
            throw Refusals.refuse(file, Refusals.image("TIFF"));
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            throw Refusals.refuse(file, Refusals.image("WebP"));
        }
        if (startsWith(head, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            throw Refusals.refuse(file, Refusals.archive("RAR"));
        }
        if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            throw Refusals.refuse(file, Refusals.archive("7z"));
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            throw Refusals.refuse(file, Refusals.archive("gzip"));
        }
    }

    /** Nothing but spaces, tabs and line breaks (after a BOM), through to the end of the file. */
    private static boolean isBlank(Path file, byte[] head, Charset bom) throws IOException {
        boolean utf16 = bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE;
        int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : utf16 ? 2 : 4;
        if (!blankBytes(head, skip, head.length, utf16)) {
            return false;
        }
        if (head.length < HEAD_BYTES) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(head.length);
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (!blankBytes(buffer, 0, n, utf16)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blankBytes(byte[] bytes, int from, int to, boolean utf16) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B || utf16 && b == 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, prefix.length) == 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        return startsWith(bytes, bytes(prefix));
    }

    /** The first position of {@code needle} starting within the first {@code within} bytes, or -1. */
    private static int indexOf(byte[] bytes, byte[] needle, int within) {
        int last = Math.min(within, bytes.length - needle.length + 1);
        outer:
        for (int i = 0; i < last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
