package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Report models shaped like the office's forms, for the PDF renderer's tests. */
final class SampleReports {

    static final String[] VILLAGES = {"东风村", "红旗村", "向阳村", "团结村", "和平村", "光明村", "新华村", "胜利村"};

    private SampleReports() {
    }

    /** A three-level header: 序号 and 村 span all rows, 监测户 → 上月末/本月新增 → 户数/人数, 消除风险 → two columns. */
    static List<Header> monthlyHeaders() {
        return List.of(
                Column.of("no", "序号", CellKind.COUNT, 5),
                Column.text("village", "村（社区）", 10),
                Header.Group.of("监测户",
                        Header.Group.of("上月末",
                                Column.summed("households_start", "户数", CellKind.COUNT, 6),
                                Column.summed("persons_start", "人数", CellKind.COUNT, 6)),
                        Header.Group.of("本月新增",
                                Column.summed("households_new", "户数", CellKind.COUNT, 6),
                                Column.summed("persons_new", "人数", CellKind.COUNT, 6))),
                Header.Group.of("消除风险",
                        Column.summed("eliminated_help", "帮扶消除", CellKind.COUNT, 8),
                        Column.summed("eliminated_natural", "自然消除", CellKind.COUNT, 8)),
                Column.summed("funds", "帮扶资金（元）", CellKind.YUAN, 12),
                Column.of("mark", "是否落实", CellKind.MARK, 6),
                Column.text("note", "备注", 16));
    }

    /** {@code dataRows} data rows in blocks of 30 per village, a 小计 after each block and a 合计 at the end. */
    static ReportTable monthlyTable(String name, int dataRows) {
        List<Row> rows = new ArrayList<>();
        long[] sub = new long[7];
        long[] all = new long[7];
        int inBlock = 0;
        for (int i = 0; i < dataRows; i++) {
            String village = VILLAGES[(i / 30) % VILLAGES.length];
            long[] v = {i % 7 + 1, i % 7 * 3 + 2, i % 3, i % 3 * 2, i % 2, i % 5 == 0 ? 1 : 0, 150_000L + i * 1234L};
            for (int k = 0; k < v.length; k++) {
                sub[k] += v[k];
                all[k] += v[k];
            }
            String note = i % 11 == 0 ? "因病返贫风险，已落实医疗救助和临时救助，持续跟踪监测收入变化情况" : "";
            rows.add(Row.data((long) (i + 1), village + (i % 30 + 1) + "组", v[0], v[1], v[2], v[3], v[4], v[5],
                    v[6], i % 4 != 0, note));
            inBlock++;
            if (inBlock == 30 || i == dataRows - 1) {
                rows.add(Row.subtotal(sumRow("小计", sub)));
                Arrays.fill(sub, 0);
                inBlock = 0;
            }
        }
        rows.add(Row.total(sumRow("合计", all)));
        return new ReportTable(name, monthlyHeaders(), rows);
    }

    private static List<Object> sumRow(String label, long[] sums) {
        List<Object> cells = new ArrayList<>();
        cells.add(null);
        cells.add(label);
        for (long s : sums) {
            cells.add(s);
        }
        cells.add(null);
        cells.add(null);
        return cells;
    }

    static Signature signature() {
        return new Signature("示范镇乡村振兴办公室", "王小明", "", "", LocalDate.of(2026, 12, 3));
    }

    static ReportModel monthly(String title, int dataRows, boolean landscape) {
        return new ReportModel("monitoring-monthly", title, "2026年11月", "单位：户、人、元",
                List.of(monthlyTable("监测对象动态", dataRows)),
                List.of("填表说明：1. 本表按村（社区）汇总，数据截至2026年11月30日。", "2. 帮扶资金单位为元，保留两位小数。"),
                signature(), false, landscape);
    }

    static ReportModel monthly(int dataRows) {
        return monthly("示范镇2026年11月监测对象动态月报", dataRows, false);
    }

    /** A wide table: 序号, 村 and 12 months × (户数, 人数) under one year group — 26 columns. */
    static ReportModel wide(int dataRows, boolean landscape) {
        List<Header> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Header.Group.of(m + "月",
                    Column.summed("h" + m, "户数", CellKind.COUNT, 6),
                    Column.summed("p" + m, "人数", CellKind.COUNT, 6)));
        }
        List<Header> headers = List.of(Column.of("no", "序号", CellKind.COUNT, 5), Column.text("village", "村（社区）", 10),
                new Header.Group("2026年各月监测户", months));
        List<Row> rows = new ArrayList<>();
        long[] sums = new long[24];
        for (int i = 0; i < dataRows; i++) {
            List<Object> cells = new ArrayList<>();
            cells.add((long) i + 1);
            cells.add(VILLAGES[i % VILLAGES.length]);
            for (int k = 0; k < 24; k++) {
                long v = (i * 7L + k * 3L) % 40 + (k % 2 == 1 ? 1000 : 0);
                sums[k] += v;
                cells.add(v);
            }
            rows.add(Row.data(cells));
        }
        List<Object> total = new ArrayList<>();
        total.add(null);
        total.add("合计");
        for (long v : sums) {
            total.add(v);
        }
        rows.add(Row.total(total));
        return new ReportModel("wide", "示范镇2026年各月监测户统计表", "2026年1月至12月", "单位：户、人",
                List.of(new ReportTable("各月", headers, rows)), List.of(), signature(), false, landscape);
    }

    /** A one-page household card: two small tables (so with captions). */
    static ReportModel householdCard(int n) {
        List<Header> members = List.of(
                Column.text("name", "姓名", 8),
                Column.text("relation", "与户主关系", 10),
                Column.of("id", "身份证号", CellKind.ID_NUMBER, 20),
                Column.text("health", "健康状况", 10),
                Column.of("born", "出生日期", CellKind.DATE, 11));
        List<Row> memberRows = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            memberRows.add(Row.data("张" + "一二三四".charAt(m) + n, m == 0 ? "户主" : "子女",
                    "37152219800101" + String.format("%04d", n % 10000), "健康", LocalDate.of(1980 + m * 8, 1, 1)));
        }
        List<Header> payments = List.of(
                Column.of("month", "月份", CellKind.MONTH, 8),
                Column.text("item", "项目", 20),
                Column.summed("amount", "金额（元）", CellKind.YUAN, 12));
        List<Row> paymentRows = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            paymentRows.add(Row.data(java.time.YearMonth.of(2026, m), "低保金", 58_000L));
        }
        paymentRows.add(Row.total(Arrays.asList(null, "合计", 348_000L)));
        return new ReportModel("household-card", "一户一档 第" + n + "户", "截至2026年11月30日", "单位：元",
                List.of(new ReportTable("家庭成员", members, memberRows),
                        new ReportTable("收到的帮扶资金", payments, paymentRows)),
                List.of(), signature(), false, false);
    }
}
