package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterBook.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.logic.monitoring.LeadService;
import cn.bangfu.ledger.logic.rosters.read.RosterFileException;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing end to end through the import services ({@link ImportPlanning}, {@link ImportApplying},
 * {@link ImportHistory}, {@link SavedMappings}) and the leads a push list registers ({@link LeadService}).
 */
class ImportServicesTest {

    @TempDir
    Path dir;

    ServiceFixture fx;
    ImportPlanning planning;
    ImportApplying applying;
    ImportHistory history;
    SavedMappings mappings;
    LeadService leads;

    static final String HEAD_A = id("44152219700101001");  // 男 (odd sequence)
    static final String WIFE_A = id("44152219720202002");
    static final String SON_A = id("44152220000303003");
    static final String HEAD_B = id("44152219650505005");
    static final String HEAD_C = id("44152219800606007");

    @BeforeEach
    void open() {
        fx = new ServiceFixture(dir);
        services();
    }

    /** The import services and the leads on the fixture's ledger. */
    private void services() {
        mappings = new SavedMappings(fx.ledger, fx.settings, ServiceFixture.CLOCK);
        planning = new ImportPlanning(fx.ledger, mappings, ServiceFixture.CLOCK);
        applying = new ImportApplying(fx.ledger, fx.settings, ServiceFixture.CLOCK);
        history = new ImportHistory(fx.ledger, fx.settings, ServiceFixture.CLOCK);
        leads = new LeadService(fx.ledger, fx.settings, ServiceFixture.CLOCK);
    }

    @AfterEach
    void close() {
        fx.ledger.close();
    }

