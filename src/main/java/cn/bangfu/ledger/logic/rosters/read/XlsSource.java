package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * A legacy .xls (BIFF8) read with POI's HSSF user model. The format caps a sheet at 65,536 rows, so the
 * whole workbook is held in memory. Also tells apart the other things an OLE2 container can be: an encrypted
 * .xlsx, a Word or PowerPoint file, an Excel 95 book.
 */
final class XlsSource extends FileSource {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;

    private XlsSource(Path file, POIFSFileSystem fs, HSSFWorkbook workbook) {
        super(file, RosterFormat.XLS);
        this.fs = fs;
        this.workbook = workbook;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        sheetNames(names);
    }

    static XlsSource open(Path file) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        try {
            refuseOtherContent(file, fs);
            HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false);
            return new XlsSource(file, fs, workbook);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw Refusals.fromLibrary(file, e);
        }
    }

    private static void refuseOtherContent(Path file, POIFSFileSystem fs) {
        List<String> names = new ArrayList<>();
        for (Entry entry : fs.getRoot()) {
            names.add(entry.getName().toLowerCase(Locale.ROOT));
        }
        if (names.contains("encryptioninfo") || names.contains("encryptedpackage")) {
            throw Refusals.refuse(file, Refusals.ENCRYPTED);
        }
        if (names.contains("workbook")) {
            return;
        }
        if (names.contains("book")) {
            throw Refusals.refuse(file, Refusals.OLD_EXCEL);
        }
        if (names.contains("worddocument")) {
            throw Refusals.refuse(file, Refusals.WORD);
        }
        if (names.contains("powerpoint document")) {
            throw Refusals.refuse(file, Refusals.POWERPOINT);
        }
        throw Refusals.refuse(file, Refusals.OLE_NOT_WORKBOOK);
    }

    @Override
    protected void readSheet(int index, String name, RowSink sink) {
        CellText.deliver(workbook.getSheetAt(index).rowIterator(), name, file, sink);
    }

    @Override
    protected void release() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
        closeQuietly(fs);
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
