package cn.bangfu.ledger.logic.rosters.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text roster (.csv, or a ".xls" that is really text). The charset is chosen once for the whole
 * file at open (BOM, else strict UTF-8, else strict GB18030), the delimiter from the first lines (comma, tab
 * or semicolon; an Excel "sep=X" first line wins and is not a row). Rows are streamed record by record; the
 * row number is the record number, as Excel numbers the rows of an opened CSV.
 */
final class CsvFileSource extends FileSource {

    private static final char[] DELIMITERS = {',', '\t', ';'};
    private static final int SNIFF_LINES = 20;

    private final Charset charset;
    private final char delimiter;
    private final boolean sepLine;

    private CsvFileSource(Path file, Charset charset, char delimiter, boolean sepLine) {
        super(file, RosterFormat.CSV);
        this.charset = charset;
        this.delimiter = delimiter;
        this.sepLine = sepLine;
        sheetNames(List.of(""));
    }

    /** @param head the first bytes of the file (already known not to be blank or an obvious binary) */
    static CsvFileSource open(Path file, byte[] head) {
        Charset charset;
        try {
            charset = chooseCharset(file, head);
        } catch (IOException e) {
            throw Refusals.io(file, e);
        }
        if (charset == null) {
            throw Refusals.refuse(file, Refusals.UNKNOWN_ENCODING);
        }
        String text = TextDecoding.headText(head, charset);
        if (looksBinary(text)) {
            throw Refusals.refuse(file, Refusals.BINARY);
        }
        List<String> lines = text.lines().limit(SNIFF_LINES + 1L).toList();
        Character sep = lines.isEmpty() ? null : sepDirective(lines.getFirst());
        if (sep != null) {
            return new CsvFileSource(file, charset, sep, true);
        }
        return new CsvFileSource(file, charset, detectDelimiter(lines), false);
    }

    private static Charset chooseCharset(Path file, byte[] head) throws IOException {
        Charset bom = TextDecoding.bomCharset(head);
        if (bom != null) {
            return TextDecoding.decodesCleanly(file, bom) ? bom : null;
        }
        if (TextDecoding.decodesCleanly(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (TextDecoding.decodesCleanly(file, TextDecoding.GB18030)) {
            return TextDecoding.GB18030;
        }
        return null;
    }

    /** NUL, or more than a few control characters (other than tab, line breaks, form feed, Ctrl-Z): not text. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A || c == 0x7F) {
                controls++;
            }
        }
        return controls >= 4 && controls * 100L > text.length();
    }

    /** Excel's own hint line "sep=;" (the delimiter), or null. */
    static Character sepDirective(String firstLine) {
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            return firstLine.charAt(4);
        }
        return null;
    }

    /**
     * The candidate found on the most lines (outside quotes), then the most often; a comma when none occurs.
     * Title rows without any delimiter do not count against a candidate.
     */
    static char detectDelimiter(List<String> lines) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : DELIMITERS) {
            long linesWith = 0;
            long total = 0;
            boolean quoted = false;
            for (int l = 0; l < Math.min(lines.size(), SNIFF_LINES); l++) {
                String line = lines.get(l);
                int count = 0;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == candidate && !quoted) {
                        count++;
                    }
                }
                if (count > 0) {
                    linesWith++;
                    total += count;
                }
            }
            long score = linesWith * 1_000_000L + total;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    @Override
    protected void readSheet(int index, String name, RowSink sink) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape(null)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), TextDecoding.strict(charset)), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            if (sepLine) {
                reader.readLine();
            }
            CSVParser parser = format.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            RowBuilder builder = new RowBuilder();
            while (true) {
                SheetRow row;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    CSVRecord record = records.next();
                    for (int i = 0; i < record.size(); i++) {
                        builder.text(i, record.get(i));
                    }
                    row = builder.build(name, Math.toIntExact(record.getRecordNumber()));
                } catch (UncheckedIOException e) {
                    throw failure(e.getCause(), parser.getCurrentLineNumber());
                } catch (RuntimeException e) {
                    throw Refusals.refuse(file, Refusals.CORRUPT, e);
                }
                if (!sink.row(row)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw failure(e, 0);
        }
    }

    private RosterFileException failure(IOException e, long line) {
        if (e instanceof CharacterCodingException) {
            return Refusals.refuse(file, Refusals.UNKNOWN_ENCODING, e);
        }
        if (e instanceof FileSystemException) {
            return Refusals.io(file, e);
        }
        String where = line > 0 ? "第 " + line + " 行附近" : "";
        return Refusals.refuse(file, "CSV 文件" + where + "有一个以英文双引号开头的单元格没有结束的引号，之后的内容无法分开。"
                + "请用 Excel 或 WPS 打开检查这一行，修正后另存为 .xlsx 再导入。", e);
    }

    @Override
    protected void release() {
        // each read opens and closes its own stream
    }
}