    private Path standard() throws Exception {
        return new RosterBook().sheet("花名册").titles("示范县2026年脱贫人口花名册", "填报说明：每人一行，户信息在每名成员行重复")
                .header()
                .person("东坑村", "4415220010001", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .person("东坑村", "4415220010001", "脱贫户", "李秀英", WIFE_A, "女", "配偶")
                .person("东坑村", "4415220010001", "脱贫户", "张小明", SON_A, "男", "之子")
                .blank()
                .person("西岭村", "4415220020001", "一般农户", "王建国", HEAD_B, "男", "户主")
                .row("合计", null, null, null, null, "4人")
                .write(dir.resolve("roster.xlsx"));
    }

    private ImportPlan plan(Path file) {
        return planning.plan(file, ImportOptions.defaults().withTown("示范镇"), ImportProgress.NONE);
    }

    @Test
    void aNewRosterIsReadPastTitlesBlanksAndTotalsAndAddsHouseholdsWithTheirVillages() throws Exception {
        ImportPlan plan = plan(standard());

        assertThat(plan.headers()).singleElement().satisfies(h -> {
            assertThat(h.firstRow()).isEqualTo(3);
            assertThat(h.names()).startsWith("县", "乡(镇)", "行政村", "户编号");
        });
        var c = plan.counts();
        assertThat(c.rows()).isEqualTo(4);
        assertThat(c.skippedRows()).isEqualTo(2); // the blank spacer row and the 合计 row
        assertThat(c.householdsAdded()).isEqualTo(2);
        assertThat(c.personsAdded()).isEqualTo(4);
        assertThat(plan.errors()).isEmpty();

        var result = applying.apply(plan, ImportProgress.NONE);

        assertThat(result.applied()).isTrue();
        Household a = fx.ledger.read(v -> v.households().byNumber("4415220010001")).orElseThrow();
        List<Member> members = fx.ledger.read(v -> v.members().ofHousehold(a.id()));
        assertThat(members).extracting(Member::name).containsExactly("张大山", "李秀英", "张小明");
        assertThat(members.get(1).gender()).isEqualTo("2");
        assertThat(members.get(1).birthDate()).isEqualTo(LocalDate.of(1972, 2, 2)); // from the ID
        assertThat(fx.households.villages()).extracting(v -> v.name()).contains("东坑村", "西岭村");
        List<AuditEntry> audit = fx.ledger.read(v -> v.imports().changesOf(result.batchId()));
        assertThat(audit).filteredOn(e -> e.entity().equals("member")).hasSize(4);
        assertThat(audit).filteredOn(e -> e.entity().equals("household")).hasSize(2)
                .allSatisfy(e -> assertThat(e.householdId()).isNotNull());
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
        ImportBatch batch = history.history().getFirst();
        assertThat(batch.fileSha256()).hasSize(64);
        assertThat(batch.householdsAdded()).isEqualTo(2);
        assertThat(batch.operator()).isEqualTo("李会计");
    }

    @Test
    void theSameFileAgainIsANoOpAndAChangedRosterShowsFieldByFieldDifferences() throws Exception {
        Path file = standard();
        applying.apply(plan(file), ImportProgress.NONE);
        long auditBefore = fx.ledger.read(v -> v.audit().count());

        ImportPlan again = plan(file);
        assertThat(again.alreadyImported()).isPresent();
        assertThat(again.counts().householdsUnchanged()).isEqualTo(2);
        var result = applying.apply(again, ImportProgress.NONE);
        assertThat(result.applied()).isFalse();
        assertThat(result.message()).contains("已于").contains("导入");
        assertThat(fx.ledger.<Long>read(v -> v.audit().count())).isEqualTo(auditBefore);

        Path changed = new RosterBook().header()
                .person("东坑村", "4415220010001", "一般农户", "张大山", HEAD_A, "男", "户主")
                .person("东坑村", "4415220010001", "一般农户", "李秀英", WIFE_A, "女", "之女")
                .write(dir.resolve("changed.xlsx"));
        ImportPlan diff = plan(changed);
        var c = diff.counts();
        assertThat(c.householdsChanged()).isEqualTo(1);
        assertThat(c.householdsMissing()).isZero(); // 西岭村 is not in this file: its households are not "missing"
        assertThat(c.personsChanged()).isEqualTo(1);
        assertThat(c.personsUnchanged()).isEqualTo(1);
        assertThat(c.personsMissing()).isEqualTo(1); // 张小明 is not listed: shown, never deleted
        HouseholdDiff hh = diff.households().getFirst();
        assertThat(hh.changes()).containsExactly(new FieldChange("户类型", "脱贫户", "一般农户"));
        assertThat(hh.persons()).filteredOn(p -> p.status() == DiffStatus.CHANGED).singleElement()
                .satisfies(p -> assertThat(p.changes()).containsExactly(new FieldChange("与户主关系", "配偶", "之女")));

        long batch = applying.apply(diff, ImportProgress.NONE).batchId();
        Household a = fx.ledger.read(v -> v.households().byNumber("4415220010001")).orElseThrow();
        assertThat(a.householdType()).isEqualTo("一般农户");
        assertThat(fx.ledger.<List<Member>>read(v -> v.members().ofHousehold(a.id()))).hasSize(3)
                .allSatisfy(m -> assertThat(m.leftOn()).isNull());

        // revert: the changed fields go back, by new audited changes
        long revert = history.revert(batch);
        assertThat(fx.ledger.read(v -> v.households().byNumber("4415220010001")).orElseThrow().householdType())
                .isEqualTo("脱贫户");
        assertThat(fx.ledger.<List<AuditEntry>>read(v -> v.imports().changesOf(revert))).hasSize(2);
        assertThat(history.revertOf(batch)).isPresent();
        assertThatThrownBy(() -> history.revert(batch)).isInstanceOf(LedgerException.class).hasMessageContaining("已于");
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
    }

    @Test
    void revertingANewImportRemovesItsRowsButNotWhenTheClerkChangedThemSince() throws Exception {
        long first = applying.apply(plan(standard()), ImportProgress.NONE).batchId();
        assertThat(fx.ledger.<Long>read(v -> v.households().count())).isEqualTo(2);

        Household b = fx.ledger.read(v -> v.households().byNumber("4415220020001")).orElseThrow();
        fx.households.updateHousehold(new Household(b.id(), b.householdNo(), b.villageId(), b.groupId(), b.householdType(),
                b.noLabourCapacity(), "13800000000", b.address(), b.note()), null);
        assertThatThrownBy(() -> history.revert(first)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("无法撤销").hasMessageContaining("4415220020001").hasMessageContaining("李会计");
        assertThat(fx.ledger.<Long>read(v -> v.households().count())).isEqualTo(2);

        // a fresh ledger: import, then revert cleanly
        fx.ledger.close();
        fx = new ServiceFixture(dir.resolve("second"));
        services();
        long batch = applying.apply(plan(standard()), ImportProgress.NONE).batchId();
        history.revert(batch);
        assertThat(fx.ledger.<Long>read(v -> v.households().count())).isZero();
        assertThat(fx.ledger.<Long>read(v -> v.members().countCurrent())).isZero();
        assertThat(fx.households.villages()).extracting(v -> v.name()).containsExactly("东坑村"); // 西岭村 was the import's
        assertThat(fx.ledger.<Long>read(v -> v.audit().count())).isGreaterThan(10); // history kept
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
        // the same file may be imported again after a revert
        assertThat(plan(standard()).alreadyImported()).isEmpty();
    }

    @Test
    void everyHardProblemRejectsItsRowAndHoldsItsHouseholdBackWhole() throws Exception {
        // the ledger already holds HEAD_C in household 4415220090009
        fx.households.createHousehold(new Household(null, "4415220090009", fx.village, null, "脱贫户", false, null, null,
                null), ServiceFixture.person("赵铁柱", HEAD_C, "户主", "1", null), null);
        String badChecksum = HEAD_B.substring(0, 17) + (HEAD_B.charAt(17) == '1' ? "2" : "1");
        Path file = new RosterBook().header()
                .person("东坑村", "H1", "脱贫户", "甲", HEAD_A, "男", "户主")
                .person("东坑村", "H1", "脱贫户", "乙", badChecksum, "女", "配偶")          // ID_CHECKSUM
                .person("东坑村", "H2", "脱贫户", "丙", "12345", "男", "户主")               // ID_FORMAT
                .person("东坑村", "H3", "脱贫户", "丁", "#441522197001010000", "男", "户主") // ID_TRUNCATED (number cell)
                .person("东坑村", "H4", "脱贫户", "戊", "4.41522E+17", "男", "户主")         // ID_TRUNCATED (text)
                .person("东坑村", "H5", "脱贫户", "己", WIFE_A, "女", "户主")                // ID_DUPLICATE ...
                .person("东坑村", "H6", "脱贫户", "庚", WIFE_A, "女", "户主")                // ... in two households
                .person("东坑村", "H7", "脱贫户", "辛", HEAD_C, "男", "户主")                // ID_CONFLICT
                .person("东坑村", "H8", "脱贫户", null, SON_A, "男", "户主")                 // REQUIRED_MISSING
                .row("示范县", "示范镇", "东坑村", "H9", "脱贫户", "壬", id("44152219900909009"), "男", "户主", "汉族",
                        "1990-13-45", null)                                                   // DATE_INVALID
                .person("东坑村", "H10", "脱贫户", "癸", id("44152219911010011"), "男", "舅舅") // CODE_UNKNOWN
                .person("东坑村", "H11", "脱贫户", "好人", id("44152219921111013"), "男", "户主") // fine
                .write(dir.resolve("bad.xlsx"));

        ImportPlan plan = plan(file);

        assertThat(plan.errors()).extracting(RowProblem::code).containsExactlyInAnyOrder("ID_CHECKSUM", "ID_FORMAT",
                "ID_TRUNCATED", "ID_TRUNCATED", "ID_DUPLICATE", "ID_DUPLICATE", "ID_CONFLICT", "REQUIRED_MISSING",
                "DATE_INVALID", "CODE_UNKNOWN");
        RowProblem checksum = plan.errors().stream().filter(p -> p.code().equals("ID_CHECKSUM")).findFirst().orElseThrow();
        assertThat(checksum.row()).isEqualTo(3); // as Excel shows it: header on row 1, 甲 on 2, 乙 on 3
        assertThat(checksum.column()).isEqualTo("证件号码");
        assertThat(checksum.message()).contains("校验");
        assertThat(plan.errors()).filteredOn(p -> p.code().equals("ID_DUPLICATE")).extracting(RowProblem::row)
                .containsExactly(7, 8);
        assertThat(plan.errors()).filteredOn(p -> p.code().equals("DATE_INVALID")).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("出生日期"));
        var c = plan.counts();
        assertThat(c.householdsHeldBack()).isEqualTo(10); // H1 held back whole, although 甲 is fine
        assertThat(c.householdsAdded()).isEqualTo(1);
        assertThat(c.rejectedRows()).isEqualTo(10);
        assertThat(plan.households()).filteredOn(h -> h.householdNo().equals("H1")).singleElement()
                .satisfies(h -> assertThat(h.heldBack()).contains("第3行"));

        applying.apply(plan, ImportProgress.NONE);
        assertThat(fx.ledger.<Optional<Household>>read(v -> v.households().byNumber("H1"))).isEmpty();
        assertThat(fx.ledger.<Optional<Household>>read(v -> v.households().byNumber("H11"))).isPresent();
        long batch = history.history().getFirst().id();
        assertThat(history.issues(batch)).filteredOn(i -> i.severity().equals("error")).hasSize(10);

        // the error workbook: original columns plus the problems, IDs intact as text
        Path errors = dir.resolve("问题行.xlsx");
        planning.writeErrors(plan, errors);
        List<List<String>> rows = new ArrayList<>();
        try (var source = RosterFiles.open(errors)) {
            source.read(null, r -> rows.add(List.of(r.cells())));
        }
        assertThat(rows.getFirst()).startsWith(RosterBook.HEADER.toArray(String[]::new)).contains("问题代码", "问题说明");
        assertThat(rows).hasSize(12); // the 10 faulty rows and 甲, the sound row of held-back H1
        assertThat(rows.get(1)).contains(HEAD_A, "同户暂缓");
        assertThat(rows.get(2)).contains(badChecksum, "证件号校验位错误"); // the code as the window names it
    }

    @Test
    void aHouseholdNumberExcelStoredAsANumberIsRejectedNeverMergedOrGuessed() throws Exception {
        // two real households 360733001001000012 and …013 both come out of Excel as 360733001001000000
        Path file = new RosterBook().header()
                .person("东坑村", "#360733001001000012", "脱贫户", "甲", HEAD_A, "男", "户主")
                .person("东坑村", "#360733001001000013", "脱贫户", "乙", HEAD_B, "男", "户主")
                .person("东坑村", "3.60733E+17", "脱贫户", "丙", SON_A, "男", "户主") // a CSV's view of it
                .person("东坑村", "#12345", "脱贫户", "丁", id("44152219921111013"), "男", "户主") // short: kept
                .write(dir.resolve("numbers.xlsx"));

        ImportPlan plan = plan(file);

        assertThat(plan.errors()).extracting(RowProblem::code).containsExactly("ID_TRUNCATED", "ID_TRUNCATED",
                "ID_TRUNCATED");
        assertThat(plan.errors()).allSatisfy(p -> {
            assertThat(p.column()).isEqualTo("户编号");
            assertThat(p.message()).contains("15位以后的数字已丢失");
        });
        assertThat(plan.errors()).extracting(RowProblem::row).containsExactly(2, 3, 4);
        assertThat(plan.counts().householdsAdded()).isEqualTo(1);
        assertThat(plan.households()).extracting(h -> h.householdNo()).doesNotContain("360733001001000000");
    }

    @Test
    void aNationalPersonExportWithItsManyColumnsImportsWhatIsOurs() throws Exception {
        // DOMAIN §7: two title rows, the header on row 3, ~50 of its columns here, 县/乡/村, genders 1/2,
        // 风险是否已消除 twice, amounts and a cadre's phone beside the member's fields
        List<String> header = MappingSuggesterTest.NATIONAL;
        RosterBook book = new RosterBook().sheet("人员信息").titles("全国防止返贫监测信息系统 人员信息", "导出时间：2026-11-20")
                .header(header.toArray(String[]::new));
        String[][] people = {{"3607330010010001", "马春", HEAD_A, "户主", "1"}, {"3607330010010001", "何洁秀", WIFE_A, "配偶", "2"},
            {"3607330010010002", "王建国", HEAD_B, "户主", "1"}};
        for (String[] p : people) {
            String[] row = new String[header.size()];
            java.util.Arrays.fill(row, "");
            java.util.function.BiConsumer<String, String> put = (name, value) -> row[header.indexOf(name)] = value;
            put.accept("序号", "1");
            put.accept("县", "示范县");
            put.accept("乡", "示范镇");
            put.accept("村", "东坑村");
            put.accept("组", "3组");
            put.accept("户编号", p[0]);
            put.accept("姓名", p[1]);
            put.accept("证件类型", "居民身份证");
            put.accept("证件号码", p[2]);
            put.accept("与户主关系", p[3]);
            put.accept("性别", p[4]);
            put.accept("民族", "汉族");
            put.accept("户类型", "脱贫户");
            put.accept("低保金额（元）", "3600");
            put.accept("帮扶责任人联系电话", "13900000000");
            put.accept("风险是否已消除", "是");
            put.accept("识别监测时间", "202304");
            put.accept("人均纯收入（元）", "8123.5");
            book.row(row);
        }
        ImportPlan plan = plan(book.write(dir.resolve("national.xlsx")));

        assertThat(plan.headers()).singleElement().satisfies(h -> assertThat(h.firstRow()).isEqualTo(3));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.counts().householdsAdded()).isEqualTo(2);
        assertThat(plan.counts().personsAdded()).isEqualTo(3);
        applying.apply(plan, ImportProgress.NONE);
        Household h = fx.ledger.read(v -> v.households().byNumber("3607330010010001")).orElseThrow();
        List<Member> members = fx.ledger.read(v -> v.members().ofHousehold(h.id()));
        assertThat(members).extracting(Member::name).containsExactly("马春", "何洁秀");
        assertThat(members).extracting(Member::gender).containsExactly("1", "2");
        assertThat(members).extracting(Member::phone).containsOnlyNulls(); // not the cadre's phone
        assertThat(members).extracting(Member::dibao).containsOnlyNulls(); // not the amount
    }

