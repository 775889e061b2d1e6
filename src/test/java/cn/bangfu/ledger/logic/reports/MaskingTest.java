package cn.bangfu.ledger.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 公示 step: the same model, IDs and phones masked, bank and health columns left out, free text scrubbed. */
class MaskingTest {

    static ReportModel model() {
        List<Header> headers = List.of(Column.text("name", "姓名", 8), Column.of("id", "证件号码", CellKind.ID_NUMBER, 20),
                Header.Group.of("联系方式", Column.of("phone", "电话", CellKind.PHONE, 12),
                        Column.of("account", "一卡通账号", CellKind.BANK_ACCOUNT, 20)),
                Header.Group.of("健康", Column.of("health", "健康状况", CellKind.HEALTH, 10)),
                Column.text("note", "备注", 30), Column.summed("amount", "金额", CellKind.YUAN, 10));
        List<Row> rows = List.of(
                Row.data("张大山", "441523197001010012", "13512346810", "6217001234567890123", "长期慢性病",
                        "其子身份证 44152320100303001X，电话 139 不全；13900001111 可联系", 12_345L),
                Row.data("李小红", "441523800202002", "0755-1234567", null, null, null, 100L),
                Row.total(java.util.Arrays.asList("合计", null, null, null, null, null, 12_445L)));
        return new ReportModel("sample", "示范镇2026年11月样表", "2026年11月", "单位：元",
                List.of(new ReportTable("样表", headers, rows)), List.of("联系人 13800138000"),
                new Signature("示范县示范镇", "李会计", "", "", LocalDate.of(2026, 12, 3)), false, false);
    }

    @Test
    void idsAndPhonesAreMaskedAndBankAndHealthAreLeftOut() {
        ReportModel masked = Masking.mask(model());
        assertThat(masked.masked()).isTrue();
        assertThat(masked.title()).isEqualTo("示范镇2026年11月样表（公示）");
        ReportTable t = masked.tables().getFirst();
        assertThat(t.columns()).extracting(Column::key).containsExactly("name", "id", "phone", "note", "amount");
        assertThat(t.headers()).extracting(Header::title).containsExactly("姓名", "证件号码", "联系方式", "备注", "金额");
        assertThat(t.rows().get(0).cells()).containsExactly("张大山", "441523********0012", "135****6810",
                "其子身份证 441523********001X，电话 139 不全；139****1111 可联系", 12_345L);
        assertThat(t.rows().get(1).cell(1)).isEqualTo("441523*****2002");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("*******4567");
        assertThat(t.rows().get(2).kind()).isEqualTo(Row.Kind.TOTAL);
        assertThat(masked.notes()).containsExactly("联系人 138****8000");
        assertThat(Masking.mask(masked)).isSameAs(masked);
    }

    @Test
    void theFullModelIsUntouched() {
        ReportModel full = model();
        Masking.mask(full);
        assertThat(full.tables().getFirst().rows().get(0).cell(1)).isEqualTo("441523197001010012");
        assertThat(full.tables().getFirst().columns()).hasSize(7);
    }
}
