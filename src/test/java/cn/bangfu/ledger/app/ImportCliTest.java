package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.IdNumber;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The import commands, driven as a script would: exit codes, the JSON object, history and revert. */
class ImportCliTest {

    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.of(args);
    }

    String db() {
        return dir.resolve("ledger.db").toString();
    }

    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    Path roster(String name, String[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (var wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("2026年示范县脱贫户花名册");
            String[] header = {"乡镇", "行政村", "户编号", "户类型", "姓名", "证件号码", "与户主关系"};
            var h = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(CliRun run) {
        assertThat(run.out().strip().lines()).as(run.out() + run.err()).hasSize(1);
        return JsonMapper.builder().build().readValue(run.out(), Map.class);
    }

    @Test
    void importPrintsExactlyTheDocumentedJsonAndExitsByOutcome() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        String a = id("44152219700101001");
        String b = id("44152219720202002");
        Path good = roster("good.xlsx",
                new String[] {"示范镇", "东坑村", "001", "脱贫户", "张大山", a, "户主"},
                new String[] {"示范镇", "东坑村", "001", "脱贫户", "李秀英", b, "配偶"},
                new String[] {"邻镇", "北村", "900", "脱贫户", "外人", "bad", "户主"});

        CliRun dry = run("--db", db(), "import", good.toString(), "--town", "示范镇", "--dry-run", "--json");
        assertThat(dry.code()).as(dry.err()).isZero();
        Map<String, Object> j = json(dry);
        assertThat(j).containsOnlyKeys("rows", "skipped_rows", "other_towns", "households", "persons", "rejected",
                "applied", "batch");
        assertThat(j.get("rows")).isEqualTo(3);
        assertThat(j.get("other_towns")).isEqualTo(1);
        assertThat((Map<String, Object>) j.get("households")).containsExactly(Map.entry("added", 1),
                Map.entry("changed", 0), Map.entry("unchanged", 0), Map.entry("missing", 0), Map.entry("held_back", 0));
        assertThat((Map<String, Object>) j.get("persons")).containsOnlyKeys("added", "changed", "unchanged", "missing")
                .containsEntry("added", 2);
        assertThat(j.get("rejected")).isEqualTo(List.of());
        assertThat(j.get("applied")).isEqualTo(false);
        assertThat(j).containsEntry("batch", null);
        try (var s = LedgerServices.openReadOnly(Path.of(db()))) {
            assertThat(s.overview().stats().households()).isZero(); // a dry run writes nothing
        }

        CliRun applied = run("--db", db(), "import", good.toString(), "--town", "示范镇", "--json");
        assertThat(applied.code()).isZero();
        Map<String, Object> aj = json(applied);
        assertThat(aj.get("applied")).isEqualTo(true);
        assertThat(aj.get("batch")).isInstanceOf(Integer.class);

        CliRun again = run("--db", db(), "import", good.toString(), "--town", "示范镇", "--json");
        assertThat(again.code()).isZero();
        assertThat(json(again)).containsEntry("applied", false).containsEntry("batch", null);

        Path bad = roster("bad.xlsx",
                new String[] {"示范镇", "东坑村", "002", "脱贫户", "王五", id("44152219800101003").substring(0, 17) + "0", "户主"},
                new String[] {"示范镇", "东坑村", "003", "脱贫户", "赵六", id("44152219810101005"), "户主"});
        CliRun noTown = run("--db", db(), "import", bad.toString(), "--json");
        assertThat(noTown.code()).isEqualTo(1); // no office town set, and the file has a 乡镇 column
        assertThat(noTown.err()).contains("还没有设置本乡镇", "--town", "--all-towns");
        CliRun rejected = run("--db", db(), "import", bad.toString(), "--town", "示范镇", "--json", "--errors",
                dir.resolve("errors.xlsx").toString());
        assertThat(rejected.code()).isEqualTo(3);
        Map<String, Object> rj = json(rejected);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) rj.get("rejected");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r).containsOnlyKeys("row", "column", "code", "message");
            assertThat(r).containsEntry("row", 3).containsEntry("column", "证件号码");
            assertThat(r.get("code")).isIn("ID_CHECKSUM", "ID_FORMAT");
        });
        assertThat((Map<String, Object>) rj.get("households")).containsEntry("added", 1).containsEntry("held_back", 1);
        assertThat(rj.get("applied")).isEqualTo(true);
        assertThat(dir.resolve("errors.xlsx")).exists();

        // the same file again: said first, a no-op, exit 0 (not the rejected rows again with exit 3)
        CliRun badAgain = run("--db", db(), "import", bad.toString(), "--town", "示范镇");
        assertThat(badAgain.code()).isZero();
        assertThat(badAgain.out()).startsWith("此文件（内容完全相同）已于").doesNotContain("被拒绝的行");

        // every row another town's: said with the towns found, exit 1, no batch
        Path other = roster("other.xlsx", new String[] {"示范镇", "东坑村", "004", "脱贫户", "钱七", id("44152219820101007"), "户主"});
        CliRun wrongTown = run("--db", db(), "import", other.toString(), "--town", "青山镇");
        assertThat(wrongTown.code()).isEqualTo(1);
        assertThat(wrongTown.err()).contains("都属于其他乡镇", "示范镇", "青山镇");

        CliRun history = run("--db", db(), "import-history");
        assertThat(history.code()).isZero();
        assertThat(history.out()).contains("good.xlsx", "bad.xlsx", "SHA-256");
        assertThat(history.out().lines().count()).isEqualTo(2);

        long batch = ((Number) rj.get("batch")).longValue();
        CliRun revert = run("--db", db(), "import-revert", String.valueOf(batch));
        assertThat(revert.code()).as(revert.err()).isZero();
        assertThat(revert.out()).contains("已撤销批次 " + batch);
        assertThat(run("--db", db(), "import-revert", String.valueOf(batch)).code()).isEqualTo(1);
        assertThat(run("--db", db(), "check").code()).isZero();
    }

    @Test
    void aFileThatCannotBeImportedAtAllExitsWithOneAndChangesNothing() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        Path pdf = dir.resolve("花名册.xlsx");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        CliRun refused = run("--db", db(), "import", pdf.toString(), "--json");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("PDF");

        Path unrelated = dir.resolve("goods.csv");
        Files.writeString(unrelated, "商品,价格,数量\n苹果,3,10\n");
        CliRun noHeader = run("--db", db(), "import", unrelated.toString());
        assertThat(noHeader.code()).isEqualTo(1);
        assertThat(noHeader.err()).contains("找不到表头");

        assertThat(run("--db", db(), "import", dir.resolve("nope.xlsx").toString()).err()).contains("找不到要导入的文件");
        CliRun history = run("--db", db(), "import-history");
        assertThat(history.out()).contains("还没有导入记录");
    }

    @Test
    void everyBrokenOrHostileFileOfTheCorpusIsRefusedWithExitOneAndNothingWritten() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        Path corpus = Path.of("src/test/resources/rosters/bad");
        List<Path> files;
        try (var list = Files.list(corpus)) {
            files = list.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        for (Path f : files) {
            CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> run("--db", db(), "import", f.toString(), "--all-towns", "--json"));
            if (f.getFileName().toString().equals("formulas.xlsx")) {
                assertThat(r.code()).as(f + ": " + r.err()).isIn(0, 1, 3); // formulas are read by their cached values
                continue;
            }
            assertThat(r.code()).as(f + ": " + r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).as(f.toString()).isEmpty();
            assertThat(r.err()).as(f.toString()).startsWith("错误：").containsPattern("[\\u4e00-\\u9fa5]{4}");
        }
        try (var s = LedgerServices.openReadOnly(Path.of(db()))) {
            assertThat(s.overview().stats().households()).isZero();
            assertThat(s.importHistory().history()).isEmpty();
        }
    }
}
