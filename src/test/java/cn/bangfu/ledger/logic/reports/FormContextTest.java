package cn.bangfu.ledger.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pack's forms share the facts they read inside {@link FormContext#together}, and only there. */
class FormContextTest {

    @Test
    void factsAreReadOnceTogetherAndEachTimeOutside() {
        FormContext context = new FormContext(null, null, java.time.Clock.systemDefaultZone());
        AtomicInteger reads = new AtomicInteger();
        context.shared("2026-11", reads::incrementAndGet);
        context.shared("2026-11", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
        context.together(() -> {
            assertThat((Integer) context.shared("2026-11", reads::incrementAndGet)).isEqualTo(3);
            assertThat((Integer) context.shared("2026-11", reads::incrementAndGet)).isEqualTo(3);
            assertThat((Integer) context.shared("2026-10", reads::incrementAndGet)).isEqualTo(4);
        });
        context.shared("2026-11", reads::incrementAndGet);
        assertThat(reads).hasValue(5);
    }
}