    @Test
    void valuesAreNormalisedBeforeTheyAreChecked() throws Exception {
        String fifteen = "441522700101001"; // legacy 15-digit number: 1970-01-01, sequence 001
        String full = "４４１５２２１９７２０２０２００２" + WIFE_A.substring(17); // full-width digits
        Path file = new RosterBook().header()
                .person("东坑村", "'0010001", "脱贫户", " 张大山\u00a0", fifteen, "1", "户主")
                .person("东坑村", "'0010001", "脱贫户", "李秀英", "\u200b" + full + " ", "2", "妻子")
                .person("东坑村", "'0010001", "脱贫户", "张小明", SON_A.toLowerCase() + "\t", "男", "儿子")
                .person("东坑村", "'0010001", "脱贫户", "张残", HEAD_B + "42", "男", "之子")
                .write(dir.resolve("dirty.xlsx"));
        ImportPlan plan = plan(file);
        assertThat(plan.errors()).isEmpty();
        applying.apply(plan, ImportProgress.NONE);
        Household h = fx.ledger.read(v -> v.households().byNumber("0010001")).orElseThrow();
        List<Member> members = fx.ledger.read(v -> v.members().ofHousehold(h.id()));
        assertThat(members).extracting(Member::name).containsExactly("张大山", "李秀英", "张小明", "张残");
        assertThat(members.get(0).idNumber()).isEqualTo("44152219700101001" + cn.bangfu.ledger.model.IdNumber.checkChar("44152219700101001"));
        assertThat(members.get(1).idNumber()).isEqualTo(WIFE_A);
        assertThat(members.get(1).relation()).isEqualTo("配偶");
        assertThat(members.get(2).relation()).isEqualTo("之子");
        assertThat(members.get(3).idNumber()).hasSize(18);
    }

