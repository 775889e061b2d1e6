package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Report models for the Excel tests: a 3-level header over 16 columns of every kind, 小计 and 合计 rows. */
final class Samples {

    static final String FORM = "test-monthly";
    static final String TABLE = "监测对象";
    static final String TITLE = "示范镇2026年11月监测对象动态月报";

    /** Summed columns (户数 ×2, 人数 ×2, 金额). */
    static final int[] SUMMED = {4, 5, 6, 7, 8};

    private Samples() {
    }

    static List<Header> headers() {
        return List.of(
                Column.text("village", "村", 10),
                Column.of("household_no", "户编号", CellKind.CODE, 14),
                Column.text("head", "户主", 8),
                Column.of("id_number", "身份证号", CellKind.ID_NUMBER, 20),
                Header.Group.of("监测对象情况",
                        Header.Group.of("户数",
                                Column.summed("households_before", "上月末", CellKind.COUNT, 8),
                                Column.summed("households_after", "本月末", CellKind.COUNT, 8)),
                        Header.Group.of("人数",
                                Column.summed("persons_before", "上月末", CellKind.COUNT, 8),
                                Column.summed("persons_after", "本月末", CellKind.COUNT, 8))),
                Header.Group.of("帮扶资金",
                        Column.summed("amount", "金额（元）", CellKind.YUAN, 14),
                        Column.of("progress", "支出进度", CellKind.PERCENT, 10)),
                Column.of("identified_on", "识别日期", CellKind.DATE, 12),
                Column.of("identified_month", "识别月份", CellKind.MONTH, 10),
                Column.of("phone", "联系电话", CellKind.PHONE, 13),
                Column.of("bank_account", "银行账号", CellKind.BANK_ACCOUNT, 22),
                Column.of("health", "健康状况", CellKind.HEALTH, 10),
                Column.of("no_labour", "整户无劳动力", CellKind.FLAG, 8));
    }

    static Row data(String village, int i) {
        return Row.data(village, String.format("00%08d", i), "户主" + i, idNumber(i),
                (long) (i % 3), (long) (i % 3 + 1), (long) (i % 5 + 2), (long) (i % 5 + 3),
                123_456L * i + 7, 0.25 + (i % 4) / 10.0, LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
                YearMonth.of(2026, 1 + i % 12), "135" + String.format("%08d", i), "6228480" + String.format("%012d", i),
                i % 2 == 0 ? "高血压" : null, i % 2 == 0);
    }

    /** 371522 + 11 digits + X: 18 characters, more digits than a double keeps. */
    static String idNumber(int i) {
        return "371522" + String.format("%011d", 19_800_101_000L + i) + "X";
    }

    /** 一村 3 rows, 小计, 二村 2 rows, 小计, 合计. */
    static ReportTable table() {
        List<Row> rows = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(data("一村", i));
        }
        all.addAll(rows);
        rows.add(sum(Row.Kind.SUBTOTAL, "一村小计", all));
        List<Row> second = new ArrayList<>();
        for (int i = 4; i <= 5; i++) {
            second.add(data("二村", i));
        }
        rows.addAll(second);
        rows.add(sum(Row.Kind.SUBTOTAL, "二村小计", second));
        all.addAll(second);
        rows.add(sum(Row.Kind.TOTAL, "合计", all));
        return new ReportTable(TABLE, headers(), rows);
    }

    /** A 小计/合计 row over the given data rows: the label, the sums, nothing else. */
    static Row sum(Row.Kind kind, String label, List<Row> over) {
        Object[] cells = new Object[16];
        cells[0] = label;
        for (int c : SUMMED) {
            long s = 0;
            for (Row r : over) {
                s += ((Number) r.cell(c)).longValue();
            }
            cells[c] = s;
        }
        return new Row(kind, Arrays.asList(cells));
    }

    static ReportModel model(ReportTable... tables) {
        return model(List.of("本表由帮扶台账生成，数据截至2026年11月30日。", "公示期：2026年12月1日至12月7日。"), tables);
    }

    static ReportModel model(List<String> notes, ReportTable... tables) {
        return new ReportModel(FORM, TITLE, "2026年11月", "单位：户、人、元", List.of(tables), notes,
                new Signature("示范镇人民政府", "张三", "李四", "王五", LocalDate.of(2026, 12, 1)), false, true);
    }

    static ReportModel big(int n) {
        List<Row> rows = new ArrayList<>(n + 1);
        for (int i = 1; i <= n; i++) {
            rows.add(data("三村", i));
        }
        rows.add(sum(Row.Kind.TOTAL, "合计", rows));
        return model(new ReportTable(TABLE, headers(), rows));
    }

    static byte[] render(ExcelRenderer renderer, ReportModel... models) throws IOException {
        return render(renderer, WorkProgress.NONE, models);
    }

    static byte[] render(ExcelRenderer renderer, WorkProgress progress, ReportModel... models) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(List.of(models), out, progress);
        return out.toByteArray();
    }
}
