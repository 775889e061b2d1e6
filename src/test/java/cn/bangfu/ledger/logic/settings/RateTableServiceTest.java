package cn.bangfu.ledger.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Threshold;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateTableServiceTest {

    @TempDir
    Path dir;

    ServiceFixture f;
    RateTableService s;
    long hh;

    @BeforeEach
    void open() {
        f = new ServiceFixture(dir);
        s = f.rates;
        hh = f.household("0001", "张三丰", "44152319700101001");
        s.putThreshold(new Threshold(2026, "全县", 8_000_00, "示县〔2026〕1号"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void thresholdAndDibaoTablesAreEditedThroughTheAudit() {
        assertThatThrownBy(() -> s.putThreshold(new Threshold(2026, " ", 1, null))).hasMessageContaining("适用范围");
        s.putThreshold(new Threshold(2026, "全县", 8_500_00, "示县〔2026〕2号"));
        assertThat(s.thresholds()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualTo(8_500_00));
        assertThat(s.thresholdFor(hh, 2026)).isPresent();
        assertThat(s.thresholdFor(hh, 2024)).isEmpty();
        s.putDibaoGrade(new DibaoGrade(2026, "一档", 600_00, null));
        assertThat(s.dibaoGrades()).hasSize(1);
        s.deleteDibaoGrade(2026, "一档");
        assertThat(s.dibaoGrades()).isEmpty();
        assertThat(f.ledger.<List<cn.bangfu.ledger.model.AuditEntry>>read(v -> v.audit().ofEntity("dibao_grade", "2026/一档"))).extracting(a -> a.action())
                .containsExactly("insert", "delete");
    }
}
