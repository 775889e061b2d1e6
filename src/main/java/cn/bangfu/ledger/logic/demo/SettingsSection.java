package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Threshold;
import java.util.random.RandomGenerator;

/**
 * The ledger's configuration: marked as a demo, the office named (where the clerk has not named it), and six
 * years of the monitoring threshold and the 低保 grades. Demo figures only: the real ones are provincial
 * configuration.
 */
final class SettingsSection implements DemoSection {

    static final String AREA = "全县";
    static final String DEMO_DOC = "演示数据（非真实文号）";
    static final String[] DIBAO_GRADES = {"一档", "二档", "三档"};

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public void write(DemoTown town, RandomGenerator random) {
        town.settings().markAsDemo();
        town.settings().nameOfficeIfUnnamed("示范县", "示范镇");
        int year = town.asOf().getYear();
        for (int y = year - 5; y <= year; y++) {
            town.rates().putThreshold(new Threshold(y, AREA, thresholdYuan(y) * 100, DEMO_DOC));
        }
        for (int y = year - 5; y <= year; y++) {
            for (int g = 0; g < DIBAO_GRADES.length; g++) {
                town.rates().putDibaoGrade(new DibaoGrade(y, DIBAO_GRADES[g], dibaoMonthlyYuan(y, g) * 100, DEMO_DOC));
            }
        }
    }

    /** The demo's threshold (元/人·年): 6,000 yuan in 2021, rising by 500 a year. */
    static long thresholdYuan(int year) {
        return 6_000 + 500L * Math.max(0, year - 2021);
    }

    /** The demo's monthly 低保 of a grade (0 = 一档, the highest): rising 20 yuan a year. */
    static long dibaoMonthlyYuan(int year, int grade) {
        return 450 - 100L * grade + 20L * Math.max(0, year - 2021);
    }
}
