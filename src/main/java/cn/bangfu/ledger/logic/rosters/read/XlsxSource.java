package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * An .xlsx read by our own streaming reader ({@link XlsxPackage}, {@link XlsxSheetReader}): a sheet's rows are
 * parsed from its XML as they are asked for, so a sheet of any length stays in bounded memory; only the shared
 * strings and the styles' date flags are held. Every zip entry is read through POI's {@link ZipSecureFile}
 * guard (inflate ratio and size); the XML goes through aalto-xml with DTDs off, and a part with a DOCTYPE or
 * an unknown entity is refused as damaged, so no entity is ever resolved.
 */
final class XlsxSource extends FileSource {

    private final ZipSecureFile zip;
    private final XlsxPackage pkg;

    private XlsxSource(Path file, ZipSecureFile zip, XlsxPackage pkg) {
        super(file, RosterFormat.XLSX);
        this.zip = zip;
        this.pkg = pkg;
        sheetNames(pkg.sheetNames());
    }

    /** Opens a file that starts like a zip: checks what the zip holds first, then opens it as a workbook. */
    static XlsxSource open(Path file) {
        inspectZip(file);
        return openWorkbook(file);
    }

    /** Opens the workbook without the zip inspection (tests prove the streaming guard on its own). */
    static XlsxSource openWorkbook(Path file) {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        try {
            return new XlsxSource(file, zip, XlsxPackage.read(zip));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(zip);
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
        XlsxSheetReader rows;
        try {
            rows = new XlsxSheetReader(pkg, name, pkg.openSheet(index));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        try (rows) {
            while (true) {
                SheetRow row;
                try {
                    row = rows.next();
                } catch (XMLStreamException | RuntimeException e) {
                    throw Refusals.fromLibrary(file, e);
                }
                if (row == null || !sink.row(row)) {
                    return;
                }
            }
        }
    }

    @Override
    protected void release() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was written; the handle is gone either way
        }
    }
}
