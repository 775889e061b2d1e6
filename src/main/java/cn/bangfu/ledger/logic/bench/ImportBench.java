package cn.bangfu.ledger.logic.bench;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.logic.rosters.read.RosterFiles;
import cn.bangfu.ledger.logic.rosters.read.RosterSource;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.OfficeSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The import benchmark: writes a county roster of N person rows (.xlsx, about 2.9 persons per household, 18
 * columns, two title rows above the header), then times a bare streaming read of it, a dry run (read, check,
 * compare) and an import into an empty ledger, each several times, and prints medians, the ratio to the bare
 * read and the peak heap of each phase.
 */
public final class ImportBench {

    /** The figures of one phase. */
    public record Figures(String phase, List<Double> seconds, double medianSeconds, long peakHeapMb) {
    }

    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔"
            .split("");
    private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红梅玉兵文辉力永春海林峰燕金凤云飞德福贵荣宝珍"
            .split("");
    private static final String[] VILLAGES = {"东坑村", "西岭村", "南塘村", "北山村", "上寨村", "下寨村", "石桥村", "新田村", "河背村",
        "龙岗村", "白石村", "黄竹村"};
    private static final String[] AREAS = {"441522", "441521", "441523", "441581"};

    private ImportBench() {
    }

    /** Writes a roster of about {@code persons} rows (whole households) to {@code file}; returns households written. */
    public static int generate(Path file, int persons, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("示范县2026年脱贫人口和防返贫监测对象花名册");
            sheet.createRow(1).createCell(0).setCellValue("填报说明：每人一行，户信息在每名成员行重复；证件号码为文本格式");
            String[] header = {"县", "乡(镇)", "行政村", "村民小组", "户编号", "户类型", "姓名", "证件类型", "证件号码", "性别", "民族",
                "出生日期", "与户主关系", "文化程度", "健康状况", "劳动技能", "务工状况", "联系电话"};
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int rowIndex = 3;
            int households = 0;
            int written = 0;
            long sequence = 0;
            while (written < persons) {
                households++;
                String village = VILLAGES[rnd.nextInt(VILLAGES.length)];
                String no = String.format("44152200%02d%05d", 1 + java.util.Arrays.asList(VILLAGES).indexOf(village),
                        households);
                String type = rnd.nextInt(4) == 0 ? "一般农户" : "脱贫户";
                int size = Math.min(persons - written, 1 + rnd.nextInt(4));
                String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
                String phone = "13" + String.format("%09d", rnd.nextInt(1_000_000_000));
                for (int p = 0; p < size; p++) {
                    int year = p == 0 ? 1950 + rnd.nextInt(40) : p == 1 ? 1952 + rnd.nextInt(40) : 1990 + rnd.nextInt(30);
                    boolean male = p == 0 || (p == 1 ? false : rnd.nextBoolean());
                    String relation = p == 0 ? "户主" : p == 1 ? "配偶" : male ? "之子" : "之女";
                    String birth = String.format("%04d%02d%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    sequence++;
                    int seq3 = (int) (sequence % 500) * 2 + (male ? 1 : 0);
                    String area = AREAS[(int) ((sequence / 500) % AREAS.length)];
                    String first17 = area + birth + String.format("%03d", seq3);
                    String id = first17 + IdNumber.checkChar(first17);
                    String name = (p == 1 ? SURNAMES[rnd.nextInt(SURNAMES.length)] : surname)
                            + GIVEN[rnd.nextInt(GIVEN.length)] + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
                    int age = 2026 - year;
                    String[] cells = {"示范县", "示范镇", village, (1 + rnd.nextInt(9)) + "组", no, type, name, "居民身份证", id,
                        male ? "男" : "女", "汉族", birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6),
                        relation, age < 16 ? "" : "初中", "健康", age < 16 ? "无劳动力" : "普通劳动力", age < 16 ? "未务工" : "县内务工",
                        p == 0 ? phone : ""};
                    Row r = sheet.createRow(rowIndex++);
                    for (int c = 0; c < cells.length; c++) {
                        r.createCell(c).setCellValue(cells[c]);
                    }
                    written++;
                }
            }
            wb.write(out);
            return households;
        }
    }

    /** Times the phases {@code rounds} times each (after one warm-up of each) and reports the figures. */
    public static List<Figures> run(Path roster, Path workDir, int rounds, Consumer<String> log) throws IOException {
        List<Figures> out = new ArrayList<>();
        // warm-up: class loading and JIT for every phase
        bareRead(roster);
        try (LedgerServices s = fresh(workDir.resolve("warm.db"))) {
            s.importApplying().apply(s.importPlanning().plan(roster, options(), ImportProgress.NONE), ImportProgress.NONE);
        }
        out.add(measure("裸读（仅流式读取全部单元格）", rounds, log, () -> bareRead(roster)));
        out.add(measure("检查（--dry-run：读取、校验、比对空账本）", rounds, log, () -> {
            try (LedgerServices s = fresh(workDir.resolve("dry.db"))) {
                ImportPlan plan = s.importPlanning().plan(roster, options(), ImportProgress.NONE);
                return plan.counts().personsAdded();
            }
        }));
        int[] round = {0};
        out.add(measure("导入（读取、校验、比对并写入空账本，一个事务）", rounds, log, () -> {
            try (LedgerServices s = fresh(workDir.resolve("apply" + round[0]++ + ".db"))) {
                ImportPlan plan = s.importPlanning().plan(roster, options(), ImportProgress.NONE);
                s.importApplying().apply(plan, ImportProgress.NONE);
                return plan.counts().personsAdded();
            }
        }));
        try (LedgerServices s = LedgerServices.open(workDir.resolve("apply0.db"))) {
            out.add(measure("再次检查（与已导入的账本比对，全部无变化）", rounds, log, () ->
                    s.importPlanning().plan(roster, options(), ImportProgress.NONE).counts().personsUnchanged()));
        }
        return out;
    }

    private static ImportOptions options() {
        return ImportOptions.defaults().withTown("示范镇");
    }

    private static LedgerServices fresh(Path db) {
        try {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LedgerServices s = LedgerServices.open(db);
        s.settings().save(new OfficeSettings("示范县", "示范镇", "基准测试"));
        return s;
    }

    private static long bareRead(Path roster) {
        long[] cells = {0};
        try (RosterSource source = RosterFiles.open(roster)) {
            source.read(null, row -> {
                cells[0] += row.cells().length;
                return true;
            });
        }
        return cells[0];
    }

    @FunctionalInterface
    interface Phase {
        long run() throws IOException;
    }

    static Figures measure(String name, int rounds, Consumer<String> log, Phase phase) throws IOException {
        List<Double> seconds = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < rounds; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long n = phase.run();
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            long heap = peakHeap();
            peak = Math.max(peak, heap);
            log.accept(String.format("  %s 第 %d 次：%.2f s（%,d），堆峰值 %d MB", name, i + 1, s, n, heap >> 20));
        }
        List<Double> sorted = seconds.stream().sorted(Comparator.naturalOrder()).toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return new Figures(name, seconds, median, peak >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at once). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
