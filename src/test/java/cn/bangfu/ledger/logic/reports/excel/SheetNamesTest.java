package cn.bangfu.ledger.logic.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void aLabelIsWhatTellsTheTitlesApart() {
        assertThat(SheetNames.labels(List.of("示范镇东村2026年11月拟纳入监测对象公示名单", "示范镇西村2026年11月拟纳入监测对象公示名单",
                "示范镇王家庄村2026年11月拟纳入监测对象公示名单"))).containsExactly("东村", "西村", "王家庄村");
        assertThat(SheetNames.labels(List.of("一户一档（0012300001 张三）", "一户一档（0012300002 李四）")))
                .containsExactly("0012300001 张三", "0012300002 李四");
        assertThat(SheetNames.labels(List.of("第9号", "第10号", "第11号"))).containsExactly("9", "10", "11");
    }

    @Test
    void titlesThatDoNotTellGiveNumbers() {
        assertThat(SheetNames.labels(List.of("同一个标题", "同一个标题"))).containsExactly("1", "2");
        assertThat(SheetNames.labels(List.of("标题", "标题（二）"))).containsExactly("1", "2");
        assertThat(SheetNames.labels(List.of("只有一份"))).containsExactly("1");
    }

    @Test
    void namesAreCleanedCutAndUnique() {
        assertThat(SheetNames.sheet("家庭成员", "0012300001 张三")).isEqualTo("家庭成员-0012300001 张三");
        assertThat(SheetNames.sheet("表", "a/b:c*d?e[f]g\\h")).isEqualTo("表-a_b_c_d_e_f_g_h");
        assertThat(SheetNames.sheet("监测对象", "x".repeat(40))).hasSize(31);
        String longName = SheetNames.sheet("监测对象", "x".repeat(40));
        assertThat(SheetNames.unique(List.of(longName, longName), List.of("监测对象", "监测对象"), List.of(0, 1)))
                .containsExactly("监测对象-1", "监测对象-2");
        assertThat(SheetNames.unique(List.of("A-x", "a-X"), List.of("A", "A"), List.of(0, 1)))
                .containsExactly("A-1", "A-2");
    }
}
