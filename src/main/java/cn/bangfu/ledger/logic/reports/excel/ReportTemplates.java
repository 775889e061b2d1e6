package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.reports.ReportException;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds the Excel template of a form (see templates/README.md for what a template holds). Looked for, in this
 * order:
 * <ol>
 *   <li>the folder given with {@code --templates DIR} (may be absent);</li>
 *   <li>the {@code templates} folder in the ledger's data folder;</li>
 *   <li>the templates shipped in the program (class path {@code /templates/}).</li>
 * </ol>
 * In each place the file is {@code <formId>.xlsx}; for a 公示 (masked) report {@code <formId>（公示）.xlsx} is
 * tried first, and the full form's file is used for it only when every sheet's number of data columns fits the
 * masked report (公示 leaves out the bank account and health columns). When no place has a template, one is
 * made on the fly by {@link TemplateMaker}.
 *
 * <p>Nothing is cached: every export reads the file again, so a template edited in Excel is used by the next
 * export without restarting the program. A template file is read into memory and never kept open (Excel may
 * hold it open meanwhile; nothing is ever written back to it).
 */
public final class ReportTemplates {

    /** The folder name, in the data folder and in the program (class path). */
    public static final String FOLDER = "templates";
    /** The suffix of a 公示 template's file name, before {@code .xlsx}. */
    public static final String MASKED_SUFFIX = "（公示）";
    private static final String MASKED_SUFFIX_ASCII = "(公示)";
    private static final String CLASS_PATH = "/" + FOLDER + "/";

    private final Path option;
    private final Path dataTemplates;
    private final Shipped shipped;

    /**
     * @param templatesOption the folder of {@code --templates DIR}, or null
     * @param dataFolder      the ledger's data folder (its {@code templates} sub-folder is looked in), or null
     * @throws ReportException when {@code templatesOption} is given but is not a folder
     */
    public ReportTemplates(Path templatesOption, Path dataFolder) {
        this(templatesOption, dataFolder, name -> ReportTemplates.class.getResourceAsStream(CLASS_PATH + name));
    }

    /** With the shipped templates read from elsewhere than the class path (tests). */
    ReportTemplates(Path templatesOption, Path dataFolder, Shipped shipped) {
        if (templatesOption != null && !Files.isDirectory(templatesOption)) {
            throw new ReportException("模板文件夹不存在：" + templatesOption.toAbsolutePath()
                    + "。请检查 --templates 后面的文件夹路径。");
        }
        this.option = templatesOption;
        this.dataTemplates = dataFolder == null ? null : dataFolder.resolve(FOLDER);
        this.shipped = shipped;
    }

    /** Opens a shipped template by file name, or gives null when there is none of that name. */
    interface Shipped {
        InputStream open(String name) throws IOException;
    }

    /** Only the shipped templates (and, where none is shipped, the made ones). */
    public static ReportTemplates builtIn() {
        return new ReportTemplates(null, null);
    }

    /** The template file name of a form: {@code monitoring-monthly.xlsx}, {@code monitoring-monthly（公示）.xlsx}. */
    public static String fileName(String formId, boolean masked) {
        return formId + (masked ? MASKED_SUFFIX : "") + ".xlsx";
    }

    /** The folders looked in, first to last (the class path is looked in after them). */
    public List<Path> folders() {
        List<Path> out = new ArrayList<>();
        if (option != null) {
            out.add(option);
        }
        if (dataTemplates != null) {
            out.add(dataTemplates);
        }
        return out;
    }

