package cn.bangfu.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.funds.FundService.FundRow;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Posting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's year of money: written through the journal, it balances, and it looks like a town's. */
class DemoFundsTest {

    @TempDir
    Path dir;

    @Test
    void aYearOfFundsProjectsAndPaymentsThatBalance() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("d.db"))) {
            s.demo().generate(new DemoGenerator.Options(200, 7, LocalDate.of(2026, 11, 23)));
            List<FundRow> funds = s.funds().funds();
            assertThat(funds).hasSize(4).allSatisfy(r -> {
                assertThat(r.fund().year()).isEqualTo(2026);
                assertThat(r.receivedFen()).isPositive();
                assertThat(r.receivedFen()).isEqualTo(r.allocatedFen() + r.unallocatedFen());
                assertThat(r.allocatedFen()).isEqualTo(r.paidFen() + r.unpaidFen());
            });
            // spending under way, not finished: some of what was allocated to projects is still to pay
            assertThat(funds.stream().mapToLong(FundRow::unpaidFen).sum()).isPositive();
            assertThat(funds.stream().mapToLong(FundRow::paidFen).sum()).isPositive();
            assertThat(s.funds().projects()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.plannedFen()).isEqualTo(p.allocatedFen());
                assertThat(p.paidFen()).isBetween(0L, p.allocatedFen());
            });
            // every entry is dated on or before the demo's today
            assertThat(s.journal().journal(null, null, null, null, 0, 1).entries().getFirst().entry().entryOn())
                    .isBeforeOrEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(s.journal().problems()).isEmpty();
            assertThat(s.check().run()).isEmpty();
        }
    }

    @Test
    void measuresWithAnAmountNameTheDemoFundTheyArePaidFromAndPaidHouseholdsShowTheirPayments() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("m.db"))) {
            s.demo().generate(new DemoGenerator.Options(200, 7, LocalDate.of(2026, 11, 23)));
            Map<Long, Fund> funds = s.funds().funds().stream().map(FundRow::fund)
                    .collect(Collectors.toMap(Fund::id, f -> f));
            long roster = s.journal().journal(null, null, null, "发放到户", 0, 1).entries().getFirst().entry().id();
            List<Posting> paid = s.journal().entry(roster).postings().stream()
                    .filter(p -> p.householdId() != null).toList();
            assertThat(paid).isNotEmpty();
            List<Measure> measures = new ArrayList<>();
            for (Posting p : paid) {
                HouseholdCard card = s.households().card(p.householdId());
                assertThat(card.payments()).singleElement().satisfies(x -> {
                    assertThat(x.amountFen()).isEqualTo(p.amountFen());
                    assertThat(x.kind()).isEqualTo("发放到户");
                    assertThat(x.fund().name()).contains("东西部协作资金");
                    assertThat(p.bankAccount()).hasSize(19).startsWith("621799");
                    assertThat(x.maskedAccount()).isEqualTo("****" + p.bankAccount().substring(15));
                });
                measures.addAll(card.measures());
            }
            assertThat(measures).anySatisfy(m -> assertThat(m.fundId()).isNotNull());
            assertThat(measures).filteredOn(m -> m.fundId() != null).allSatisfy(m -> {
                assertThat(m.amount()).isNotNull();
                assertThat(funds).containsKey(m.fundId());
                assertThat(m.startOn().getYear()).isEqualTo(funds.get(m.fundId()).year());
                assertThat(m.fundText()).isNull();
            });
            // measures of earlier years (and of sources the demo has no fund for) keep the typed text
            assertThat(measures).anySatisfy(m -> {
                assertThat(m.fundId()).isNull();
                assertThat(m.fundText()).isNotBlank();
            });
        }
    }
}
