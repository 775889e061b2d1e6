package cn.bangfu.ledger.logic.funds;

import cn.bangfu.ledger.logic.backup.BackupService;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Project;
import cn.bangfu.ledger.logic.ServiceFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A ledger with the funds services on a clock that moves a minute at every reading (timestamps differ). */
final class FundsFixture implements AutoCloseable {

    /** A clock that ticks one minute each time it is read. */
    static final class Ticking extends Clock {
        private Instant now;

        Ticking(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }
    }

    final ServiceFixture base;
    final FundService funds;
    final JournalService journal;
    final Ticking clock = new Ticking(ServiceFixture.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant());

    FundsFixture(Path dir) {
        base = new ServiceFixture(dir);
        funds = new FundService(base.ledger, base.settings);
        journal = new JournalService(base.ledger, base.settings, new BackupService(base.ledger), clock);
    }

    long fund(String name) {
        return funds.addFund(new Fund(null, name, "衔接资金（中央）", "中央", 2026, "粤财农〔2026〕1号", null));
    }

    long project(String name) {
        return funds.addProject(new Project(null, name, "产业发展", base.village, "示范镇人民政府", Project.UNDER_WAY,
                LocalDate.of(2026, 3, 1), null, null, null, null, null));
    }

    FundService.FundRow row(long fundId) {
        return funds.funds().stream().filter(r -> r.fund().id() == fundId).findFirst().orElseThrow();
    }

    /** What `check` says of the funds journal. */
    List<String> fundProblems() {
        return base.ledger.read(JournalCheck::problems);
    }

    long postings() {
        return base.ledger.read(v -> v.journal().postingCount());
    }

    @Override
    public void close() {
        base.close();
    }
}