    /**
     * Opens the template for a report: the file found first, or a made one. The caller closes it.
     *
     * @throws ReportException when the file found cannot be opened as an .xlsx workbook
     */
    public Template open(ReportModel model) {
        String full = fileName(model.formId(), false);
        List<String> masked = model.masked()
                ? List.of(fileName(model.formId(), true), model.formId() + MASKED_SUFFIX_ASCII + ".xlsx")
                : List.of();
        for (Path folder : folders()) {
            for (String name : masked) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    return new Template(file.toAbsolutePath().toString(), file, read(file), false);
                }
            }
            Path file = folder.resolve(full);
            if (Files.isRegularFile(file)) {
                Template t = new Template(file.toAbsolutePath().toString(), file, read(file), false);
                if (!model.masked() || fits(t.workbook, model)) {
                    return t;
                }
                t.close();
            }
        }
        // the shipped templates were made for the default code lists: one that no longer fits the form (an office
        // added a measure family, say) gives way to a made one instead of refusing the export
        for (String name : masked) {
            Template t = shipped(name);
            if (t != null) {
                if (fits(t.workbook, model)) {
                    return t;
                }
                t.close();
            }
        }
        Template t = shipped(full);
        if (t != null) {
            if (fits(t.workbook, model)) {
                return t;
            }
            t.close();
        }
        return new Template("自动生成的默认模板（" + full + "）", null, TemplateMaker.make(model), true);
    }

    /** Whether every table of the model has a sheet with as many data columns. */
    static boolean fits(XSSFWorkbook workbook, ReportModel model) {
        List<String> names = model.tables().stream().map(ReportTable::name).toList();
        for (int i = 0; i < names.size(); i++) {
            XSSFSheet sheet = sheetFor(workbook, names, i);
            if (sheet == null || TemplateSheet.columnsOf(sheet) != model.tables().get(i).columns().size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sheet of the i-th table: the sheet named like the table, or else, when the template has exactly one
     * sheet per table, the sheet in the same position; null when neither.
     */
    static XSSFSheet sheetFor(XSSFWorkbook workbook, List<String> tableNames, int i) {
        XSSFSheet byName = workbook.getSheet(tableNames.get(i));
        if (byName != null) {
            return byName;
        }
        if (workbook.getNumberOfSheets() == tableNames.size()) {
            XSSFSheet byPlace = workbook.getSheetAt(i);
            // a sheet named like another table is that table's, not this one's
            return tableNames.contains(byPlace.getSheetName()) ? null : byPlace;
        }
        return null;
    }

    private Template shipped(String name) {
        try (InputStream in = shipped.open(name)) {
            if (in == null) {
                return null;
            }
            String source = "程序自带的模板 " + FOLDER + "/" + name;
            return new Template(source, null, read(in.readAllBytes(), source), false);
        } catch (IOException e) {
            throw new ReportException("程序自带的模板 " + name + " 无法读取：" + e.getMessage(), e);
        }
    }

    private static XSSFWorkbook read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportException("模板文件无法读取：" + file.toAbsolutePath() + "（" + e.getMessage()
                    + "）。请检查文件是否存在、是否有权限读取。", e);
        }
        return read(bytes, file.toAbsolutePath().toString());
    }

    private static XSSFWorkbook read(byte[] bytes, String source) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ReportException("模板文件无法打开：" + source + "。它不是 .xlsx 工作簿或已损坏；请用 Excel 另存为"
                    + " .xlsx，或删去它以使用程序自带的模板。", e);
        }
    }

    /** An opened template: where it came from and its workbook. */
    public static final class Template implements Closeable {

        private final String source;
        private final Path file;
        private final boolean generated;
        private XSSFWorkbook workbook;

        Template(String source, Path file, XSSFWorkbook workbook, boolean generated) {
            this.source = source;
            this.file = file;
            this.workbook = workbook;
            this.generated = generated;
        }

        /** Where the template came from, as the clerk is told: a file path, 程序自带的模板 …, or 自动生成的默认模板. */
        public String source() {
            return source;
        }

        /** The template file, or null for a shipped or made template. */
        public Path file() {
            return file;
        }

        /** Whether the template was made on the fly (no file anywhere). */
        public boolean generated() {
            return generated;
        }

        XSSFWorkbook workbook() {
            return workbook;
        }

        /** Hands the workbook over: closing this template no longer closes it. */
        XSSFWorkbook take() {
            XSSFWorkbook w = workbook;
            workbook = null;
            return w;
        }

        @Override
        public void close() {
            if (workbook != null) {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // read from memory: nothing to release but the memory
                }
                workbook = null;
            }
        }
    }
}
