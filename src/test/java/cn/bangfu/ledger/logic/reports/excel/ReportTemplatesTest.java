package cn.bangfu.ledger.logic.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Masking;
import cn.bangfu.ledger.logic.reports.ReportException;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where templates come from, that an office's edit shows in the next export, and templates that do not fit. */
class ReportTemplatesTest {

    @TempDir
    Path dir;
    Path option;
    Path data;
    Path shipped;
    ExcelRenderer renderer;

    @BeforeEach
    void folders() throws IOException {
        option = Files.createDirectories(dir.resolve("option"));
        data = dir.resolve("data");
        Files.createDirectories(data.resolve(ReportTemplates.FOLDER));
        shipped = Files.createDirectories(dir.resolve("shipped"));
        renderer = new ExcelRenderer(new ReportTemplates(option, data, this::shipped));
    }

    private InputStream shipped(String name) throws IOException {
        Path file = shipped.resolve(name);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    /** Makes the default template of the model at {@code file} and lets the test change it like an office would. */
    static void template(ReportModel model, Path file, Consumer<XSSFSheet> edit) throws IOException {
        TemplateMaker.write(model, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(wb.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static void title(XSSFSheet sheet, String text) {
        sheet.getRow(0).getCell(0).setCellValue(text);
    }

    XSSFWorkbook export(ReportModel model) throws IOException {
        return ExcelRendererTest.read(Samples.render(renderer, model));
    }

    @Test
    void anEditedTemplateShowsInTheNextExportAndDeletingItBringsBackTheMadeOne() throws IOException {
        ReportModel model = Samples.model(Samples.table());
        try (XSSFWorkbook wb = export(model)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo(Samples.TITLE);
            assertThat(wb.getSheetAt(0).getColumnWidth(2)).isEqualTo(8 * 256);
        }
        Path file = option.resolve("test-monthly.xlsx");
        template(model, file, sheet -> {
            title(sheet, "{{期间}}示范镇防返贫监测对象月报（本镇格式）");
            sheet.setColumnWidth(2, 30 * 256);
        });
        try (XSSFWorkbook wb = export(model)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(ExcelRendererTest.text(sh, 0, 0)).isEqualTo("2026年11月示范镇防返贫监测对象月报（本镇格式）");
            assertThat(sh.getColumnWidth(2)).isEqualTo(30 * 256);
            assertThat(ExcelRendererTest.text(sh, 4, 4)).isEqualTo("上月末");
        }
        // edited again, same second: the file is read again on every export, nothing is cached
        template(model, file, sheet -> title(sheet, "第三稿{{标题}}"));
        try (XSSFWorkbook wb = export(model)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo("第三稿" + Samples.TITLE);
        }
        Files.delete(file);
        try (XSSFWorkbook wb = export(model)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo(Samples.TITLE);
            assertThat(wb.getSheetAt(0).getColumnWidth(2)).isEqualTo(8 * 256);
        }
    }

    @Test
    void theOptionFolderComesFirstThenTheDataFolderThenTheShippedOnes() throws IOException {
        ReportModel model = Samples.model(Samples.table());
        String name = ReportTemplates.fileName(Samples.FORM, false);
        template(model, option.resolve(name), s -> title(s, "选项"));
        template(model, data.resolve(ReportTemplates.FOLDER).resolve(name), s -> title(s, "数据文件夹"));
        template(model, shipped.resolve(name), s -> title(s, "自带"));
        List<String> seen = new ArrayList<>();
        for (Path next : List.of(option.resolve(name), data.resolve(ReportTemplates.FOLDER).resolve(name),
                shipped.resolve(name))) {
            try (XSSFWorkbook wb = export(model)) {
                seen.add(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0));
            }
            Files.delete(next);
        }
        try (XSSFWorkbook wb = export(model)) {
            seen.add(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0));
        }
        assertThat(seen).containsExactly("选项", "数据文件夹", "自带", Samples.TITLE);
        try (ReportTemplates.Template t = new ReportTemplates(option, data, this::shipped).open(model)) {
            assertThat(t.generated()).isTrue();
            assertThat(t.source()).contains("test-monthly.xlsx");
        }
    }

    @Test
    void aMaskedReportTakesItsOwnTemplateOrTheFullOneOnlyWhenTheColumnsFit() throws IOException {
        ReportModel full = Samples.model(Samples.table());
        ReportModel masked = Masking.mask(full);
        // the full form's template has the bank and health columns: not for the 公示
        template(full, option.resolve("test-monthly.xlsx"), s -> title(s, "全表"));
        try (XSSFWorkbook wb = export(masked)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo(Samples.TITLE + "（公示）");
            assertThat(wb.getSheetAt(0).getRow(ExcelRendererTest.FIRST_DATA).getLastCellNum()).isEqualTo((short) 14);
        }
        try (XSSFWorkbook wb = export(full)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo("全表");
        }
        // a shipped 公示 template is used for it, not the full one of the option folder
        template(masked, shipped.resolve("test-monthly（公示）.xlsx"), s -> title(s, "自带公示"));
        try (XSSFWorkbook wb = export(masked)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo("自带公示");
        }
        // a full template with the 公示's columns (a form without bank or health columns) serves both
        template(masked, option.resolve("test-monthly.xlsx"), s -> title(s, "同列全表"));
        try (XSSFWorkbook wb = export(masked)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo("同列全表");
        }
        template(masked, option.resolve("test-monthly（公示）.xlsx"), s -> title(s, "选项公示"));
        try (XSSFWorkbook wb = export(masked)) {
            assertThat(ExcelRendererTest.text(wb.getSheetAt(0), 0, 0)).isEqualTo("选项公示");
        }
    }

    @Test
    void aTemplateWithAColumnTooFewIsRefusedInChineseAndNothingIsWritten() throws IOException {
        ReportModel model = Samples.model(Samples.table());
        Path file = option.resolve("test-monthly.xlsx");
        TemplateMaker.write(Samples.model(withoutLastColumn(Samples.table())), file);

        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = folder.resolve("监测对象动态月报.xlsx");
        long[] written = {0};
        ReportException e = catchThrowableOfType(ReportException.class, () -> exportTo(model, target, written));
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("列数不一致")
                .contains(file.toAbsolutePath().toString())
                .contains("工作表「监测对象」")
                .contains("有 15 列数据")
                .contains("有 16 列");
        assertThat(written[0]).as("bytes the renderer wrote").isZero();
        assertThat(target).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aTemplateWithoutItsDataRowOrSheetIsRefused() throws IOException {
        ReportModel model = Samples.model(Samples.table());
        Path file = option.resolve("test-monthly.xlsx");
        template(model, file, s -> s.getRow(5).getCell(0).setCellValue("数据"));
        ReportException e = catchThrowableOfType(ReportException.class, () -> export(model));
        assertThat(e.getMessage()).contains("缺少数据行").contains(file.toAbsolutePath().toString())
                .contains("{{数据}}");

        ReportTable t = Samples.table();
        ReportModel two = Samples.model(t, new ReportTable("按风险", t.headers(), t.rows()));
        template(model, file, s -> { });
        e = catchThrowableOfType(ReportException.class, () -> export(two));
        assertThat(e.getMessage()).contains("缺少工作表").contains("「按风险」").contains("「监测对象」");

        Files.writeString(file, "不是工作簿");
        e = catchThrowableOfType(ReportException.class, () -> export(model));
        assertThat(e.getMessage()).contains("模板文件无法打开").contains(file.toAbsolutePath().toString());
    }

    @Test
    void anOfficeMayRenameTheOnlySheetAndAddRowsAroundTheData() throws IOException {
        ReportModel model = Samples.model(Samples.table());
        template(model, option.resolve("test-monthly.xlsx"), s -> {
            s.getWorkbook().setSheetName(0, "月报");
            // a line under the signature, with a token
            s.createRow(s.getLastRowNum() + 2).createCell(0).setCellValue("（{{单位}}，{{负责人}}签字后报镇办）");
        });
        try (XSSFWorkbook wb = export(model)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("月报");
            int signature = ExcelRendererTest.FIRST_DATA + 8 + 2;
            assertThat(ExcelRendererTest.text(sh, signature, 0)).startsWith("填报单位（盖章）：");
            assertThat((Object) sh.getRow(signature + 1)).isNull();
            assertThat(ExcelRendererTest.text(sh, signature + 2, 0)).isEqualTo("（单位：户、人、元，王五签字后报镇办）");
        }
    }

    @Test
    void theTemplatesOptionMustBeAFolder() {
        ReportException e = catchThrowableOfType(ReportException.class,
                () -> new ReportTemplates(dir.resolve("没有这个文件夹"), null));
        assertThat(e.getMessage()).contains("模板文件夹不存在").contains("--templates");
    }

    /** What the caller does: write to a temporary file beside the target, move it over the target when done. */
    void exportTo(ReportModel model, Path target, long[] written) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        try {
            try (OutputStream out = new OutputStream() {
                final OutputStream file = Files.newOutputStream(temp);

                @Override
                public void write(int b) throws IOException {
                    written[0]++;
                    file.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    written[0] += len;
                    file.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    file.close();
                }
            }) {
                renderer.write(List.of(model), out, WorkProgress.NONE);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static ReportTable withoutLastColumn(ReportTable t) {
        List<Header> headers = new ArrayList<>(t.headers());
        Column last = (Column) headers.removeLast();
        assertThat(last.key()).isEqualTo("no_labour");
        List<Row> rows = t.rows().stream().map(r -> new Row(r.kind(), r.cells().subList(0, 15))).toList();
        return new ReportTable(t.name(), headers, rows);
    }
}
