package cn.bangfu.ledger.logic.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The suggested mapping: the right column for each field, and no column that only sounds like one. */
class MappingSuggesterTest {

    /** A person export shaped like the national system's (DOMAIN §7): many columns, most of them not ours. */
    static final List<String> NATIONAL = List.of("序号", "县", "乡", "村", "组", "户编号", "人编号", "姓名", "证件类型",
            "证件号码", "与户主关系", "性别", "民族", "出生日期", "政治面貌", "文化程度", "在校生状况", "健康状况", "劳动技能",
            "务工状况", "务工时间（月）", "务工所在地", "是否参加城乡居民基本医疗保险", "是否参加大病保险",
            "是否参加城乡居民基本养老保险", "享受低保政策情况", "低保金额（元）", "享受特困供养政策情况", "特困供养金额（元）",
            "公益性岗位", "公益性岗位（月）", "联系电话", "户主姓名", "户主证件号码", "家庭人口数", "户类型", "监测对象类别",
            "识别监测时间", "风险是否已消除", "风险消除时间", "风险是否已消除", "致贫风险1", "致贫风险2", "人均纯收入（元）",
            "帮扶责任人姓名", "帮扶责任人联系电话", "开户银行", "银行账号", "是否整户无劳动能力", "残疾类别", "户籍地址", "备注");

    @Test
    void aNationalExportMapsEachFieldToItsOwnColumn() {
        Map<RosterField, String> m = MappingSuggester.suggest(NATIONAL, ImportKind.ROSTER).columns();
        assertThat(m).containsEntry(RosterField.COUNTY, "县").containsEntry(RosterField.TOWN, "乡")
                .containsEntry(RosterField.VILLAGE, "村").containsEntry(RosterField.GROUP, "组")
                .containsEntry(RosterField.HOUSEHOLD_NO, "户编号").containsEntry(RosterField.PERSON_NO, "人编号")
                .containsEntry(RosterField.NAME, "姓名").containsEntry(RosterField.ID_NUMBER, "证件号码")
                .containsEntry(RosterField.DIBAO, "享受低保政策情况").containsEntry(RosterField.TEKUN, "享受特困供养政策情况")
                .containsEntry(RosterField.PHONE, "联系电话").containsEntry(RosterField.WORK_MONTHS, "务工时间（月）")
                .containsEntry(RosterField.PUBLIC_POST_MONTHS, "公益性岗位（月）")
                .containsEntry(RosterField.NO_LABOUR_CAPACITY, "是否整户无劳动能力");
    }

    @Test
    void aColumnThatOnlyContainsAFieldsNameIsNotTakenForIt() {
        // the same export without the columns that are really ours: the near names must stay unmapped
        List<String> headers = new ArrayList<>(NATIONAL);
        headers.removeAll(List.of("享受低保政策情况", "享受特困供养政策情况", "联系电话", "姓名", "证件号码", "户籍地址"));
        Map<RosterField, String> m = MappingSuggester.suggest(headers, ImportKind.ROSTER).columns();
        assertThat(m.get(RosterField.DIBAO)).isNull();          // not 低保金额（元）
        assertThat(m.get(RosterField.TEKUN)).isNull();          // not 特困供养金额（元）
        assertThat(m.get(RosterField.PHONE)).isNull();          // not 帮扶责任人联系电话
        assertThat(m.get(RosterField.NAME)).isEqualTo("户主姓名"); // the head is a member; 帮扶责任人姓名 is not
        assertThat(m.get(RosterField.HOUSEHOLD_PHONE)).isNull();
        assertThat(m.values()).doesNotContain("帮扶责任人联系电话", "帮扶责任人姓名", "低保金额（元）", "特困供养金额（元）",
                "银行账号", "人均纯收入（元）");
        // the monitoring months are imported since issue 8: each to its own field, never to another
        assertThat(m.get(RosterField.IDENTIFIED_MONTH)).isEqualTo("识别监测时间");
        assertThat(m.get(RosterField.ELIMINATED_MONTH)).isEqualTo("风险消除时间");
    }
}
