package cn.bangfu.ledger.logic.rosters.read;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An .xlsx read with excel-streaming-reader: rows are parsed from the sheet XML as they are asked for (a
 * hundred at a time), so a sheet of any length stays in bounded memory; only the shared strings and styles
 * are held. Every zip entry is read through POI's {@link ZipSecureFile} guard (inflate ratio and size), and
 * the XML parsers POI configures resolve no DTDs or external entities. The sheet XML goes through the StAX
 * parser on the classpath, aalto-xml (see pom.xml), which expands no entity but the five predefined ones.
 */
final class XlsxSource extends FileSource {

    private static final int ROW_CACHE = 100;
    private static final int BUFFER = 8192;

    private final Workbook workbook;

    private XlsxSource(Path file, Workbook workbook) {
        super(file, RosterFormat.XLSX);
        this.workbook = workbook;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        sheetNames(names);
    }

    /** Opens a file that starts like a zip: checks what the zip holds first, then opens it as a workbook. */
    static XlsxSource open(Path file) {
        inspectZip(file);
        return openWorkbook(file);
    }

    /** Opens the workbook without the zip inspection (tests prove the streaming guard on its own). */
    static XlsxSource openWorkbook(Path file) {
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER).open(file.toFile());
        } catch (RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        try {
            return new XlsxSource(file, workbook);
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw Refusals.fromLibrary(file, e);
        }
    }

    /**
     * Reads the zip's directory (not its content): refuses a truncated zip, a zip bomb by its declared sizes
     * (the same ratio POI enforces while inflating, which also catches sizes that lie), and zips that are
     * other documents.
     */
    static void inspectZip(Path file) {
        Set<String> names = new HashSet<>();
        boolean bomb = false;
        // Latin-1 names: a plain archive with GBK file names must not fail as "damaged" (xlsx names are ASCII)
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                bomb |= looksLikeBomb(entry);
            }
            if (names.contains("mimetype")) {
                ZipEntry mimetype = zip.getEntry("mimetype");
                byte[] type = zip.getInputStream(mimetype).readNBytes(200);
                String text = new String(type, StandardCharsets.US_ASCII);
                throw Refusals.refuse(file, text.contains("opendocument.spreadsheet") ? Refusals.ODS : Refusals.OPEN_DOCUMENT);
            }
        } catch (ZipException e) {
            throw Refusals.refuse(file, Refusals.TRUNCATED, e);
        } catch (IOException e) {
            throw Refusals.io(file, e);
        }
        if (bomb) {
            throw Refusals.refuse(file, Refusals.ZIP_BOMB);
        }
        if (names.contains("xl/workbook.bin")) {
            throw Refusals.refuse(file, Refusals.XLSB);
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            throw Refusals.refuse(file, Refusals.WORD);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            throw Refusals.refuse(file, Refusals.POWERPOINT);
        }
        if (names.contains("OFD.xml")) {
            throw Refusals.refuse(file, Refusals.OFD);
        }
        if (!names.contains("[Content_Types].xml")) {
            throw Refusals.refuse(file, Refusals.ZIP);
        }
        if (names.stream().noneMatch(n -> n.startsWith("xl/"))) {
            throw Refusals.refuse(file, Refusals.NOT_WORKBOOK_ZIP);
        }
    }

    private static boolean looksLikeBomb(ZipEntry entry) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            return false;
        }
        if (size > ZipSecureFile.getMaxEntrySize()) {
            return true;
        }
        return size > ZipSecureFile.getGraceEntrySize() && (double) compressed / size < ZipSecureFile.getMinInflateRatio();
    }

    @Override
    protected void readSheet(int index, String name, RowSink sink) {
        Iterator<Row> rows;
        try {
            rows = workbook.getSheetAt(index).rowIterator();
        } catch (RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        try {
            CellText.deliver(rows, name, file, sink);
        } finally {
            if (rows instanceof Closeable closeable) {
                closeQuietly(closeable);
            }
        }
    }

    @Override
    protected void release() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was written; the handle is gone either way
        }
    }
}