    @Test
    void twoLevelMergedHeadersAreJoinedAndSheetsNameTheirVillage() throws Exception {
        Path file = new RosterBook().sheet("东坑村").titles("东坑村花名册").twoLevelHeader()
                .row("", "H1", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .sheet("西岭村").twoLevelHeader()
                .row("", "H2", "一般农户", "王建国", HEAD_B, "男", "户主")
                .sheet("说明").row("本表由县乡村振兴局下发")
                .write(dir.resolve("two-level.xlsx"));
        var inspection = planning.inspect(file, ImportOptions.defaults());
        SheetHeader h = inspection.firstHeader().orElseThrow();
        assertThat(h.firstRow()).isEqualTo(2);
        assertThat(h.lastRow()).isEqualTo(3);
        assertThat(h.names()).containsExactly("行政村", "户编号", "户类型", "家庭成员/姓名", "家庭成员/证件号码", "家庭成员/性别",
                "与户主关系");
        assertThat(inspection.mapping().header(RosterField.ID_NUMBER)).contains("家庭成员/证件号码");
        assertThat(inspection.missing()).isEmpty();

        ImportPlan plan = plan(file);
        assertThat(plan.counts().householdsAdded()).isEqualTo(2);
        assertThat(plan.skippedSheets()).containsKey("说明");
        applying.apply(plan, ImportProgress.NONE);
        Household west = fx.ledger.read(v -> v.households().byNumber("H2")).orElseThrow();
        assertThat(fx.households.villages()).filteredOn(v -> v.id() == west.villageId()).extracting(v -> v.name())
                .containsExactly("西岭村");

        var only = planning.plan(file, ImportOptions.defaults().withSheet("西岭村"), ImportProgress.NONE);
        assertThat(only.counts().rows()).isEqualTo(1);
    }

    @Test
    void theTownFilterCountsOtherTownsWithoutReportingThem() throws Exception {
        Path file = new RosterBook().header()
                .person("东坑村", "H1", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .row("示范县", "邻镇", "北村", "H9", "脱贫户", "外镇人", "not an id", "男", "户主")
                .row("示范县", "示范", "东坑村", "H2", "脱贫户", "王建国", HEAD_B, "男", "户主") // 示范 = 示范镇
                .write(dir.resolve("county.xlsx"));
        ImportPlan plan = plan(file);
        assertThat(plan.counts().rows()).isEqualTo(3);
        assertThat(plan.counts().otherTowns()).isEqualTo(1);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.counts().householdsAdded()).isEqualTo(2);

        ImportPlan all = planning.plan(file, ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(all.counts().otherTowns()).isZero();
        assertThat(all.errors()).extracting(RowProblem::code).containsExactly("ID_FORMAT");
    }

    @Test
    void aSavedMappingIsReusedForTheSameHeaderShape() throws Exception {
        Path file = new RosterBook().header("户码", "村", "户属性", "名字", "身份证号", "关系").row("H1", "东坑村", "脱贫户", "张大山",
                HEAD_A, "户主").write(dir.resolve("odd.xlsx"));
        var inspection = planning.inspect(file, ImportOptions.defaults());
        assertThat(inspection.mapping().header(RosterField.ID_NUMBER)).contains("身份证号");
        assertThat(inspection.mapping().header(RosterField.HOUSEHOLD_NO)).contains("户码");
        assertThat(inspection.missing()).containsExactly(RosterField.NAME); // 名字 is not a known name
        assertThatThrownBy(() -> plan(file)).isInstanceOf(RosterFileException.class).hasMessageContaining("姓名");

        List<String> names = inspection.firstHeader().orElseThrow().names();
        mappings.saveMapping("某县格式", ImportKind.ROSTER, names, inspection.mapping().with(RosterField.NAME, "名字"));

        var again = planning.inspect(file, ImportOptions.defaults());
        assertThat(again.mapping().savedName()).isEqualTo("某县格式");
        assertThat(again.missing()).isEmpty();
        ImportPlan plan = plan(file);
        assertThat(plan.counts().householdsAdded()).isEqualTo(1);
        applying.apply(plan, ImportProgress.NONE);
        assertThat(history.history().getFirst().mappingName()).isEqualTo("某县格式");
    }

    @Test
    void aCsvInGbkWithAnotherCountysHeaderNamesImports() throws Exception {
        String csv = "户编号,行政村,户类型,姓名,公民身份号码,与户主关系,性别\n"
                + "H1,东坑村,脱贫户,张大山," + HEAD_A + ",户主,男\n"
                + ",,,,,,\n"
                + "H1,东坑村,脱贫户,李秀英," + WIFE_A + ",配偶,女\n";
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, csv, Charset.forName("GB18030"));
        ImportPlan plan = plan(file);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.counts().personsAdded()).isEqualTo(2);
        assertThat(plan.counts().skippedRows()).isEqualTo(1);
    }

    @Test
    void aPushListBecomesLeadsOnMatchedHouseholdsAndListsTheUnmatched() throws Exception {
        applying.apply(plan(standard()), ImportProgress.NONE);
        Path push = new RosterBook().titles("医保局 大额医疗自付推送名单").header("姓名", "证件号码", "推送原因", "推送日期")
                .row("李秀英", WIFE_A, "医疗自付费用超过1万元", "2026-11-02")
                .row("外人", HEAD_C, "医疗自付费用超过1万元", "2026-11-02")
                .write(dir.resolve("push.xlsx"));

        var noSource = planning.plan(push, ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(noSource.kind()).isEqualTo(ImportKind.PUSH);
        assertThat(noSource.errors()).extracting(RowProblem::code).containsOnly("REQUIRED_MISSING");

        ImportPlan plan = planning.plan(push, ImportOptions.defaults().withSource("县医保局"), ImportProgress.NONE);
        assertThat(plan.counts().leadsAdded()).isEqualTo(1);
        assertThat(plan.unmatched()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("外人"));
        applying.apply(plan, ImportProgress.NONE);

        Lead lead = leads.openLeads().getFirst();
        assertThat(lead.personName()).isEqualTo("李秀英");
        assertThat(lead.source()).isEqualTo("县医保局");
        assertThat(lead.pushedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThatThrownBy(() -> leads.dispose(lead.id(), "已入户", Lead.NOT_TAKEN, null, ServiceFixture.TODAY))
                .isInstanceOf(LedgerException.class).hasMessageContaining("理由");
        leads.dispose(lead.id(), "入户核查：已报销大部分，实际自付三千元", Lead.NOT_TAKEN, "实际自付未超标准",
                ServiceFixture.TODAY);
        assertThat(leads.openLeads()).isEmpty();
        assertThat(leads.leadsOf(lead.householdId())).singleElement()
                .satisfies(l -> assertThat(l.decision()).isEqualTo(Lead.NOT_TAKEN));

        // the same list again brings no new lead
        assertThat(planning.plan(push, ImportOptions.defaults().withSource("县医保局"), ImportProgress.NONE).counts()
                .leadsUnchanged()).isEqualTo(1);
    }

    @Test
    void aPlanMadeBeforeTheLedgerChangedIsNotApplied() throws Exception {
        ImportPlan plan = plan(standard());
        fx.households.addVillage("新村");
        assertThatThrownBy(() -> applying.apply(plan, ImportProgress.NONE)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("重新检查");
        assertThat(fx.ledger.<Long>read(v -> v.households().count())).isZero();
        assertThat(history.history()).isEmpty();
    }

    @Test
    void cancellingStopsTheReadAndWritesNothing() throws Exception {
        RosterBook book = new RosterBook().header();
        List<String> ids = RosterBook.ids(3000);
        for (int i = 0; i < ids.size(); i++) {
            book.person("东坑村", "H" + i, "脱贫户", "人" + i, ids.get(i), null, "户主");
        }
        Path file = book.write(dir.resolve("big.xlsx"));
        ImportProgress cancelled = new ImportProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> planning.plan(file, ImportOptions.defaults(), cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(history.history()).isEmpty();
    }

    @Test
    void theSameRosterAsXlsxXlsCsvInBothEncodingsAndHtmlReadsAlike() {
        Path good = Path.of("src/test/resources/rosters/good");
        ImportPlan xlsx = planning.plan(good.resolve("roster.xlsx"), ImportOptions.defaults(), ImportProgress.NONE);
        ImportPlan xls = planning.plan(good.resolve("roster.xls"), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(xlsx.headers()).extracting(SheetHeader::sheet).containsExactly("青石村", "白沙村");
        assertThat(xlsx.headers().getFirst().firstRow()).isEqualTo(4);
        assertThat(xlsx.headers().getFirst().lastRow()).isEqualTo(5);
        assertThat(xls.counts()).isEqualTo(xlsx.counts());
        assertThat(xls.problems()).isEqualTo(xlsx.problems());
        assertThat(xlsx.errors()).extracting(RowProblem::code).contains("ID_TRUNCATED");

        ImportPlan utf8 = planning.plan(good.resolve("roster-utf8-bom.csv"), ImportOptions.defaults(), ImportProgress.NONE);
        ImportPlan gbk = planning.plan(good.resolve("roster-gbk.csv"), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(gbk.counts()).isEqualTo(utf8.counts());
        assertThat(gbk.problems()).isEqualTo(utf8.problems());
        assertThat(utf8.skippedSheets()).isEmpty();
        assertThat(utf8.counts().rows()).isEqualTo(5);

        ImportPlan html = planning.plan(good.resolve("roster-html.xls"), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(html.headers()).singleElement().satisfies(h -> assertThat(h.lastRow()).isEqualTo(h.firstRow() + 1));
        assertThat(html.counts().rows()).isEqualTo(5);
    }

    @Test
    void aBatchCanBeRevertedAfterTheNewerBatchOverItWasReverted() throws Exception {
        long first = applying.apply(plan(standard()), ImportProgress.NONE).batchId();
        Path changed = new RosterBook().header()
                .person("东坑村", "4415220010001", "一般农户", "张大山", HEAD_A, "男", "户主")
                .write(dir.resolve("changed.xlsx"));
        long second = applying.apply(plan(changed), ImportProgress.NONE).batchId();
        assertThatThrownBy(() -> history.revert(first)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("导入批次 " + second);
        history.revert(second);
        history.revert(first);
        assertThat(fx.ledger.<Long>read(v -> v.households().count())).isZero();
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
    }

    // ---- issue 8: what a new user hit

    private static List<List<String>> readAll(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (var source = RosterFiles.open(file)) {
            source.read(null, r -> rows.add(new ArrayList<>(List.of(r.cells()))));
        }
        return rows;
    }

    @Test
    void theCorrectedProblemRowsGiveTheWholeHouseholdAndAPartialFileNeverCreatesOneWithoutItsHead() throws Exception {
        String badSon = SON_A.substring(0, 17) + (SON_A.charAt(17) == '1' ? "2" : "1");
        Path file = new RosterBook().header()
                .person("东坑村", "H1", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .person("东坑村", "H1", "脱贫户", "李秀英", WIFE_A, "女", "配偶")
                .person("东坑村", "H1", "脱贫户", "张小明", badSon, "男", "之子")
                .person("东坑村", "H2", "脱贫户", "王建国", HEAD_B, "男", "户主")
                .write(dir.resolve("roster.xlsx"));
        ImportPlan first = plan(file);
        assertThat(first.counts().householdsHeldBack()).isEqualTo(1);
        assertThat(first.counts().rejectedRows()).isEqualTo(1);
        applying.apply(first, ImportProgress.NONE);
        Path errors = dir.resolve("问题行.xlsx");
        planning.writeErrors(first, errors);

        // the workbook carries the whole held-back household, its faulty row marked
        List<List<String>> rows = readAll(errors);
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(5)).containsExactly("张大山", "李秀英", "张小明");
        int code = rows.getFirst().indexOf("问题代码");
        assertThat(rows.get(1).get(code)).isEqualTo("同户暂缓");
        assertThat(rows.get(3).get(code)).isEqualTo("证件号校验位错误");

        // what the clerk did before: only the faulty row, corrected. It must not create a household of one 之子
        Path onlySon = new RosterBook().header()
                .person("东坑村", "H1", "脱贫户", "张小明", SON_A, "男", "之子")
                .write(dir.resolve("only-son.xlsx"));
        ImportPlan partial = plan(onlySon);
        assertThat(partial.counts().householdsHeldBack()).isEqualTo(1);
        assertThat(partial.counts().householdsAdded()).isZero();
        assertThat(partial.errors()).extracting(RowProblem::code).containsExactly("HEAD_MISSING");
        assertThat(partial.households().getFirst().heldBack()).isNotNull();
        assertThat(applying.apply(partial, ImportProgress.NONE).applied()).isFalse();
        assertThat(fx.ledger.<Optional<Household>>read(v -> v.households().byNumber("H1"))).isEmpty();
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();

        // the workbook corrected and imported again: the household with all its members; a supplement, so the
        // other households of 东坑村 are not listed as 账本有名册无
        int idColumn = rows.getFirst().indexOf("证件号码");
        try (var in = Files.newInputStream(errors); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(3); // (a fresh cell: POI keeps the old inline text beside a new value)
            row.removeCell(row.getCell(idColumn));
            row.createCell(idColumn).setCellValue(SON_A);
            try (var out = Files.newOutputStream(dir.resolve("fixed.xlsx"))) {
                wb.write(out);
            }
        }
        ImportPlan fixed = plan(dir.resolve("fixed.xlsx"));
        assertThat(fixed.options().supplement()).isTrue();
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.counts().householdsAdded()).isEqualTo(1);
        assertThat(fixed.counts().householdsMissing()).isZero();
        assertThat(fixed.missing()).isEmpty();
        applying.apply(fixed, ImportProgress.NONE);
        Household h1 = fx.ledger.read(v -> v.households().byNumber("H1")).orElseThrow();
        assertThat(fx.ledger.<List<Member>>read(v -> v.members().ofHousehold(h1.id()))).extracting(Member::name)
                .containsExactly("张大山", "李秀英", "张小明");
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();

        // an ordinary partial roster is compared as a full one unless the clerk marks it as a supplement
        Path h2Only = new RosterBook().header()
                .person("东坑村", "H1", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .write(dir.resolve("h1-head.xlsx"));
        assertThat(plan(h2Only).counts().householdsMissing()).isEqualTo(1); // H2
        assertThat(planning.plan(h2Only, ImportOptions.defaults().withTown("示范镇").asSupplement(true),
                ImportProgress.NONE).counts().householdsMissing()).isZero();
    }

    @Test
    void aHouseholdThatWouldBreakAWholeHouseholdRuleIsHeldBackWithItsReason() throws Exception {
        applying.apply(plan(standard()), ImportProgress.NONE); // 张大山 (户主, male), 李秀英, 张小明 in 4415220010001
        Path file = new RosterBook().header()
                .person("东坑村", "H7", "脱贫户", "甲", id("44152219700707007"), "男", "户主")
                .person("东坑村", "H7", "脱贫户", "乙", id("44152219710808009"), "男", "配偶")   // same sex as the 户主
                .person("东坑村", "H8", "脱贫户", "丙", id("44152219720909001"), "男", "户主")
                .person("东坑村", "H8", "脱贫户", "丁", id("44152219731010003"), "男", "户主")   // two 户主
                .person("东坑村", "4415220010001", "脱贫户", "赵四", id("44152219741111005"), "男", "户主") // a second
                .write(dir.resolve("rules.xlsx"));                                          // 户主 beside 张大山

        ImportPlan plan = plan(file);

        assertThat(plan.errors()).extracting(RowProblem::code)
                .containsExactlyInAnyOrder("RELATION_GENDER", "HEAD_DUPLICATE", "HEAD_DUPLICATE");
        assertThat(plan.counts().householdsHeldBack()).isEqualTo(3);
        assertThat(plan.counts().householdsAdded() + plan.counts().householdsChanged()).isZero();
        assertThat(plan.errors()).filteredOn(p -> p.code().equals("RELATION_GENDER")).singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(3));
        assertThat(plan.errors()).allSatisfy(p -> assertThat(p.message()).contains("整户暂缓导入"));
        assertThat(applying.apply(plan, ImportProgress.NONE).applied()).isFalse();
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
    }

    @Test
    void anImportThatWritesNothingRecordsNoBatchSoTheSameFileCanBeImportedLater() throws Exception {
        Path file = standard();
        // the wrong office town: every row is another town's. Said plainly, nothing recorded
        assertThatThrownBy(() -> planning.plan(file, ImportOptions.defaults().withTown("青山镇"), ImportProgress.NONE))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("都属于其他乡镇").hasMessageContaining("示范镇 4 行")
                .hasMessageContaining("本乡镇“青山镇”").hasMessageContaining("设置").hasMessageContaining("--all-towns");
        assertThat(history.history()).isEmpty();

        // the right town: imported
        assertThat(applying.apply(plan(file), ImportProgress.NONE).applied()).isTrue();
        assertThat(history.history()).hasSize(1);

        // a different file with the same content: nothing to write, no batch, and it does not claim the file
        Path same = new RosterBook().header()
                .person("东坑村", "4415220010001", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .write(dir.resolve("same.xlsx"));
        ImportPlan nothing = plan(same);
        assertThat(nothing.hasChanges()).isFalse();
        var result = applying.apply(nothing, ImportProgress.NONE);
        assertThat(result.applied()).isFalse();
        assertThat(result.batchId()).isNull();
        assertThat(result.message()).contains("没有记录导入批次");
        assertThat(history.history()).hasSize(1);
        assertThat(planning.importedBefore(same)).isEmpty();
        assertThat(planning.importedBefore(file)).isPresent();
    }

    @Test
    void anImportsChangesNameTheFileAndTheBatchAsTheirReason() throws Exception {
        long batch = applying.apply(plan(standard()), ImportProgress.NONE).batchId();
        List<AuditEntry> audit = fx.ledger.read(v -> v.imports().changesOf(batch));
        assertThat(audit).isNotEmpty().allSatisfy(a -> assertThat(a.reason())
                .isEqualTo("导入花名册“roster.xlsx”（批次 " + batch + "）"));
    }

    @Test
    void aColumnMergedDownOverATwoRowHeaderKeepsItsNameInTheProblemRows() throws Exception {
        RosterBook book = new RosterBook().sheet("花名册")
                .row("序号", "户信息", "", "", "家庭成员", "", "", "")
                .row("", "行政村", "户编号", "户类型", "姓名", "证件号码", "性别", "与户主关系")
                .row("1", "东坑村", "H1", "脱贫户", "张大山", HEAD_A, "男", "户主")
                .row("2", "东坑村", "H2", "脱贫户", "王建国", "12345", "男", "户主");
        Path file = book.merge(0, 1, 0, 0).merge(0, 0, 1, 3).merge(0, 0, 4, 7).write(dir.resolve("merged.xlsx"));

        ImportPlan plan = planning.plan(file, ImportOptions.defaults(), ImportProgress.NONE);

        assertThat(plan.headers()).singleElement().satisfies(h -> {
            assertThat(h.firstRow()).isEqualTo(1);
            assertThat(h.lastRow()).isEqualTo(2);
            assertThat(h.names()).startsWith("序号", "户信息/行政村", "户信息/户编号").contains("家庭成员/证件号码");
        });
        assertThat(plan.counts().householdsAdded()).isEqualTo(1);
        Path errors = dir.resolve("merged-问题行.xlsx");
        planning.writeErrors(plan, errors);
        assertThat(readAll(errors).getFirst()).startsWith("序号", "户信息/行政村").doesNotContain("列A");
    }

    // ---- monitoring in the roster (the roster is the system of record)

    static final String[] MONITORING_HEADER = {"县", "乡(镇)", "行政村", "户编号", "户类型", "姓名", "证件号码", "性别",
        "与户主关系", "监测对象类别", "致贫/返贫风险1", "致贫/返贫风险2", "识别监测时间", "风险是否已消除", "风险消除方式",
        "消除监测时间", "工资性收入", "转移性收入", "是否义务教育阶段适龄儿童少年失学辍学", "是否危房户",
        "是否有家庭成员未参加城乡居民（职工）基本医疗保险", "是否解决安全饮用水", "风险消除后工资性收入", "风险消除后转移性收入",
        "风险消除后是否义务教育阶段适龄儿童少年失学辍学", "风险消除后是否住房损毁",
        "风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险", "风险消除后是否饮水设施损毁"};

    private static String[] monitored(String no, String name, String id, String category, String risk1, String risk2,
            String month, String eliminated, String method, String elimMonth, boolean after) {
        String[] base = {"示范县", "示范镇", "东坑村", no, "脱贫户", name, id, "男", "户主", category, risk1, risk2, month,
            eliminated, method, elimMonth, "6000", "2000", "否", "否", "否", "是"};
        String[] post = after ? new String[] {"30000", "6000", "否", "否", "否", "否"} : new String[6];
        String[] row = java.util.Arrays.copyOf(base, base.length + post.length);
        System.arraycopy(post, 0, row, base.length, post.length);
        return row;
    }

    @Test
    void aRosterOpensEpisodesFollowsCategoriesAndRecordsEliminationsOnlyThroughTheRules() throws Exception {
        fx.rates.putThreshold(new cn.bangfu.ledger.model.Threshold(2026, "全县", 8_000_00, "示县〔2026〕1号"));
        String m2 = id("44152219600202003");
        String m3 = id("44152219610303005");
        applying.apply(plan(new RosterBook().header()
                .person("东坑村", "M2", "脱贫户", "钱二", m2, "男", "户主")
                .person("东坑村", "M3", "脱贫户", "孙三", m3, "男", "户主")
                .write(dir.resolve("base.xlsx"))), ImportProgress.NONE);
        long h2 = fx.ledger.read(v -> v.households().byNumber("M2")).orElseThrow().id();
        long h3 = fx.ledger.read(v -> v.households().byNumber("M3")).orElseThrow().id();
        var snapshot = new cn.bangfu.ledger.model.EpisodeSnapshot(0, "identified", 1, 500_000, 0, 0, 0, 0, 0, 0, false,
                true, false, true);
        fx.monitoring.openEpisode(new cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode(h2, "边缘易致贫户",
                "干部排查", java.time.YearMonth.of(2026, 2), List.of("因病"), null, null, snapshot), null);
        fx.monitoring.openEpisode(new cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode(h3, "脱贫不稳定户",
                "干部排查", java.time.YearMonth.of(2026, 1), List.of("因学"), null, null, snapshot), "补录");
        fx.monitoring.addMeasure(new cn.bangfu.ledger.model.Measure(null, h3, null, "产业帮扶", "种养奖补",
                LocalDate.of(2026, 2, 1), null, 200_000L, "衔接资金", null, "王干部", null), null);
        long auditBefore = fx.ledger.read(v -> v.audit().maxId());

        RosterBook book = new RosterBook().header(MONITORING_HEADER);
        book.row(monitored("M1", "赵一", id("44152219700101011"), "脱贫不稳定户", "因病", "因自然灾害", "202503", "否", null,
                null, false));
        book.row(monitored("M2", "钱二", m2, "突发严重困难户", "因病", null, "202602", "否", null, null, false));
        book.row(monitored("M3", "孙三", m3, "脱贫不稳定户", "因学", null, "202601", "是", "帮扶消除", "202610", true));
        book.row(monitored("M4", "李四", id("44152219720404007"), "边缘易致贫户", "因残", null, "202501", "是", "自然消除",
                "202510", false));
        book.row(monitored("M5", "周五", id("44152219730505009"), "边缘易致贫户", "因残", null, null, "否", null, null, false));
        book.row(monitored("M6", "吴六", id("44152219740606001"), null, null, null, null, null, null, null, false));
        Path file = book.write(dir.resolve("monitoring.xlsx"));

        ImportPlan plan = plan(file);

        var c = plan.counts();
        assertThat(c.monitoringOpened()).isEqualTo(1);     // M1
        assertThat(c.categoriesChanged()).isEqualTo(1);    // M2
        assertThat(c.eliminationsMarked()).isEqualTo(1);   // M3
        assertThat(c.householdsHeldBack()).isEqualTo(2);   // M4: eliminated without the blocks after; M5: no month
        assertThat(plan.errors()).extracting(RowProblem::code).containsOnly(RowProblem.MONITORING_REFUSED);
        assertThat(plan.households()).filteredOn(h -> h.householdNo().equals("M4")).singleElement()
                .satisfies(h -> assertThat(h.status()).isEqualTo(DiffStatus.HELD_BACK));
        assertThat(plan.errors()).filteredOn(p -> p.row() == 5).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("不符合账本的风险消除规则"));
        assertThat(plan.households()).filteredOn(h -> h.householdNo().equals("M1")).singleElement()
                .satisfies(h -> assertThat(h.changes()).contains(new FieldChange("新纳入监测", null,
                        "脱贫不稳定户；因病、因灾；识别于 2025年3月")));
        assertThat(plan.households()).filteredOn(h -> h.householdNo().equals("M2")).singleElement()
                .satisfies(h -> {
                    assertThat(h.status()).isEqualTo(DiffStatus.CHANGED);
                    assertThat(h.changes()).containsExactly(new FieldChange("类别变化", "边缘易致贫户", "突发严重困难户"));
                });
        assertThat(plan.households()).filteredOn(h -> h.householdNo().equals("M3")).singleElement()
                .satisfies(h -> assertThat(h.changes()).singleElement()
                        .satisfies(ch -> assertThat(ch.field()).isEqualTo("标注消除")));
        assertThat(fx.ledger.<Long>read(v -> v.audit().maxId())).isEqualTo(auditBefore); // a plan writes nothing

        long batch = applying.apply(plan, ImportProgress.NONE).batchId();

        var stats = new cn.bangfu.ledger.logic.overview.OverviewService(fx.ledger).stats();
        assertThat(stats.monitored()).containsEntry("脱贫不稳定户", 1L).containsEntry("突发严重困难户", 1L);
        assertThat(stats.eliminated()).isEqualTo(1);
        long h1 = fx.ledger.read(v -> v.households().byNumber("M1")).orElseThrow().id();
        var e1 = fx.ledger.read(v -> v.episodes().ofHousehold(h1)).getFirst();
        assertThat(e1.identifiedMonth()).isEqualTo(java.time.YearMonth.of(2025, 3));
        assertThat(fx.ledger.<List<String>>read(v -> v.episodes().risks(e1.id()))).containsExactly("因病", "因灾");
        assertThat(fx.ledger.<List<cn.bangfu.ledger.model.EpisodeSnapshot>>read(v -> v.episodes().snapshots(e1.id())))
                .singleElement().satisfies(sn -> assertThat(sn.wageIncome() + sn.transferIncome()).isEqualTo(800_000));
        var e3 = fx.ledger.read(v -> v.episodes().ofHousehold(h3)).getFirst();
        assertThat(e3.eliminated()).isTrue();
        assertThat(e3.eliminationMethod()).isEqualTo("帮扶消除");
        assertThat(e3.eliminatedMonth()).isEqualTo(java.time.YearMonth.of(2026, 10));
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();

        // the same audited transaction, revertible with the batch
        history.revert(batch);
        var after = new cn.bangfu.ledger.logic.overview.OverviewService(fx.ledger).stats();
        assertThat(after.monitored()).containsEntry("边缘易致贫户", 1L).containsEntry("脱贫不稳定户", 1L)
                .containsEntry("突发严重困难户", 0L);
        assertThat(after.eliminated()).isZero();
        assertThat(new LedgerCheck(fx.ledger).run()).isEmpty();
    }
}
